import { Connection } from '@temporalio/client';
import { sleep } from './wait-for';

/**
 * Resolves with a connection once the server serves `namespace`. Connecting is not
 * enough: the dev server opens its port before the namespace exists, and on two busy
 * cores that gap can be several seconds.
 */
export async function waitForTemporal(
  address: string,
  namespace: string,
  timeoutMs: number,
  stillStarting: () => boolean,
): Promise<Connection> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline && stillStarting()) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2_000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return connection;
      } catch (error) {
        await connection.close();
        throw error;
      }
    } catch (error) {
      lastError = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
      await sleep(500);
    }
  }
  throw new Error(`Temporal at ${address} is not serving namespace ${namespace}: ${lastError}`);
}
