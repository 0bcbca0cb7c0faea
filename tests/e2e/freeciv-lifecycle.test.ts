import { describe, expect, it } from 'vitest';
import type { StopResult } from '@stellarstack/contracts';
import { useAdminSession } from '../support/admin-session';
import { openConsole } from '../support/console-client';
import { createServer, freecivEgg, getServer, importEgg, operations, power, waitForServerStatus } from '../support/servers';
import { workflowStatus } from '../support/temporal';

// The first slice end to end, through the public HTTP and socket.io interface only:
// an egg variable flows through the install script into the game's config, and the
// running game reports it on its console.
describe('a Freeciv server from a Pterodactyl egg', () => {
  const session = useAdminSession();

  it('installs with the egg variable, starts, answers a console command, and stops through the egg stop command', async () => {
    const { api, temporal } = session;
    const gold = String(1000 + Math.floor(Math.random() * 9000));
    const egg = await importEgg(api, freecivEgg());
    const created = await createServer(api, egg.id, { START_GOLD: gold }, 'lifecycle');
    expect(created.status).toBe('installing');
    expect(created.allocation.port).toBeGreaterThan(0);

    const installed = await waitForServerStatus(api, created.id, 'offline');
    expect(installed.installOutput).toContain(`Installed Freeciv settings: gold ${gold}`);

    const startId = await power(api, created.id, 'start');
    await waitForServerStatus(api, created.id, 'running');
    const console = await openConsole(api, created.id);
    // The history sent after auth already holds the start-up output.
    await console.waitForLine(new RegExp(`Now accepting new client connections on port ${created.allocation.port}`));

    const sent = await api.fetch('POST', `/api/servers/${created.id}/command`, { command: 'show gold' });
    expect(sent.status).toBe(204);
    await console.waitForLine(new RegExp(`^\\s*\\W?\\s*gold\\b.*\\b${gold}\\b`));

    const stopId = await power(api, created.id, 'stop');
    await waitForServerStatus(api, created.id, 'offline');
    const stopResult = (await temporal.client.workflow.getHandle(stopId).result()) as StopResult;
    expect(stopResult.stoppedBy).toBe('command');
    console.close();

    // Every workflow the API handed out is in Temporal, completed.
    const listed = await operations(api, created.id);
    const ids = new Set([...listed.map((operation) => operation.workflowId), startId, stopId]);
    expect(listed.map((operation) => operation.type).sort()).toEqual(['install', 'start', 'stop']);
    for (const id of ids) expect(await workflowStatus(temporal.client, id), id).toBe('COMPLETED');
    for (const operation of listed) expect(operation.status).toBe('completed');
  });

  it('shows offline when the game exits on its own, outside any workflow', async () => {
    const { api } = session;
    const egg = await importEgg(api, freecivEgg());
    const created = await createServer(api, egg.id, { START_GOLD: '10' }, 'exits on its own');
    await waitForServerStatus(api, created.id, 'offline');
    await power(api, created.id, 'start');
    await waitForServerStatus(api, created.id, 'running');

    // `quit` typed on the console, not a stop workflow: the node notices the exit.
    await api.request('POST', `/api/servers/${created.id}/command`, { command: 'quit' });
    await waitForServerStatus(api, created.id, 'offline', 30_000);
    expect((await operations(api, created.id)).map((operation) => operation.type).sort()).toEqual(['install', 'start']);
    expect((await getServer(api, created.id)).status).toBe('offline');
  });
});
