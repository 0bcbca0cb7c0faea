/** Lifecycle operations; each one is a Temporal workflow. */
export const OPERATION_TYPES = ['install', 'start', 'stop', 'restart', 'kill', 'delete'] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

export const POWER_ACTIONS = ['start', 'stop', 'restart', 'kill'] as const;
export type PowerAction = (typeof POWER_ACTIONS)[number];

/** Temporal's execution status, lower-cased, as `GET /api/servers/:id/operations` reports it. */
export type OperationStatus =
  | 'running'
  | 'completed'
  | 'failed'
  | 'canceled'
  | 'terminated'
  | 'timed_out'
  | 'continued_as_new'
  | 'unknown';

export interface OperationView {
  workflowId: string;
  type: OperationType;
  status: OperationStatus;
  startedAt: string;
  closedAt?: string;
  error?: string;
}

/** Readable IDs so an operator can find a server's operations in Temporal UI. */
export function operationWorkflowId(serverId: string, type: OperationType, sequence: number): string {
  return `server-${serverId}-${type}-${sequence}`;
}

/** The workflow function each operation runs (names registered by the control-plane worker). */
export const OPERATION_WORKFLOWS: Record<OperationType, string> = {
  install: 'installServerWorkflow',
  start: 'startServerWorkflow',
  stop: 'stopServerWorkflow',
  restart: 'restartServerWorkflow',
  kill: 'killServerWorkflow',
  delete: 'deleteServerWorkflow',
};

/** Keyword search attributes registered on the Temporal namespace at start-up. */
export const SEARCH_ATTRIBUTES = {
  serverId: 'StellarServerId',
  nodeId: 'StellarNodeId',
  operation: 'StellarOperation',
} as const;
