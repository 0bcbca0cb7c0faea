import type { Sequelize } from 'sequelize';
import { EggRecord, initEggModel } from './egg';
import { initNodeModel } from './node';
import { initOperationModel } from './operation';
import { ServerRecord, initServerModel } from './server';

export { EggRecord } from './egg';
export { NodeRecord } from './node';
export { OperationRecord } from './operation';
export { ServerRecord } from './server';

/** Binds every model to the connection; call once per process before any query. */
export function initModels(sequelize: Sequelize): void {
  initNodeModel(sequelize);
  initEggModel(sequelize);
  initServerModel(sequelize);
  initOperationModel(sequelize);
  ServerRecord.belongsTo(EggRecord, { as: 'egg', foreignKey: 'eggId' });
}
