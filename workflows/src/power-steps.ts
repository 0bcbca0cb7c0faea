import type { StartResult, StartServerWorkflowInput, StopResult, StopServerWorkflowInput } from '@stellarstack/contracts';
import { controlPlane, onNode } from './activity-proxies';

/** Margin beyond the node's own wait, so the node reports its clear reason before Temporal times it out. */
const ACTIVITY_MARGIN_SECONDS = 60;

/**
 * starting → running once the egg's done text appears; offline when the process exits first or the
 * wait times out. Its final status ends the operation `endsOperation`.
 */
export async function startStep(input: StartServerWorkflowInput, endsOperation: string): Promise<StartResult> {
  const { serverId } = input;
  await controlPlane.setServerStatus({ serverId, status: 'starting' });
  const node = onNode(input.nodeId, { startToCloseSeconds: input.startTimeoutSeconds + ACTIVITY_MARGIN_SECONDS, heartbeat: true });
  try {
    const result = await node.startServer({ container: input.container, timeoutSeconds: input.startTimeoutSeconds });
    await controlPlane.setServerStatus({ serverId, status: 'running', endsOperation });
    return result;
  } catch (error) {
    await controlPlane.setServerStatus({ serverId, status: 'offline', endsOperation });
    throw error;
  }
}

/**
 * stopping → offline: the egg's stop command first, a kill only after the timeout. Ends the
 * operation `endsOperation` when given (a restart goes on to start).
 */
export async function stopStep(input: StopServerWorkflowInput, endsOperation?: string): Promise<StopResult> {
  const { serverId } = input;
  await controlPlane.setServerStatus({ serverId, status: 'stopping' });
  const node = onNode(input.nodeId, { startToCloseSeconds: input.stopTimeoutSeconds + ACTIVITY_MARGIN_SECONDS, heartbeat: true });
  const result = await node.stopServer({
    serverId,
    stopCommand: input.stopCommand,
    timeoutSeconds: input.stopTimeoutSeconds,
  });
  await controlPlane.setServerStatus({ serverId, status: 'offline', endsOperation });
  return result;
}
