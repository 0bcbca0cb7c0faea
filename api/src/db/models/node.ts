import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

export class NodeRecord extends Model<InferAttributes<NodeRecord>, InferCreationAttributes<NodeRecord>> {
  declare id: string;
  declare name: string;
  /** Where the API reaches the node-worker (HTTP + console socket). */
  declare url: string;
  /** Bearer secret for both directions, and the console-token signing key. */
  declare token: string;
  /** The IP servers on this node are reached on. */
  declare allocationIp: string;
  declare lastSeenAt: Date | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export function initNodeModel(sequelize: Sequelize): void {
  NodeRecord.init(
    {
      id: { type: DataTypes.TEXT, primaryKey: true },
      name: { type: DataTypes.TEXT, allowNull: false },
      url: { type: DataTypes.TEXT, allowNull: false },
      token: { type: DataTypes.TEXT, allowNull: false },
      allocationIp: { type: DataTypes.TEXT, allowNull: false },
      lastSeenAt: { type: DataTypes.DATE, allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'nodes', underscored: true },
  );
}
