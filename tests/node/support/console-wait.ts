import type { ServerState } from '@stellarstack/activities/src/node/index';

/** Resolves with the first live console line that matches. */
export function nextConsoleLine(state: ServerState, matches: (line: string) => boolean, timeoutMs = 15000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`No console line matched within ${timeoutMs} ms; recent: ${state.history().slice(-10).join(' | ')}`));
    }, timeoutMs);
    const unsubscribe = state.subscribe({
      console: (lines) => {
        const line = lines.find(matches);
        if (line === undefined) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(line);
      },
    });
  });
}
