import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const TEMPORAL_CLI = process.env.TEMPORAL_CLI ?? '/root/.pyenv/versions/3.11.7/bin/temporal';
export const TEMPORAL_PORT = 7253;
export const TEMPORAL_ADDRESS = `127.0.0.1:${TEMPORAL_PORT}`;

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** The node tests' own Temporal dev server (port 7253); reuses one already running there. */
export async function startTemporalDevServer(): Promise<{ stop: () => Promise<void> }> {
  if (await reachable(TEMPORAL_PORT)) return { stop: async () => undefined };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stellar-node-temporal-'));
  const child: ChildProcess = spawn(
    TEMPORAL_CLI,
    ['server', 'start-dev', '--port', String(TEMPORAL_PORT), '--ui-port', '8253', '--db-filename', path.join(dir, 'temporal.db'), '--log-level', 'error'],
    { stdio: 'ignore' },
  );
  for (let tries = 0; tries < 60 && !(await reachable(TEMPORAL_PORT)); tries++) await sleep(500);
  // The frontend accepts connections slightly before the default namespace is ready.
  await sleep(2000);
  return {
    stop: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
