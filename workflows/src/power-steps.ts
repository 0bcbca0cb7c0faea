import type { StartResult, StartServerWorkflowInput, StopResult, StopServerWorkflowInput } from '@stellarstack/contracts';
import { controlPlane, onNode } from './activity-proxies';

/** Margin beyond the node's own wait, so the node reports its clear reason before Temporal times it out. */
const ACTIVITY_MARGIN_SECONDS = 60;

/** starting → running once the egg's done text appears; offline when the process exits first or the wait times out. */
export async function startStep(input: StartServerWorkflowInput): Promise<StartResult> {
  const { serverId } = input;
  await controlPlane.setServerStatus({ serverId, status: 'starting' });
  const node = onNode(input.nodeId, { startToCloseSeconds: input.startTimeoutSeconds + ACTIVITY_MARGIN_SECONDS, heartbeat: true });
  try {
    const result = await node.startServer({ container: input.container, timeoutSeconds: input.startTimeoutSeconds });
    await controlPlane.setServerStatus({ serverId, status: 'running' });
    return result;
  } catch (error) {
    await controlPlane.setServerStatus({ serverId, status: 'offline' });
    throw error;
  }
}

/** stopping → offline: the egg's stop command first, a kill only after the timeout. */
export async function stopStep(input: StopServerWorkflowInput): Promise<StopResult> {
  const { serverId } = input;
  await controlPlane.setServerStatus({ serverId, status: 'stopping' });
  const node = onNode(input.nodeId, { startToCloseSeconds: input.stopTimeoutSeconds + ACTIVITY_MARGIN_SECONDS, heartbeat: true });
  const result = await node.stopServer({
    serverId,
    stopCommand: input.stopCommand,
    timeoutSeconds: input.stopTimeoutSeconds,
  });
  await controlPlane.setServerStatus({ serverId, status: 'offline' });
  return result;
}
