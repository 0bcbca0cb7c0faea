import { ApplicationFailure, workflowInfo } from '@temporalio/workflow';
import type { InstallServerWorkflowInput } from '@stellarstack/contracts';
import { controlPlane, onNode } from './activity-proxies';
import { failureMessage } from './failure-message';

const INSTALL_TIMEOUT_SECONDS = 60 * 60;

/** Runs the egg's install script on the node and keeps its output; a failed install leaves `install_failed`. */
export async function installServerWorkflow(input: InstallServerWorkflowInput): Promise<{ exitCode: number }> {
  const { serverId } = input;
  const endsOperation = workflowInfo().workflowId; // its final status write ends it (see StatusChange)
  await controlPlane.setServerStatus({ serverId, status: 'installing' });
  const node = onNode(input.nodeId, { startToCloseSeconds: INSTALL_TIMEOUT_SECONDS, heartbeat: true });

  let result;
  try {
    result = await node.installServer(input.install);
  } catch (error) {
    await controlPlane.recordInstallResult({ serverId, succeeded: false, output: failureMessage(error), endsOperation });
    throw error;
  }

  const succeeded = result.exitCode === 0;
  await controlPlane.recordInstallResult({ serverId, succeeded, output: result.output, endsOperation });
  if (!succeeded) {
    throw ApplicationFailure.nonRetryable(
      `The install script exited with code ${result.exitCode}; see the install output, fix the egg or variables, then reinstall.`,
      'InstallFailed',
    );
  }
  return { exitCode: result.exitCode };
}
