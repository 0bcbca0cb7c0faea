import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { EggVariable } from '../../eggs/egg-types';

export class EggRecord extends Model<InferAttributes<EggRecord>, InferCreationAttributes<EggRecord>> {
  declare id: CreationOptional<string>;
  declare name: string;
  declare author: string;
  declare description: string;
  declare format: string;
  declare dockerImages: Record<string, string>;
  declare startup: string;
  declare stopCommand: string;
  declare doneText: string[];
  declare installScript: string;
  declare installImage: string;
  declare installEntrypoint: string;
  declare variables: EggVariable[];
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export function initEggModel(sequelize: Sequelize): void {
  EggRecord.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
      name: { type: DataTypes.TEXT, allowNull: false },
      author: { type: DataTypes.TEXT, allowNull: false },
      description: { type: DataTypes.TEXT, allowNull: false },
      format: { type: DataTypes.TEXT, allowNull: false },
      dockerImages: { type: DataTypes.JSON, allowNull: false },
      startup: { type: DataTypes.TEXT, allowNull: false },
      stopCommand: { type: DataTypes.TEXT, allowNull: false },
      doneText: { type: DataTypes.JSONB, allowNull: false },
      installScript: { type: DataTypes.TEXT, allowNull: false },
      installImage: { type: DataTypes.TEXT, allowNull: false },
      installEntrypoint: { type: DataTypes.TEXT, allowNull: false },
      variables: { type: DataTypes.JSONB, allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'eggs', underscored: true },
  );
}
