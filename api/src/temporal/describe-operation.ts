import { WorkflowFailedError, type Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import type { OperationStatus } from '@stellarstack/contracts';
import { failureMessage } from '@stellarstack/workflows/src/failure-message';

const KNOWN_STATUSES: readonly OperationStatus[] = [
  'running',
  'completed',
  'failed',
  'canceled',
  'terminated',
  'timed_out',
  'continued_as_new',
];

export interface OperationState {
  status: OperationStatus;
  closedAt?: Date;
}

/** Temporal's view of one operation; a workflow Temporal no longer knows counts as closed ('unknown'). */
export async function describeOperation(temporal: Client, workflowId: string): Promise<OperationState> {
  try {
    const description = await temporal.workflow.getHandle(workflowId).describe();
    const name = description.status.name.toLowerCase() as OperationStatus;
    return {
      status: KNOWN_STATUSES.includes(name) ? name : 'unknown',
      ...(description.closeTime ? { closedAt: description.closeTime } : {}),
    };
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return { status: 'unknown' };
    throw error;
  }
}

/** Why a closed workflow did not complete: the innermost failure (e.g. the node's own message). */
export async function operationError(temporal: Client, workflowId: string): Promise<string | undefined> {
  try {
    await temporal.workflow.getHandle(workflowId).result();
    return undefined;
  } catch (error) {
    return error instanceof WorkflowFailedError ? failureMessage(error) : undefined;
  }
}
