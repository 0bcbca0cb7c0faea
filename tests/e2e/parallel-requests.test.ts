import { beforeAll, describe, expect, it } from 'vitest';
import type { ServerView } from '@stellarstack/contracts';
import { useAdminSession } from '../support/admin-session';
import { freecivEgg, installedServer, settledOperations, waitForServerStatus } from '../support/servers';

/** The API's answers to `count` identical requests sent at once, and how long the slowest took. */
async function burst(count: number, send: () => Promise<Response>): Promise<{ statuses: number[]; ms: number }> {
  const started = Date.now();
  const responses = await Promise.all(Array.from({ length: count }, send));
  return { statuses: responses.map((response) => response.status).sort(), ms: Date.now() - started };
}

describe('identical requests sent at once', () => {
  const session = useAdminSession();
  let server: ServerView;

  beforeAll(async () => {
    server = await installedServer(session.api, freecivEgg());
  });

  it('do not starve the database pool: parallel kills all answer quickly, and the API keeps answering', async () => {
    // Each waits on the server's row lock holding a connection; the holder must not need another one.
    const kills = await burst(20, () => session.api.fetch('POST', `/api/servers/${server.id}/power`, { action: 'kill' }));
    expect(kills.statuses.every((status) => status === 202 || status === 409), kills.statuses.join(',')).toBe(true);
    expect(kills.ms).toBeLessThan(20_000);
    expect((await fetch(`${session.stack.urls.api}/api/health`)).status).toBe(200);
    await waitForServerStatus(session.api, server.id, 'offline');
  });

  it('start a server exactly once', async () => {
    // The kills above may still be closing; a start would rightly be refused until they have.
    await settledOperations(session.api, server.id);
    const starts = await burst(10, () => session.api.fetch('POST', `/api/servers/${server.id}/power`, { action: 'start' }));
    expect(starts.statuses.filter((status) => status === 202)).toHaveLength(1);
    expect(starts.statuses.filter((status) => status === 409)).toHaveLength(9);
  });
});
