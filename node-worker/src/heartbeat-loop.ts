import type { ApiClient } from './api-client';
import { errorMessage, log } from './log';

const HEARTBEAT_INTERVAL_MS = 5000;

/**
 * Tells the API this node is alive every few seconds. The API being down is not our
 * problem to die of: we log the first failure and the recovery, not every miss.
 */
export function startHeartbeat(api: ApiClient): () => void {
  let failing = false;
  const beat = async (): Promise<void> => {
    try {
      await api.heartbeat();
      if (failing) log('the API answers heartbeats again');
      failing = false;
    } catch (error) {
      if (!failing) log(`heartbeat to the API failed (will keep trying): ${errorMessage(error)}`);
      failing = true;
    }
  };
  void beat();
  const timer = setInterval(() => void beat(), HEARTBEAT_INTERVAL_MS);
  return () => clearInterval(timer);
}
