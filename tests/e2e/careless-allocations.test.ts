import { createServer as createTcpServer, type Server } from 'node:net';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EggView, ServerView } from '@stellarstack/contracts';
import { useAdminSession } from '../support/admin-session';
import { freecivEgg, importEgg, operations, power, waitForServerStatus } from '../support/servers';

const LIMITS = { memoryMb: 512, cpuPercent: 100, diskMb: 1024 };

/** Settings Docker refuses, or a port another program holds, end the operation with the reason instead of retrying forever. */
describe('careless allocations and limits fail clearly', () => {
  const session = useAdminSession();
  let egg: EggView;
  let squatter: Server;

  beforeAll(async () => {
    egg = await importEgg(session.api, freecivEgg());
    squatter = createTcpServer().listen(0, '127.0.0.1');
    await once(squatter, 'listening');
  });
  afterAll(() => squatter?.close());

  it('gives parallel creates without a port one distinct port each', async () => {
    const body = { name: 'parallel', nodeId: 'local', eggId: egg.id, limits: LIMITS };
    const answers = await Promise.all(Array.from({ length: 5 }, () => session.api.request<ServerView>('POST', '/api/admin/servers', body)));
    expect(new Set(answers.map((server) => server.allocation.port)).size).toBe(5);
  });

  it('marks an install with a memory limit Docker refuses as failed, with Docker’s reason', async () => {
    const server = await session.api.request<ServerView>('POST', '/api/admin/servers', {
      name: 'one megabyte',
      nodeId: 'local',
      eggId: egg.id,
      limits: { ...LIMITS, memoryMb: 1 },
    });
    const failed = await waitForServerStatus(session.api, server.id, 'install_failed', 60_000);
    expect(failed.installOutput).toMatch(/Docker refused.*memory/i);
  });

  it('fails a start whose port another program holds, leaving the server offline', async () => {
    const { port } = squatter.address() as { port: number };
    const server = await session.api.request<ServerView>('POST', '/api/admin/servers', {
      name: 'taken port',
      nodeId: 'local',
      eggId: egg.id,
      limits: LIMITS,
      allocation: { port },
    });
    await waitForServerStatus(session.api, server.id, 'offline');
    const workflowId = await power(session.api, server.id, 'start');
    const deadline = Date.now() + 60_000;
    let start = (await operations(session.api, server.id)).find((operation) => operation.workflowId === workflowId);
    while (start?.status === 'running' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      start = (await operations(session.api, server.id)).find((operation) => operation.workflowId === workflowId);
    }
    expect(start?.status).toBe('failed');
    expect(start?.error).toMatch(/port is already in use/);
    await waitForServerStatus(session.api, server.id, 'offline', 10_000);
  });
});
