import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';

/** Terminates a workflow; one that closed in the meantime is fine. */
export async function terminateIfRunning(temporal: Client, workflowId: string, reason: string): Promise<void> {
  try {
    await temporal.workflow.getHandle(workflowId).terminate(reason);
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  }
}
