import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { LauncherError } from '../../launcher/src/launcher-error';
import { startExtraStack } from '../support/extra-stack';
import { freePortSet } from '../support/free-ports';
import { EXTRA_PORTS } from '../support/test-stacks';
import { tcpAccepts } from '../support/tcp-accepts';

describe('a process crashing at start-up', () => {
  let blocker: Server | undefined;
  afterAll(() => new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve())));

  it('is named in one clear error, and the rest of the stack is stopped', async () => {
    const ports = await freePortSet(EXTRA_PORTS);
    // Take the node-worker's port on every address first, so it cannot listen and exits.
    // Connections (the launcher's readiness probes) are dropped at once, so close() need not wait for them.
    blocker = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => blocker!.listen(ports.node, resolve));

    const failure = await startExtraStack({ name: 'crash', ports }).then(
      (stack) => stack.stop(),
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(LauncherError);
    expect((failure as Error).message).toMatch(/^node-worker (exited with code \d+|was killed by \w+) during start-up/);
    expect(await tcpAccepts(ports.api)).toBe(false);
    expect(await tcpAccepts(ports.temporal)).toBe(false);
    expect(await tcpAccepts(ports.postgres)).toBe(false);
  });
});
