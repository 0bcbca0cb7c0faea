/** A node heartbeats every few seconds; this much silence means it is down. */
export const HEARTBEAT_FRESH_MS = 30_000;

export function isNodeOnline(lastSeenAt: Date | null, now = Date.now()): boolean {
  return lastSeenAt !== null && now - lastSeenAt.getTime() < HEARTBEAT_FRESH_MS;
}
