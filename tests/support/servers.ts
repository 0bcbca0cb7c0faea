import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EggView, OperationListItem, OperationStarted, PowerAction, ServerStatus, ServerView } from '@stellarstack/contracts';
import type { ApiClient } from './api-client';
import { REPO_ROOT } from './test-stacks';

/** The Freeciv egg fixture, optionally changed (e.g. a slower startup) before import. */
export function freecivEgg(change: (egg: Record<string, unknown>) => void = () => undefined): string {
  const egg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'egg-freeciv.json'), 'utf8')) as Record<string, unknown>;
  change(egg);
  return JSON.stringify(egg);
}

export async function importEgg(api: ApiClient, eggJson: string): Promise<EggView> {
  return api.request<EggView>('POST', '/api/admin/eggs/import', undefined, eggJson);
}

export async function createServer(
  api: ApiClient,
  eggId: EggView['id'],
  environment: Record<string, string>,
  name = 'test server',
): Promise<ServerView> {
  return api.request<ServerView>('POST', '/api/admin/servers', {
    name,
    nodeId: 'local',
    eggId,
    limits: { memoryMb: 512, cpuPercent: 100, diskMb: 1024 },
    environment,
  });
}

export async function getServer(api: ApiClient, id: string): Promise<ServerView> {
  return api.request<ServerView>('GET', `/api/servers/${id}`);
}

/** Polls the API until the server shows `status`; fails fast on install_failed unless that is what we wait for. */
export async function waitForServerStatus(api: ApiClient, id: string, status: ServerStatus, timeoutMs = 120_000): Promise<ServerView> {
  const deadline = Date.now() + timeoutMs;
  let server = await getServer(api, id);
  while (server.status !== status) {
    if (server.status === 'install_failed') throw new Error(`server ${id} install failed:\n${server.installOutput ?? ''}`);
    if (Date.now() > deadline) throw new Error(`server ${id} is ${server.status}, not ${status}, after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    server = await getServer(api, id);
  }
  return server;
}

export async function power(api: ApiClient, id: string, action: PowerAction): Promise<string> {
  const { workflowId } = await api.request<OperationStarted>('POST', `/api/servers/${id}/power`, { action });
  return workflowId;
}

export async function operations(api: ApiClient, id: string): Promise<OperationListItem[]> {
  return api.request<OperationListItem[]>('GET', `/api/servers/${id}/operations`);
}

/**
 * The server's operations once none is running in Temporal: a status shows a moment before
 * Temporal closes the workflow that set it.
 */
export async function settledOperations(api: ApiClient, id: string, timeoutMs = 30_000): Promise<OperationListItem[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const listed = await operations(api, id);
    if (!listed.some((operation) => operation.status === 'running')) return listed;
    if (Date.now() > deadline) throw new Error(`server ${id} still has a running operation after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A server installed and offline, ready for power actions. */
export async function installedServer(api: ApiClient, eggJson: string, environment: Record<string, string> = {}): Promise<ServerView> {
  const egg = await importEgg(api, eggJson);
  const server = await createServer(api, egg.id, environment);
  return waitForServerStatus(api, server.id, 'offline');
}
