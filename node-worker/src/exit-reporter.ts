import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiClient } from './api-client';
import { errorMessage, log } from './log';

const ATTEMPTS = 5;
const RETRY_DELAY_MS = 2000;

/** Tells the API a server's process ended on its own; retries a little, since the API may be restarting. */
export function exitReporter(api: ApiClient): (serverId: string) => void {
  return (serverId) => {
    void (async () => {
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        try {
          await api.reportServerStatus(serverId, { status: 'offline', reason: 'The server process exited.' });
          return;
        } catch (error) {
          if (attempt === ATTEMPTS) log(`could not report that server ${serverId} went offline: ${errorMessage(error)}`);
          else await sleep(RETRY_DELAY_MS);
        }
      }
    })();
  };
}
