import type { Sequelize } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';
import { migrations } from './migrations/index';

/** Applies pending migrations; the umzug table records which ran, so every boot is idempotent. */
export async function migrate(sequelize: Sequelize): Promise<void> {
  const queryInterface = sequelize.getQueryInterface();
  const umzug = new Umzug({
    migrations: migrations.map(({ name, up }) => ({ name, up: () => up({ context: queryInterface }) })),
    context: queryInterface,
    storage: new SequelizeStorage({ sequelize, tableName: 'schema_migrations' }),
    logger: undefined,
  });
  await umzug.up();
}
