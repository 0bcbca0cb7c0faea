import { proxyActivities, type ActivityOptions } from '@temporalio/workflow';
import {
  CONTROL_PLANE_TASK_QUEUE,
  nodeTaskQueue,
  type ControlPlaneActivities,
  type NodeActivities,
} from '@stellarstack/contracts';

/** Database updates: quick, and retried until the database answers. */
export const controlPlane = proxyActivities<ControlPlaneActivities>({
  taskQueue: CONTROL_PLANE_TASK_QUEUE,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds' },
});

/**
 * Node activities run on the server's own machine. Long ones heartbeat every few
 * seconds, so when a node-worker dies the attempt times out quickly and is retried
 * on the restarted worker, which adopts what the dead one left behind.
 */
export function onNode(nodeId: string, options: { startToCloseSeconds: number; heartbeat?: boolean }): NodeActivities {
  const activityOptions: ActivityOptions = {
    taskQueue: nodeTaskQueue(nodeId),
    startToCloseTimeout: `${options.startToCloseSeconds} seconds`,
    retry: { initialInterval: '1 second', maximumInterval: '10 seconds', backoffCoefficient: 2 },
  };
  if (options.heartbeat) activityOptions.heartbeatTimeout = '10 seconds';
  return proxyActivities<NodeActivities>(activityOptions);
}
