import { DataTypes, Model, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { OperationType } from '@stellarstack/contracts';

/** One workflow started for a server; Temporal holds its status, this row finds it again. */
export class OperationRecord extends Model<InferAttributes<OperationRecord>, InferCreationAttributes<OperationRecord>> {
  declare workflowId: string;
  declare serverId: string;
  declare type: OperationType;
  declare startedAt: Date;
  declare closedAt: Date | null;
}

export function initOperationModel(sequelize: Sequelize): void {
  OperationRecord.init(
    {
      workflowId: { type: DataTypes.TEXT, primaryKey: true },
      serverId: { type: DataTypes.UUID, allowNull: false },
      type: { type: DataTypes.TEXT, allowNull: false },
      startedAt: { type: DataTypes.DATE, allowNull: false },
      closedAt: { type: DataTypes.DATE, allowNull: true },
    },
    { sequelize, tableName: 'operations', underscored: true, timestamps: false },
  );
}
