/** Workflows and control-plane activities (database, notifications) run here. */
export const CONTROL_PLANE_TASK_QUEUE = 'control-plane';

/** Node activities (Docker, files) run on the machine that hosts the server. */
export function nodeTaskQueue(nodeId: string): string {
  return `node.${nodeId}`;
}
