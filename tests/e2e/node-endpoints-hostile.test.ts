import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT } from 'jose';
import { io } from 'socket.io-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { SOCKET_EVENTS, type ServerView, type SocketError, type WebsocketGrant } from '@stellarstack/contracts';
import { useAdminSession } from '../support/admin-session';
import { expectApiError } from '../support/expect-api-error';
import { freecivEgg, installedServer } from '../support/servers';

/** The first thing the node answers on a fresh console socket after `send` runs. */
async function firstAnswer(nodeUrl: string, send: (socket: ReturnType<typeof io>) => void): Promise<{ event: string; body: unknown }> {
  const socket = io(nodeUrl, { transports: ['websocket'], reconnection: false });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const answer = new Promise<{ event: string; body: unknown }>((resolve) => socket.onAny((event: string, body: unknown) => resolve({ event, body })));
    send(socket);
    return await answer;
  } finally {
    socket.close();
  }
}

describe('node endpoints and console sockets refuse hostile callers', () => {
  const session = useAdminSession();
  let server: ServerView;
  let nodeToken: string;

  beforeAll(async () => {
    server = await installedServer(session.api, freecivEgg());
    nodeToken = (JSON.parse(readFileSync(path.join(session.stack.dataDir, 'secrets.json'), 'utf8')) as { LOCAL_NODE_TOKEN: string }).LOCAL_NODE_TOKEN;
  });

  it('internal API: missing or wrong node token, another node, a server not on that node', async () => {
    const { api: apiUrl } = session.stack.urls;
    const post = (pathname: string, authorization?: string, body: unknown = { status: 'running' }) =>
      fetch(`${apiUrl}${pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(body),
      });
    const status = `/api/internal/nodes/local/servers/${server.id}/status`;
    await expectApiError(await post(status), 401);
    await expectApiError(await post(status, 'Bearer wrong'), 401);
    await expectApiError(await post(status, `Bearer ${nodeToken}x`), 401);
    await expectApiError(await post(`/api/internal/nodes/other/servers/${server.id}/status`, `Bearer ${nodeToken}`), 401);
    await expectApiError(await post('/api/internal/nodes/local/servers/00000000-0000-4000-8000-000000000000/status', `Bearer ${nodeToken}`), 404);
    await expectApiError(await post(status, `Bearer ${nodeToken}`, { status: 'exploded' }), 400);
    expect((await session.api.request<ServerView>('GET', `/api/servers/${server.id}`)).status).toBe('offline');
  });

  it('node HTTP: no token, a wrong token, and commands with control characters', async () => {
    const command = (authorization: string | undefined, body: unknown) =>
      fetch(`${session.stack.urls.node}/api/servers/${server.id}/command`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(body),
      });
    await expectApiError(await command(undefined, { command: 'quit' }), 401);
    await expectApiError(await command('Bearer wrong', { command: 'quit' }), 401);
    await expectApiError(await command(`Basic ${nodeToken}`, { command: 'quit' }), 401);
    await expectApiError(await command(`Bearer ${nodeToken}`, { command: 'quit\u0003' }), 400);
    await expectApiError(await command(`Bearer ${nodeToken}`, { command: 'x'.repeat(10_000) }), 400);
  });

  it('console socket: commands before auth, garbage, forged, expired and other-node tokens', async () => {
    const nodeUrl = session.stack.urls.node;
    const errorCode = async (send: (socket: ReturnType<typeof io>) => void) => {
      const answer = await firstAnswer(nodeUrl, send);
      expect(answer.event).toBe(SOCKET_EVENTS.error);
      return (answer.body as SocketError).code;
    };
    const claims = { userId: 'u', serverId: server.id, nodeId: 'local', permissions: ['*'] };
    const sign = (secret: string, extra: Partial<typeof claims> = {}, exp: number | string = '5m') =>
      new SignJWT({ ...claims, ...extra }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(exp).sign(new TextEncoder().encode(secret));

    expect(await errorCode((socket) => socket.emit(SOCKET_EVENTS.command, 'quit'))).toBe('not_authenticated');
    expect(await errorCode((socket) => socket.emit(SOCKET_EVENTS.logs))).toBe('not_authenticated');
    expect(await errorCode((socket) => socket.emit(SOCKET_EVENTS.auth, { token: 1 } as unknown as string))).toBe('token_invalid');
    expect(await errorCode((socket) => socket.emit(SOCKET_EVENTS.auth, 'x'.repeat(100_000)))).toBe('token_invalid');
    const forged = await sign('not-the-node-token');
    expect(await errorCode((socket) => socket.emit(SOCKET_EVENTS.auth, forged))).toBe('token_invalid');
    const expired = await sign(nodeToken, {}, 1);
    expect(await errorCode((socket) => socket.emit(SOCKET_EVENTS.auth, expired))).toBe('token_expired');
    const otherNode = await sign(nodeToken, { nodeId: 'other' });
    expect(await errorCode((socket) => socket.emit(SOCKET_EVENTS.auth, otherNode))).toBe('token_invalid');

    // A real grant, then a command the TTY would turn into SIGINT.
    const grant = await session.api.request<WebsocketGrant>('GET', `/api/servers/${server.id}/websocket`);
    const socket = io(grant.url, { transports: ['websocket'], reconnection: false });
    try {
      const errors: SocketError[] = [];
      socket.on(SOCKET_EVENTS.error, (error: SocketError) => errors.push(error));
      await new Promise<void>((resolve) => {
        socket.once(SOCKET_EVENTS.authSuccess, () => resolve());
        socket.emit(SOCKET_EVENTS.auth, grant.token);
      });
      socket.emit(SOCKET_EVENTS.command, 'quit\u0003');
      await expect.poll(() => errors.map((error) => error.code)).toContain('bad_request');
    } finally {
      socket.close();
    }
  });
});
