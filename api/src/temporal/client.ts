import { Client, Connection } from '@temporalio/client';

/** Connects (verifying Temporal answers) so a wrong TEMPORAL_ADDRESS stops the boot. */
export async function connectTemporal(address: string, namespace: string): Promise<Client> {
  const connection = await Connection.connect({ address, connectTimeout: '5 seconds' });
  return new Client({ connection, namespace });
}

/** For the health check: does Temporal answer within a few seconds? */
export async function temporalAnswers(client: Client): Promise<boolean> {
  try {
    await client.connection.withDeadline(Date.now() + 3000, () =>
      client.workflowService.getSystemInfo({}),
    );
    return true;
  } catch {
    return false;
  }
}
