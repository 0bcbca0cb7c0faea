import { beforeAll, describe, expect, it } from 'vitest';
import type { ServerView } from '@stellarstack/contracts';
import { useAdminSession } from '../support/admin-session';
import { expectApiError } from '../support/expect-api-error';
import { signInRegularUser } from '../support/regular-user';
import type { ApiClient } from '../support/api-client';
import { freecivEgg, installedServer, operations, settledOperations } from '../support/servers';

/** The admin's session cookie, as a page on another origin of the same site would have the browser send it. */
function cookieOf(api: ApiClient): string {
  return [...(api as unknown as { cookies: Map<string, string> }).cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

describe('who may change what', () => {
  const session = useAdminSession();
  let server: ServerView;

  beforeAll(async () => {
    server = await installedServer(session.api, freecivEgg());
  });

  it('refuses cookie-authenticated changes from an untrusted origin, and changes nothing', async () => {
    const { api, stack } = session;
    const before = await settledOperations(api, server.id);
    // Same site as the panel (another localhost port), and a body-less POST needs no CORS preflight.
    for (const origin of ['http://localhost:1', 'http://evil.example', 'null']) {
      const headers = { origin, cookie: cookieOf(api), 'content-type': 'text/plain' };
      await expectApiError(await fetch(`${stack.urls.api}/api/admin/servers/${server.id}/reinstall`, { method: 'POST', headers }), 403);
      await expectApiError(await fetch(`${stack.urls.api}/api/servers/${server.id}/power`, { method: 'POST', headers, body: '{"action":"start"}' }), 403);
    }
    expect(await operations(api, server.id)).toEqual(before);
    expect((await api.request<ServerView>('GET', `/api/servers/${server.id}`)).status).toBe('offline');
  });

  it('keeps a signed-in user who is not an admin out of admin routes and other users’ servers', async () => {
    const user = await signInRegularUser(session.stack);
    expect(await user.api.request<ServerView[]>('GET', '/api/servers')).toEqual([]);
    for (const path of ['/api/admin/eggs', '/api/admin/nodes']) await expectApiError(await user.api.fetch('GET', path), 403);
    await expectApiError(await user.api.fetch('POST', '/api/admin/servers', {}), 403);
    await expectApiError(await user.api.fetch('POST', `/api/admin/servers/${server.id}/reinstall`), 403);
    await expectApiError(await user.api.fetch('DELETE', `/api/admin/servers/${server.id}`), 403);
    for (const path of ['', '/operations', '/websocket']) await expectApiError(await user.api.fetch('GET', `/api/servers/${server.id}${path}`), 404);
    await expectApiError(await user.api.fetch('POST', `/api/servers/${server.id}/power`, { action: 'start' }), 404);
    await expectApiError(await user.api.fetch('POST', `/api/servers/${server.id}/command`, { command: 'quit' }), 404);
    expect((await user.api.fetch('POST', '/api/auth/update-user', { rootAdmin: true })).status).toBe(400);
    expect((await user.api.request<{ rootAdmin: boolean }>('GET', '/api/me')).rootAdmin).toBe(false);
    expect(await operations(session.api, server.id)).toHaveLength(1);
  });
});
