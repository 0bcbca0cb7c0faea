import type { Client } from '@temporalio/client';
import type { OperationListItem } from '@stellarstack/contracts';
import { OperationRecord } from '../db/models/index';
import { describeOperation, operationError } from './describe-operation';

export interface TemporalUi {
  url: string;
  namespace: string;
}

/** How many recent operations a server's list shows; each costs a describe call. */
const LIST_LIMIT = 50;

const FAILED_STATUSES = ['failed', 'terminated', 'timed_out'];

/** A server's operations, newest first, each with Temporal's status right now. */
export async function listOperations(temporal: Client, ui: TemporalUi, serverId: string): Promise<OperationListItem[]> {
  const operations = await OperationRecord.findAll({ where: { serverId }, order: [['startedAt', 'DESC']], limit: LIST_LIMIT });
  return Promise.all(
    operations.map(async (operation): Promise<OperationListItem> => {
      const state = await describeOperation(temporal, operation.workflowId);
      const error = FAILED_STATUSES.includes(state.status) ? await operationError(temporal, operation.workflowId) : undefined;
      return {
        workflowId: operation.workflowId,
        type: operation.type,
        status: state.status,
        startedAt: operation.startedAt.toISOString(),
        ...(state.closedAt ? { closedAt: state.closedAt.toISOString() } : {}),
        ...(error ? { error } : {}),
        temporalUrl: `${ui.url.replace(/\/+$/, '')}/namespaces/${encodeURIComponent(ui.namespace)}/workflows/${encodeURIComponent(operation.workflowId)}`,
      };
    }),
  );
}
