import type { Client } from '@temporalio/client';
import type { Transaction } from 'sequelize';
import { OperationRecord } from '../db/models/index';
import { describeOperation } from './describe-operation';

/**
 * The server's operation still running in Temporal, if any. Operations found closed get
 * their closedAt stored so later checks skip them. Call with the server row locked.
 */
export async function findRunningOperation(
  temporal: Client,
  serverId: string,
  transaction: Transaction,
): Promise<OperationRecord | undefined> {
  const open = await OperationRecord.findAll({ where: { serverId, closedAt: null }, order: [['startedAt', 'DESC']], transaction });
  let running: OperationRecord | undefined;
  for (const operation of open) {
    const state = await describeOperation(temporal, operation.workflowId);
    if (state.status === 'running') running ??= operation;
    else await operation.update({ closedAt: state.closedAt ?? new Date() }, { transaction });
  }
  return running;
}
