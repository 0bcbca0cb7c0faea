import { workflowInfo } from '@temporalio/workflow';
import type {
  KillServerWorkflowInput,
  RestartServerWorkflowInput,
  StartResult,
  StartServerWorkflowInput,
  StopResult,
  StopServerWorkflowInput,
} from '@stellarstack/contracts';
import { controlPlane, onNode } from './activity-proxies';
import { startStep, stopStep } from './power-steps';

/** This operation's workflow ID: its final status write ends it (see StatusChange). */
function thisOperation(): string {
  return workflowInfo().workflowId;
}

export async function startServerWorkflow(input: StartServerWorkflowInput): Promise<StartResult> {
  return startStep(input, thisOperation());
}

export async function stopServerWorkflow(input: StopServerWorkflowInput): Promise<StopResult> {
  return stopStep(input, thisOperation());
}

export async function restartServerWorkflow(
  input: RestartServerWorkflowInput,
): Promise<{ stop: StopResult; start: StartResult }> {
  const stop = await stopStep(input);
  const start = await startStep(input, thisOperation());
  return { stop, start };
}

/** Always allowed: the API terminates any running operation first. */
export async function killServerWorkflow(input: KillServerWorkflowInput): Promise<void> {
  await onNode(input.nodeId, { startToCloseSeconds: 120 }).killServer({ serverId: input.serverId });
  await controlPlane.setServerStatus({ serverId: input.serverId, status: 'offline', endsOperation: thisOperation() });
}
