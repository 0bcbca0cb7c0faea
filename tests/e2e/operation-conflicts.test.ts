import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '@stellarstack/contracts';
import { useAdminSession } from '../support/admin-session';
import {
  createServer,
  freecivEgg,
  importEgg,
  installedServer,
  operations,
  power,
  waitForServerStatus,
} from '../support/servers';
import { workflowStatus } from '../support/temporal';

/** Freeciv that takes a few seconds before it prints its done text, so a start is still running when we act. */
const slowStartingEgg = freecivEgg((egg) => {
  egg.startup = `sleep 8; ${String(egg.startup)}`;
});

async function refused(response: Response): Promise<ApiErrorBody['error']> {
  expect(response.status).toBe(409);
  return ((await response.json()) as ApiErrorBody).error;
}

describe('one operation at a time per server', () => {
  const session = useAdminSession();

  it('refuses power while installing, and commands while offline', async () => {
    const { api } = session;
    const egg = await importEgg(api, freecivEgg());
    const server = await createServer(api, egg.id, {}, 'conflicts: installing');
    const whileInstalling = await refused(await api.fetch('POST', `/api/servers/${server.id}/power`, { action: 'start' }));
    expect(whileInstalling.message).toMatch(/install/i);

    await waitForServerStatus(api, server.id, 'offline');
    const whileOffline = await refused(await api.fetch('POST', `/api/servers/${server.id}/command`, { command: 'show gold' }));
    expect(whileOffline.message).toMatch(/offline|not running/i);
    expect((await operations(api, server.id)).map((operation) => operation.type)).toEqual(['install']);
  });

  it('refuses a second operation while one runs, naming it, and lets kill end it', async () => {
    const { api, temporal } = session;
    const server = await installedServer(api, slowStartingEgg);
    const startId = await power(api, server.id, 'start');

    const second = await refused(await api.fetch('POST', `/api/servers/${server.id}/power`, { action: 'stop' }));
    expect(second.details).toEqual({ workflowId: startId, type: 'start' });
    const restart = await refused(await api.fetch('POST', `/api/servers/${server.id}/power`, { action: 'restart' }));
    expect(restart.details).toEqual({ workflowId: startId, type: 'start' });

    const killId = await power(api, server.id, 'kill');
    await temporal.client.workflow.getHandle(killId).result();
    expect(await workflowStatus(temporal.client, startId)).toBe('TERMINATED');
    await waitForServerStatus(api, server.id, 'offline');
  });

  it('refuses start while the server is running', async () => {
    const { api, temporal } = session;
    const server = await installedServer(api, freecivEgg());
    await power(api, server.id, 'start');
    await waitForServerStatus(api, server.id, 'running');

    const again = await refused(await api.fetch('POST', `/api/servers/${server.id}/power`, { action: 'start' }));
    expect(again.message).toMatch(/running/i);

    const killId = await power(api, server.id, 'kill');
    await temporal.client.workflow.getHandle(killId).result();
    await waitForServerStatus(api, server.id, 'offline');
  });
});
