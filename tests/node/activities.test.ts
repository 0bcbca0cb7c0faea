import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeActivities } from '@stellarstack/contracts';
import { installerLabels, ownerLabels } from '@stellarstack/activities/src/node/runtime/container-names';
import { pickFreePort, DEFAULT_PORT_RANGE } from '@stellarstack/node-worker/src/port-picker';
import { containersFor, removeTestContainers } from './support/docker-cleanup';
import { freecivContainerSpec, freecivInstallSpec } from './support/freeciv-egg';
import { nextConsoleLine } from './support/console-wait';
import { createLeftoverContainer, failureOf, GAME_UID, runActivity, testNode, type TestNode } from './support/test-node';

const NODE_ID = 'local';
const run = randomBytes(3).toString('hex');
const ids = {
  main: `nt-main-${run}`,
  exits: `nt-exits-${run}`,
  image: `nt-image-${run}`,
  slow: `nt-slow-${run}`,
  failedInstall: `nt-badinstall-${run}`,
};

let dataDir: string;
let node: TestNode;
let stopWatching: () => void;

function activity<K extends keyof NodeActivities>(name: K, ...args: Parameters<NodeActivities[K]>): ReturnType<NodeActivities[K]> {
  return runActivity(node.activities, name, ...args);
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'stellar-node-test-'));
  node = testNode(NODE_ID, dataDir);
  stopWatching = node.registry.watchExits();
});

afterAll(async () => {
  stopWatching?.();
  removeTestContainers(Object.values(ids));
  await rm(dataDir, { recursive: true, force: true });
});

