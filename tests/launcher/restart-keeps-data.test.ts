import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EggView } from '@stellarstack/contracts';
import type { Stack } from '../../launcher/src/stack';
import { ApiClient } from '../support/api-client';
import { startExtraStack, stopExtraStack } from '../support/extra-stack';
import { freecivEgg, getServer, installedServer, operations, power, settledOperations, waitForServerStatus } from '../support/servers';
import { TEST_ADMIN } from '../support/test-stacks';

function signIn(stack: Stack, password: string = TEST_ADMIN.password): Promise<ApiClient> {
  return ApiClient.signIn(stack.urls.api, stack.urls.panel, TEST_ADMIN.email, password);
}

describe('restarting the whole stack', () => {
  let stack: Stack | undefined;
  afterAll(() => stopExtraStack(stack));

  it('stops within 10 s and finds its data, operations and servers again on the same data dir; ADMIN_PASSWORD resets the admin password', async () => {
    stack = await startExtraStack({ name: 'restart' });
    const secretsFile = path.join(stack.dataDir, 'secrets.json');
    const secretsBefore = readFileSync(secretsFile, 'utf8');
    let api = await signIn(stack);
    const server = await installedServer(api, freecivEgg(), { START_GOLD: '777' });
    const operationsBefore = await settledOperations(api, server.id);

    const stopping = Date.now();
    await stack.stop();
    expect(Date.now() - stopping).toBeLessThan(10_000);
    await expect(fetch(`${stack.urls.api}/api/health`)).rejects.toThrow();

    // A new ADMIN_PASSWORD on the next start is the way back in when the first one was lost.
    const newPassword = 'a-new-admin-password';
    stack = await startExtraStack({ name: 'restart', reuse: stack, adminPassword: newPassword });
    await expect(signIn(stack)).rejects.toThrow(/401/);
    api = await signIn(stack, newPassword);
    const eggs = await api.request<EggView[]>('GET', '/api/admin/eggs');
    expect(eggs.map((egg) => egg.name)).toContain('Freeciv');
    const found = await getServer(api, server.id);
    expect(found.status).toBe('offline');
    expect(found.installOutput).toContain('gold 777');
    // Operation states come from Temporal, whose history lives in the same data dir.
    expect(await operations(api, server.id)).toEqual(operationsBefore);
    expect(readFileSync(secretsFile, 'utf8')).toBe(secretsBefore);

    await power(api, server.id, 'start');
    await waitForServerStatus(api, server.id, 'running');
    await power(api, server.id, 'kill');
    await waitForServerStatus(api, server.id, 'offline');
  });
});
