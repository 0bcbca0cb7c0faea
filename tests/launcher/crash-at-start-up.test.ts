import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { LauncherError } from '../../launcher/src/launcher-error';
import { startExtraStack } from '../support/extra-stack';
import { EXTRA_PORTS } from '../support/test-stacks';
import { tcpAccepts } from '../../launcher/src/wait-for';

describe('a process crashing at start-up', () => {
  let blocker: Server | undefined;
  afterAll(() => new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve())));

  it('is named in one clear error, and the rest of the stack is stopped', async () => {
    // Take the node-worker's port first, so it cannot listen and exits.
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(EXTRA_PORTS.node, '127.0.0.1', resolve));

    const failure = await startExtraStack({ name: 'crash' }).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(LauncherError);
    expect((failure as Error).message).toMatch(/^node-worker (exited with code \d+|was killed by \w+) during start-up/);
    expect(await tcpAccepts(EXTRA_PORTS.api)).toBe(false);
    expect(await tcpAccepts(EXTRA_PORTS.temporal)).toBe(false);
    expect(await tcpAccepts(EXTRA_PORTS.postgres)).toBe(false);
  });
});
