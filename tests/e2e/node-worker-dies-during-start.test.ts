import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartResult } from '@stellarstack/contracts';
import type { Stack } from '../../launcher/src/stack';
import { ApiClient } from '../support/api-client';
import { startExtraStack, stopExtraStack } from '../support/extra-stack';
import { freecivEgg, installedServer, power, waitForServerStatus } from '../support/servers';
import { TEST_ADMIN } from '../support/test-stacks';
import { connectTemporal, workflowStatus } from '../support/temporal';

const docker = new Docker();

async function serverContainers(serverId: string): Promise<Docker.ContainerInfo[]> {
  return docker.listContainers({ all: true, filters: { label: [`stellarstack.server=${serverId}`] } });
}

async function waitForRunningContainer(serverId: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await serverContainers(serverId)).some((container) => container.State === 'running')) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no running container for server ${serverId} after ${timeoutMs} ms`);
}

// A stack of its own: this test kills its node-worker.
describe('the node-worker dies while a start workflow waits', () => {
  let stack: Stack | undefined;
  let api: ApiClient;

  beforeAll(async () => {
    stack = await startExtraStack({ name: 'node-worker-dies' });
    api = await ApiClient.signIn(stack.urls.api, stack.urls.panel, TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(async () => stopExtraStack(stack));

  it('retries on the restarted worker, which adopts the running container', async () => {
    // The game prints its done text only after a while, so the worker dies mid-wait.
    const slowEgg = freecivEgg((egg) => {
      egg.startup = `sleep 15; ${String(egg.startup)}`;
    });
    const server = await installedServer(api, slowEgg);
    const startId = await power(api, server.id, 'start');
    await waitForRunningContainer(server.id);

    await stack!.stopProcess('node-worker', 'SIGKILL');
    await stack!.startProcess('node-worker');

    const temporal = await connectTemporal(stack!.urls.temporalAddress);
    try {
      const result = (await temporal.client.workflow.getHandle(startId).result()) as StartResult;
      expect(result.adopted).toBe(true);
      expect(await workflowStatus(temporal.client, startId)).toBe('COMPLETED');
    } finally {
      await temporal.close();
    }
    await waitForServerStatus(api, server.id, 'running');
    expect(await serverContainers(server.id)).toHaveLength(1);
  });
});
