import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client';
import { expectApiError } from '../support/expect-api-error';
import { sharedStack } from '../support/provided-stack';
import { freecivEgg, importEgg, installedServer } from '../support/servers';
import { REPO_ROOT } from '../support/test-stacks';

const SHARED_EGGS = path.join(REPO_ROOT, '..', 'shared', 'fixtures', 'eggs');

describe('bad input gets a clear 4xx and changes nothing', () => {
  const stack = sharedStack();
  let api: ApiClient;

  beforeAll(async () => {
    api = await ApiClient.signIn(stack.urls.api, stack.urls.panel, stack.admin.email, stack.admin.password);
  });

  async function counts(): Promise<{ eggs: number; servers: number }> {
    const eggs = await api.request<unknown[]>('GET', '/api/admin/eggs');
    const servers = await api.request<unknown[]>('GET', '/api/servers');
    return { eggs: eggs.length, servers: servers.length };
  }

  it('imports every real Pterodactyl egg, PTDL_v2 and PTDL_v1', async () => {
    for (const file of readdirSync(SHARED_EGGS)) {
      const raw = readFileSync(path.join(SHARED_EGGS, file), 'utf8');
      const egg = await importEgg(api, raw);
      expect(egg.name, file).toBe((JSON.parse(raw) as { name: string }).name);
    }
  });

  it('refuses malformed, unknown-version and PTDL_v3 eggs', async () => {
    const before = await counts();
    await expectApiError(await api.fetch('POST', '/api/admin/eggs/import', undefined, '{"meta": {"version": "PTDL_v2"'), 400);
    const v3 = freecivEgg((egg) => {
      egg.meta = { version: 'PTDL_v3', update_url: null };
    });
    expect((await expectApiError(await api.fetch('POST', '/api/admin/eggs/import', undefined, v3), 422)).message).toMatch(/PTDL_v3|version/);
    await expectApiError(await api.fetch('POST', '/api/admin/eggs/import', { name: 'not an egg' }), 422);
    const noStartup = freecivEgg((egg) => {
      delete egg.startup;
    });
    await expectApiError(await api.fetch('POST', '/api/admin/eggs/import', undefined, noStartup), 422);
    expect(await counts()).toEqual(before);
  });

  it('refuses servers with wrong types or variables breaking their rules', async () => {
    const egg = await importEgg(api, freecivEgg());
    const before = await counts();
    const valid = { name: 'bad input', nodeId: 'local', eggId: egg.id, limits: { memoryMb: 512, cpuPercent: 100, diskMb: 1024 } };

    await expectApiError(await api.fetch('POST', '/api/admin/servers', { ...valid, limits: { ...valid.limits, memoryMb: 'lots' } }), 400);
    await expectApiError(await api.fetch('POST', '/api/admin/servers', { ...valid, name: 42 }), 400);
    await expectApiError(await api.fetch('POST', '/api/admin/servers', { ...valid, allocation: { port: 70000 } }), 400);
    const notAnInteger = await expectApiError(await api.fetch('POST', '/api/admin/servers', { ...valid, environment: { START_GOLD: 'lots' } }), 422);
    expect(notAnInteger.message).toContain('START_GOLD');
    const outOfRange = await expectApiError(await api.fetch('POST', '/api/admin/servers', { ...valid, environment: { START_GOLD: '99999999' } }), 422);
    expect(outOfRange.message).toContain('START_GOLD');
    const unknownEgg = await api.fetch('POST', '/api/admin/servers', { ...valid, eggId: 987654 });
    expect([404, 422]).toContain(unknownEgg.status);
    await expectApiError(unknownEgg, unknownEgg.status);
    await expectApiError(await api.fetch('POST', '/api/admin/servers', undefined, 'not json'), 400);
    expect(await counts()).toEqual(before);
  });

  it('refuses unknown power actions and bad commands, and unknown servers get 404', async () => {
    const server = await installedServer(api, freecivEgg());
    await expectApiError(await api.fetch('POST', `/api/servers/${server.id}/power`, { action: 'explode' }), 400);
    await expectApiError(await api.fetch('POST', `/api/servers/${server.id}/power`, { action: 1 }), 400);
    await expectApiError(await api.fetch('POST', `/api/servers/${server.id}/command`, { command: ['show', 'gold'] }), 400);
    await expectApiError(await api.fetch('POST', `/api/servers/${server.id}/command`, { command: 'show\ngold' }), 400);
    await expectApiError(await api.fetch('GET', '/api/servers/00000000-0000-4000-8000-000000000000'), 404);
    await expectApiError(await api.fetch('GET', '/api/servers/not-an-id'), 404);
    const operations = await api.request<unknown[]>('GET', `/api/servers/${server.id}/operations`);
    expect(operations).toHaveLength(1);
  });

  it('answers 401 without a session', async () => {
    const response = await fetch(`${stack.urls.api}/api/servers`);
    await expectApiError(response, 401);
  });
});
