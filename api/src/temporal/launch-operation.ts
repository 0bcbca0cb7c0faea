import type { Client } from '@temporalio/client';
import { SearchAttributeType, defineSearchAttributeKey } from '@temporalio/common';
import type { Transaction } from 'sequelize';
import {
  CONTROL_PLANE_TASK_QUEUE,
  OPERATION_WORKFLOWS,
  SEARCH_ATTRIBUTES,
  operationWorkflowId,
  type OperationStarted,
  type OperationType,
} from '@stellarstack/contracts';
import { OperationRecord, type ServerRecord } from '../db/models/index';
import type { OperationInput } from './operation-inputs';

const serverIdKey = defineSearchAttributeKey(SEARCH_ATTRIBUTES.serverId, SearchAttributeType.KEYWORD);
const nodeIdKey = defineSearchAttributeKey(SEARCH_ATTRIBUTES.nodeId, SearchAttributeType.KEYWORD);
const operationKey = defineSearchAttributeKey(SEARCH_ATTRIBUTES.operation, SearchAttributeType.KEYWORD);

/**
 * Starts one operation's workflow and records it, inside the caller's transaction on the
 * locked (or just created) server row: the counter bump, the start and the record commit
 * together or the transaction rolls back.
 */
export async function launchOperation<T extends OperationType>(
  temporal: Client,
  transaction: Transaction,
  server: ServerRecord,
  type: T,
  input: OperationInput<T>,
): Promise<OperationStarted> {
  const sequence = server.operationCounter + 1;
  await server.update({ operationCounter: sequence }, { transaction });
  const workflowId = operationWorkflowId(server.id, type, sequence);
  await temporal.workflow.start(OPERATION_WORKFLOWS[type], {
    taskQueue: CONTROL_PLANE_TASK_QUEUE,
    workflowId,
    args: [input],
    typedSearchAttributes: [
      { key: serverIdKey, value: server.id },
      { key: nodeIdKey, value: server.nodeId },
      { key: operationKey, value: type },
    ],
  });
  await OperationRecord.create({ workflowId, serverId: server.id, type, startedAt: new Date(), closedAt: null }, { transaction });
  return { workflowId };
}
