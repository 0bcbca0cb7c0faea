import { beforeAll, describe, expect, it } from 'vitest';
import type { EggView, ServerView } from '@stellarstack/contracts';
import { useAdminSession } from '../support/admin-session';
import { expectApiError } from '../support/expect-api-error';
import { freecivEgg, importEgg } from '../support/servers';

const LIMITS = { memoryMb: 512, cpuPercent: 100, diskMb: 1024 };

describe('hostile input gets a clear 4xx and changes nothing', () => {
  const session = useAdminSession();
  let egg: EggView;

  beforeAll(async () => {
    egg = await importEgg(session.api, freecivEgg());
  });

  async function counts(): Promise<{ eggs: number; servers: number }> {
    const eggs = await session.api.request<unknown[]>('GET', '/api/admin/eggs');
    const servers = await session.api.request<unknown[]>('GET', '/api/servers');
    return { eggs: eggs.length, servers: servers.length };
  }

  it('answers 400 for %-escapes in a path that do not decode', async () => {
    const { api, stack } = session;
    await expectApiError(await api.fetch('GET', '/api/servers/%E0%A4%A'), 400);
    await expectApiError(await api.fetch('GET', '/api/admin/eggs/%FF'), 400);
    await expectApiError(await fetch(`${stack.urls.api}/api/internal/nodes/%E0%A4%A/heartbeat`, { method: 'POST', headers: { authorization: 'Bearer x' } }), 400);
  });

  it('refuses NUL, lone surrogates and __proto__ keys instead of storing something else', async () => {
    const { api } = session;
    const before = await counts();
    const valid = { name: 'hostile', nodeId: 'local', eggId: egg.id, limits: LIMITS };
    const nul = await expectApiError(await api.fetch('POST', '/api/admin/servers', { ...valid, name: 'a\u0000b' }), 400);
    expect(nul.message).toContain('name');
    await expectApiError(await api.fetch('POST', '/api/admin/servers', undefined, JSON.stringify(valid).replace('"hostile"', '"\\ud800"')), 400);
    const proto = JSON.stringify({ ...valid, environment: { START_GOLD: '5' } }).replace('"START_GOLD"', '"__proto__":{"START_GOLD":"9"},"START_GOLD"');
    expect((await expectApiError(await api.fetch('POST', '/api/admin/servers', undefined, proto), 400)).message).toContain('__proto__');
    await expectApiError(await api.fetch('POST', '/api/admin/eggs/import', undefined, freecivEgg((e) => void (e.name = 'egg\u0000'))), 400);
    expect(await counts()).toEqual(before);
  });

  it('refuses limits the database cannot hold and ports below 1024', async () => {
    const { api } = session;
    const before = await counts();
    const valid = { name: 'too big', nodeId: 'local', eggId: egg.id, limits: LIMITS };
    await expectApiError(await api.fetch('POST', '/api/admin/servers', { ...valid, limits: { ...LIMITS, memoryMb: 3_000_000_000 } }), 400);
    await expectApiError(await api.fetch('POST', '/api/admin/servers', { ...valid, limits: { ...LIMITS, diskMb: Number.MAX_SAFE_INTEGER } }), 400);
    for (const port of [0, -1, 22, 1023]) {
      await expectApiError(await api.fetch('POST', '/api/admin/servers', { ...valid, allocation: { port } }), 400);
    }
    expect(await counts()).toEqual(before);
  });

  it('serves eggs whose variables are named like Object.prototype members, and refuses reserved names', async () => {
    const { api } = session;
    const odd = await importEgg(
      api,
      freecivEgg((e) => {
        const variables = e.variables as Record<string, unknown>[];
        e.variables = [...variables, { ...variables[0], env_variable: 'constructor', default_value: 'built', rules: 'nullable|string' }];
      }),
    );
    const server = await api.request<ServerView>('POST', '/api/admin/servers', { name: 'odd names', nodeId: 'local', eggId: odd.id, limits: LIMITS });
    expect(server.environment.constructor).toBe('built');
    // A value no process could be started with (Linux: 128 KiB per variable) is refused, not stored.
    const huge = { name: 'huge value', nodeId: 'local', eggId: odd.id, limits: LIMITS, environment: { constructor: 'x'.repeat(200_000) } };
    expect((await expectApiError(await api.fetch('POST', '/api/admin/servers', huge), 400)).message).toContain('constructor');

    const before = await counts();
    for (const name of ['SERVER_PORT', 'STARTUP', 'PATH', 'HOME']) {
      const reserved = freecivEgg((e) => {
        const variables = e.variables as Record<string, unknown>[];
        e.variables = [...variables, { ...variables[0], env_variable: name }];
      });
      expect((await expectApiError(await api.fetch('POST', '/api/admin/eggs/import', undefined, reserved), 422)).message).toContain(name);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses console commands with control characters a TTY would turn into signals', async () => {
    const { api } = session;
    const server = await api.request<ServerView>('POST', '/api/admin/servers', { name: 'console', nodeId: 'local', eggId: egg.id, limits: LIMITS });
    for (const command of ['quit\u0003', '\u001a', 'say \u001b[2J', '\u0004']) {
      const error = await expectApiError(await api.fetch('POST', `/api/servers/${server.id}/command`, { command }), 400);
      expect(error.message).toContain('control characters');
    }
  });
});
