import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverLabels } from '@stellarstack/activities/src/node/runtime/container-names';
import { containersFor, removeTestContainers } from './support/docker-cleanup';
import { freecivContainerSpec } from './support/freeciv-egg';
import { createLeftoverContainer, failureOf, runActivity, testNode, type TestNode } from './support/test-node';

/**
 * Two stacks on one machine: both call their node `local`, each has its own data root, and
 * they share the Docker engine. Neither may see, adopt, stop, remove or report the other's containers.
 */
const NODE_ID = 'local';
const run = randomBytes(3).toString('hex');
const ids = { shared: `no-shared-${run}`, legacy: `no-legacy-${run}` };
/** Starts at once and stays up: the test is about who sees the container, not about the game. */
const quickSpec = freecivContainerSpec(ids.shared, 26990, { startupCommand: 'echo ready; exec sleep 600', doneText: ['ready'] });

let first: TestNode;
let second: TestNode;
const stops: (() => void)[] = [];
const deathsSeenBySecond: string[] = [];

function labelsOf(name: string): Record<string, string> {
  return JSON.parse(execFileSync('docker', ['inspect', '--format', '{{json .Config.Labels}}', name], { encoding: 'utf8' })) as Record<string, string>;
}

beforeAll(async () => {
  first = testNode(NODE_ID, await mkdtemp(path.join(os.tmpdir(), 'stellar-node-first-')));
  second = testNode(NODE_ID, await mkdtemp(path.join(os.tmpdir(), 'stellar-node-second-')));
  stops.push(first.registry.watchExits(), second.registry.watchExits());
  // The runtime's own event stream, so a leak shows even though the second registry ignores unknown servers.
  stops.push(second.runtime.watchDeaths((serverId) => deathsSeenBySecond.push(serverId)));
});

afterAll(async () => {
  for (const stop of stops) stop();
  removeTestContainers(Object.values(ids));
  await Promise.all([first, second].filter(Boolean).map((node) => rm(node.dataDir, { recursive: true, force: true })));
});

describe('two node-workers with different data roots on one Docker engine', () => {
  const name = `stellar-${ids.shared}`;

  it('labels the container with the node that created it and that node\'s data root', async () => {
    expect(await runActivity(first.activities, 'startServer', { container: quickSpec, timeoutSeconds: 30 })).toEqual({ adopted: false });
    expect(labelsOf(name)).toMatchObject({
      'stellarstack.managed': 'true',
      'stellarstack.server': ids.shared,
      'stellarstack.node': NODE_ID,
      'stellarstack.data-root': first.dataDir,
    });
  });

  it('lists and restores only its own containers', async () => {
    expect((await first.runtime.listOwned()).map((container) => container.name)).toContain(name);
    expect((await second.runtime.listOwned()).map((container) => container.name)).not.toContain(name);
    // As each node-worker would on a restart: only the owner re-attaches.
    const [firstRestarted, secondRestarted] = [testNode(NODE_ID, first.dataDir), testNode(NODE_ID, second.dataDir)];
    await Promise.all([firstRestarted.registry.restore(), secondRestarted.registry.restore()]);
    expect(firstRestarted.registry.get(ids.shared).status).toBe('running');
    expect(secondRestarted.registry.get(ids.shared).status).toBe('offline');
    firstRestarted.registry.forget(ids.shared);
  });

  it('refuses to adopt, stop, kill or remove a container another node owns, and leaves it running', async () => {
    const { id } = (await first.runtime.inspect(name))!;
    const start = await failureOf(runActivity(second.activities, 'startServer', { container: quickSpec, timeoutSeconds: 30 }));
    expect(start.nonRetryable).toBe(true);
    expect(start.type).toBe('ContainerOwnedByAnotherNode');
    expect(start.message).toContain(`"${NODE_ID}" (data root ${first.dataDir})`);
    expect(start.message).toContain(`"${NODE_ID}" (data root ${second.dataDir})`);
    expect(second.registry.get(ids.shared).status).toBe('offline');

    const stop = await failureOf(runActivity(second.activities, 'stopServer', { serverId: ids.shared, stopCommand: '^C', timeoutSeconds: 5 }));
    expect(stop.type).toBe('ContainerOwnedByAnotherNode');
    expect((await failureOf(runActivity(second.activities, 'killServer', { serverId: ids.shared }))).type).toBe('ContainerOwnedByAnotherNode');
    // Removal goes by this node's labels, so it finds nothing of the other node's to remove.
    await runActivity(second.activities, 'removeServer', { serverId: ids.shared });

    expect(await first.runtime.inspect(name)).toMatchObject({ id, running: true });
    expect(first.registry.get(ids.shared).status).toBe('running');
  });

  it('reports the exit only on the node that owns the container', async () => {
    execFileSync('docker', ['kill', name], { stdio: 'ignore' });
    await expect.poll(() => first.exitedOnTheirOwn, { timeout: 20000 }).toContain(ids.shared);
    // Both event streams get Docker's events at about the same moment; give the second a margin.
    await sleep(1000);
    expect(deathsSeenBySecond).not.toContain(ids.shared);
    expect(second.exitedOnTheirOwn).toEqual([]);
  });

  it('refuses a container from before containers carried their owner, naming what to do', async () => {
    createLeftoverContainer(`stellar-${ids.legacy}`, serverLabels(ids.legacy));
    const spec = { ...quickSpec, serverId: ids.legacy };
    const failure = await failureOf(runActivity(first.activities, 'startServer', { container: spec, timeoutSeconds: 30 }));
    expect(failure.type).toBe('ContainerOwnedByAnotherNode');
    expect(failure.message).toContain('has no owner labels');
    expect(failure.message).toContain(`docker rm -f stellar-${ids.legacy}`);
    expect(containersFor(ids.legacy)).toEqual([`stellar-${ids.legacy}`]);
  });
});
