import type { NodeActivityDeps } from './node-activity-deps';
import type { ServerState } from '../servers/server-state';
import { TIMED_OUT, within } from './within';

export type StartupOutcome = 'done' | 'exited' | 'timeout';

/**
 * Waits until a done text appears in output printed since the container's last start.
 * Docker's logs since StartedAt cover what was printed before we were listening (an
 * adopted container may have finished starting before the old node-worker died); the
 * live console covers the rest. We subscribe first so nothing falls in between.
 */
export async function waitForStartup(
  deps: NodeActivityDeps,
  state: ServerState,
  input: { container: string; startedAt: string; doneText: string[]; timeoutMs: number },
): Promise<StartupOutcome> {
  const doneText = input.doneText.filter((text) => text.length > 0);
  if (doneText.length === 0) return 'done';
  const matches = (text: string): boolean => doneText.some((done) => text.includes(done));

  let seen: () => void = () => undefined;
  const done = new Promise<'done'>((resolve) => {
    seen = () => resolve('done');
  });
  const unsubscribe = state.subscribe({ console: (lines) => lines.some(matches) && seen() });
  try {
    const sinceSeconds = Math.floor(Date.parse(input.startedAt) / 1000);
    if (matches(await deps.runtime.logs(input.container, { sinceSeconds }))) return 'done';
    const exited = deps.runtime.wait(input.container).then(() => 'exited' as const);
    const outcome = await within(Promise.race([done, exited]), input.timeoutMs);
    return outcome === TIMED_OUT ? 'timeout' : outcome;
  } finally {
    unsubscribe();
  }
}
