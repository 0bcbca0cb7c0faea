import { Context } from '@temporalio/activity';

const HEARTBEAT_INTERVAL_MS = 3000;

/**
 * Heartbeats while `work` runs, so when this node-worker dies the attempt times out
 * within seconds and is retried on the restarted worker; stops waiting when Temporal
 * cancels the activity.
 */
export async function withHeartbeat<T>(work: () => Promise<T>): Promise<T> {
  const context = Context.current();
  context.heartbeat();
  const timer = setInterval(() => context.heartbeat(), HEARTBEAT_INTERVAL_MS);
  try {
    return await Promise.race([work(), context.cancelled]);
  } finally {
    clearInterval(timer);
  }
}
