import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { InstallResult, InstallSpec } from '@stellarstack/contracts';
import type { DockerRuntime } from '../runtime/docker-runtime';
import { ServerRegistry } from '../servers/server-registry';
import { createInstallServer } from './install-server';

/** A Docker stand-in whose installer prints one line and then runs until it is killed. */
function endlessInstaller() {
  const output = new PassThrough();
  const signals: string[] = [];
  let exit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exit = resolve));
  const runtime = {
    remove: async () => undefined,
    ensureImage: async () => undefined,
    create: async () => 'installer-id',
    attachOutput: async () => output,
    start: async () => void output.write('downloading forever\n'),
    wait: () => exited,
    kill: async (_name: string, signal: string) => {
      signals.push(signal);
      exit(137);
      output.end();
    },
  };
  return { runtime: runtime as unknown as DockerRuntime, signals };
}

const spec: InstallSpec = {
  serverId: 'endless',
  image: 'installer:test',
  entrypoint: 'bash',
  script: 'while true; do sleep 1; done',
  environment: {},
  limits: { memoryMb: 0, cpuPercent: 0, diskMb: 0 },
};

describe('installServer', () => {
  let dataDir: string | undefined;
  afterEach(async () => dataDir && rm(dataDir, { recursive: true, force: true }));

  it('stops a script that never ends before Temporal times the attempt out (which would retry it forever)', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'install-test-'));
    const { runtime, signals } = endlessInstaller();
    const installServer = createInstallServer({ runtime, servers: new ServerRegistry(runtime, () => undefined), dataDir, gameUid: process.getuid!() });
    // 30 s is the margin the activity keeps; this leaves the script half a second.
    const env = new MockActivityEnvironment({ startToCloseTimeoutMs: 30_500 });
    const result = (await env.run(installServer, spec)) as InstallResult;
    expect(signals).toEqual(['SIGKILL']);
    expect(result.exitCode).toBe(124);
    expect(result.output).toContain('downloading forever');
    expect(result.output).toMatch(/did not finish within \d+ s/);
  });
});
