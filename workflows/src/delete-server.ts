import type { DeleteServerWorkflowInput } from '@stellarstack/contracts';
import { controlPlane, onNode } from './activity-proxies';

/** Removes the container and files on the node first, then the rows, so nothing is orphaned on the node. */
export async function deleteServerWorkflow(input: DeleteServerWorkflowInput): Promise<void> {
  await onNode(input.nodeId, { startToCloseSeconds: 600 }).removeServer({ serverId: input.serverId });
  await controlPlane.deleteServerRecords({ serverId: input.serverId });
}