describe('node activities against real Docker and the freeciv egg', () => {
  let port: number;

  it('installs: keeps the script output, writes LF-only files owned by the game user', async () => {
    const result = await activity('installServer', freecivInstallSpec(ids.main, 1234));
    expect(result.exitCode).toBe(0);
    expect(result.output).toContain('Installed Freeciv settings: gold 1234');

    const dir = path.join(dataDir, 'servers', ids.main);
    const settings = readFileSync(path.join(dir, 'server.serv'), 'utf8');
    expect(settings).toContain('set gold 1234\n');
    expect(settings).not.toContain('\r');
    for (const file of ['.', 'server.serv', 'saves']) expect(statSync(path.join(dir, file)).uid).toBe(GAME_UID);
    expect(containersFor(ids.main)).toEqual([]);
  });

  it('returns a failing install script\'s exit code and output, replacing a leftover installer', async () => {
    // An installer left behind by an earlier attempt of this node that died.
    createLeftoverContainer(`stellar-${ids.failedInstall}-installer`, {
      ...installerLabels(ids.failedInstall),
      ...ownerLabels({ nodeId: NODE_ID, dataRoot: dataDir }),
    });
    const spec = { ...freecivInstallSpec(ids.failedInstall, 1), script: 'echo "downloading the map"\necho "mirror is down" >&2\nexit 4\n' };
    const result = await activity('installServer', spec);
    expect(result.exitCode).toBe(4);
    expect(result.output).toContain('downloading the map');
    expect(result.output).toContain('mirror is down');
    expect(containersFor(ids.failedInstall)).toEqual([]);
  });

  it('starts and resolves once the done text appears', async () => {
    port = (await pickFreePort(DEFAULT_PORT_RANGE, []))!;
    const result = await activity('startServer', { container: freecivContainerSpec(ids.main, port), timeoutSeconds: 60 });
    expect(result).toEqual({ adopted: false });
    expect(node.registry.get(ids.main).status).toBe('running');
    expect(node.registry.get(ids.main).history().join('\n')).toContain('Now accepting new client connections on port');
  });

  it('sends a console command to stdin and the game answers', async () => {
    const state = node.registry.get(ids.main);
    const answer = nextConsoleLine(state, (line) => /^gold\s+\+\s+1234 \(/.test(line));
    expect(state.sendCommand('show gold')).toBe(true);
    await answer;
  });

  it('adopts the running container on a retried attempt from a restarted node-worker', async () => {
    const restarted = testNode(NODE_ID, dataDir);
    await restarted.registry.restore();
    expect(restarted.registry.get(ids.main).status).toBe('running');
    const result = await runActivity(restarted.activities, 'startServer', {
      container: freecivContainerSpec(ids.main, port),
      timeoutSeconds: 30,
    });
    expect(result).toEqual({ adopted: true });
    expect(containersFor(ids.main)).toEqual([`stellar-${ids.main}`]);
    restarted.registry.forget(ids.main);
  });

  it('stops through the egg stop command', async () => {
    const result = await activity('stopServer', { serverId: ids.main, stopCommand: 'quit', timeoutSeconds: 30 });
    expect(result).toEqual({ stoppedBy: 'command' });
    expect((await node.runtime.inspect(`stellar-${ids.main}`))?.running).toBe(false);
    expect(node.registry.get(ids.main).status).toBe('offline');
    expect(await activity('stopServer', { serverId: ids.main, stopCommand: 'quit', timeoutSeconds: 30 })).toEqual({
      stoppedBy: 'already-stopped',
    });
  });

  it('recreates the stopped container on start, then kills it', async () => {
    expect(await activity('startServer', { container: freecivContainerSpec(ids.main, port), timeoutSeconds: 60 })).toEqual({
      adopted: false,
    });
    await activity('killServer', { serverId: ids.main });
    expect((await node.runtime.inspect(`stellar-${ids.main}`))?.running).toBe(false);
    expect(node.registry.get(ids.main).status).toBe('offline');
    await activity('killServer', { serverId: ids.main });
  });

  it('kills a server whose stop command is ignored once the stop timeout passes', async () => {
    await activity('startServer', { container: freecivContainerSpec(ids.main, port), timeoutSeconds: 60 });
    const result = await activity('stopServer', { serverId: ids.main, stopCommand: 'not-a-command', timeoutSeconds: 2 });
    expect(result).toEqual({ stoppedBy: 'kill' });
  });

  it('reports a process that exits on its own, outside any activity', async () => {
    await activity('startServer', { container: freecivContainerSpec(ids.main, port), timeoutSeconds: 60 });
    node.registry.get(ids.main).sendCommand('quit');
    await expect.poll(() => node.exitedOnTheirOwn, { timeout: 20000 }).toContain(ids.main);
    expect(node.registry.get(ids.main).status).toBe('offline');
  });

  it('removes containers and files, and removing again is fine', async () => {
    await activity('removeServer', { serverId: ids.main });
    expect(containersFor(ids.main)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'servers', ids.main))).toBe(false);
    await activity('removeServer', { serverId: ids.main });
  });

  it('fails for good with the last output when the process exits before its done text', async () => {
    const spec = freecivContainerSpec(ids.exits, 26999, { startupCommand: 'echo "missing map file"; exit 3' });
    const failure = await failureOf(activity('startServer', { container: spec, timeoutSeconds: 30 }));
    expect(failure.nonRetryable).toBe(true);
    expect(failure.message).toContain('exited (code 3)');
    expect(failure.message).toContain('missing map file');
    expect(node.registry.get(ids.exits).status).toBe('offline');
  });

  it('fails for good and kills the container when the done text never comes', async () => {
    const spec = freecivContainerSpec(ids.slow, 26998, { startupCommand: 'echo warming up; sleep 600' });
    const failure = await failureOf(activity('startServer', { container: spec, timeoutSeconds: 3 }));
    expect(failure.nonRetryable).toBe(true);
    expect(failure.message).toContain('within 3 s');
    expect(failure.message).toContain('warming up');
    expect((await node.runtime.inspect(`stellar-${ids.slow}`))?.running).toBe(false);
  });

  it('fails for good naming an image that is missing and cannot be pulled', async () => {
    const image = `stellarstack/does-not-exist:${run}`;
    const failure = await failureOf(activity('installServer', { ...freecivInstallSpec(ids.image, 1), image }));
    expect(failure.nonRetryable).toBe(true);
    expect(failure.message).toContain(image);
    const startFailure = await failureOf(
      activity('startServer', { container: freecivContainerSpec(ids.image, 26997, { image }), timeoutSeconds: 5 }),
    );
    expect(startFailure.message).toContain(image);
  });
});
