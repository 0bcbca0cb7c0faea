import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type NonAttribute, type Sequelize } from 'sequelize';
import { SERVER_STATUSES, type ServerStatus } from '@stellarstack/contracts';
import type { EggRecord } from './egg';

export class ServerRecord extends Model<InferAttributes<ServerRecord>, InferCreationAttributes<ServerRecord>> {
  declare id: CreationOptional<string>;
  declare name: string;
  declare ownerId: string;
  declare nodeId: string;
  declare eggId: string;
  declare status: ServerStatus;
  declare allocationIp: string;
  declare allocationPort: number;
  declare memoryMb: number;
  declare cpuPercent: number;
  declare diskMb: number;
  /** Every egg variable's value, defaults filled in at creation. */
  declare environment: Record<string, string>;
  /** Chosen docker image; null means the egg's first one. */
  declare image: string | null;
  declare installOutput: string | null;
  declare operationCounter: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
  /** Loaded with `include: 'egg'`. */
  declare egg?: NonAttribute<EggRecord>;
}

export function initServerModel(sequelize: Sequelize): void {
  ServerRecord.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
      name: { type: DataTypes.TEXT, allowNull: false },
      ownerId: { type: DataTypes.TEXT, allowNull: false },
      nodeId: { type: DataTypes.TEXT, allowNull: false },
      eggId: { type: DataTypes.UUID, allowNull: false },
      status: { type: DataTypes.TEXT, allowNull: false, validate: { isIn: [SERVER_STATUSES] } },
      allocationIp: { type: DataTypes.TEXT, allowNull: false },
      allocationPort: { type: DataTypes.INTEGER, allowNull: false },
      memoryMb: { type: DataTypes.INTEGER, allowNull: false },
      cpuPercent: { type: DataTypes.INTEGER, allowNull: false },
      diskMb: { type: DataTypes.INTEGER, allowNull: false },
      environment: { type: DataTypes.JSONB, allowNull: false },
      image: { type: DataTypes.TEXT, allowNull: true },
      installOutput: { type: DataTypes.TEXT, allowNull: true },
      operationCounter: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'servers', underscored: true },
  );
}
