import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Stack } from '../../launcher/src/stack';
import { ApiClient } from '../support/api-client';
import { startExtraStack, stopExtraStack } from '../support/extra-stack';
import { REPO_ROOT, TEST_ADMIN } from '../support/test-stacks';

interface EggSummary {
  id: string;
  name: string;
}

const EGG_TEXT = readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'egg-freeciv.json'), 'utf8');

/** A list answer, bare or wrapped (`{data: […]}`), as an array. */
function asList<T>(answer: T[] | { data: T[] }): T[] {
  return Array.isArray(answer) ? answer : answer.data;
}

function signIn(stack: Stack): Promise<ApiClient> {
  return ApiClient.signIn(stack.urls.api, stack.urls.panel, TEST_ADMIN.email, TEST_ADMIN.password);
}

describe('restarting the whole stack', () => {
  let stack: Stack | undefined;
  afterAll(() => stopExtraStack(stack));

  it('stops within 10 s and finds its data again on the same data dir', async () => {
    stack = await startExtraStack({ name: 'restart' });
    const secretsFile = path.join(stack.dataDir, 'secrets.json');
    const secretsBefore = readFileSync(secretsFile, 'utf8');
    const imported = await (await signIn(stack)).request<EggSummary>('POST', '/api/admin/eggs/import', undefined, EGG_TEXT);
    expect(imported.name).toBe('Freeciv');

    const stopping = Date.now();
    await stack.stop();
    expect(Date.now() - stopping).toBeLessThan(10_000);
    await expect(fetch(`${stack.urls.api}/api/health`)).rejects.toThrow();

    stack = await startExtraStack({ name: 'restart', reuse: stack });
    const eggs = asList(await (await signIn(stack)).request<EggSummary[] | { data: EggSummary[] }>('GET', '/api/admin/eggs'));
    expect(eggs.map((egg) => egg.id)).toContain(imported.id);
    expect(readFileSync(secretsFile, 'utf8')).toBe(secretsBefore);
  });
});
