import { setTimeout as sleep } from 'node:timers/promises';

export const TIMED_OUT = Symbol('timed out');

/** `promise`'s value, or TIMED_OUT when it takes longer than `ms`. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  const timer = new AbortController();
  try {
    return await Promise.race([promise, sleep(ms, TIMED_OUT, { signal: timer.signal })]);
  } finally {
    timer.abort();
  }
}
