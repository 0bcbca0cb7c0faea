import { Client, Connection } from '@temporalio/client';

/** A Temporal client on the stack's frontend, to look up what the API says it started. */
export async function connectTemporal(address: string): Promise<{ client: Client; close: () => Promise<void> }> {
  const connection = await Connection.connect({ address });
  return { client: new Client({ connection, namespace: 'default' }), close: () => connection.close() };
}

/** Temporal's status name for a workflow, e.g. COMPLETED, TERMINATED. */
export async function workflowStatus(client: Client, workflowId: string): Promise<string> {
  const description = await client.workflow.getHandle(workflowId).describe();
  return description.status.name;
}

export type TemporalSession = Awaited<ReturnType<typeof connectTemporal>>;
