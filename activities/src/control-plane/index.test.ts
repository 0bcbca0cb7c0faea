import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import type { ServerStatus } from '@stellarstack/contracts';
import type { ServerRecordStore } from './deps';
import { createControlPlaneActivities } from './index';

/** An in-memory servers table. */
function memoryStore(ids: string[]) {
  const rows = new Map(ids.map((id) => [id, { status: 'installing' as ServerStatus, installOutput: undefined as string | undefined }]));
  const endedOperations: string[] = [];
  const store: ServerRecordStore = {
    async updateServer(serverId, changes, endsOperation) {
      const row = rows.get(serverId);
      if (!row) return false;
      Object.assign(row, changes);
      if (endsOperation) endedOperations.push(endsOperation);
      return true;
    },
    async deleteServer(serverId) {
      rows.delete(serverId);
    },
  };
  return { rows, store, endedOperations };
}

describe('control-plane activities', () => {
  const env = new MockActivityEnvironment();

  it('records a successful install as offline with its output', async () => {
    const { rows, store, endedOperations } = memoryStore(['a']);
    const activities = createControlPlaneActivities({ servers: store });
    await env.run(activities.recordInstallResult, { serverId: 'a', succeeded: true, output: 'done\n', endsOperation: 'server-a-install-1' });
    expect(rows.get('a')).toEqual({ status: 'offline', installOutput: 'done\n' });
    expect(endedOperations).toEqual(['server-a-install-1']);
  });

  it('records a failed install as install_failed', async () => {
    const { rows, store } = memoryStore(['a']);
    const activities = createControlPlaneActivities({ servers: store });
    await env.run(activities.recordInstallResult, { serverId: 'a', succeeded: false, output: 'exit 1', endsOperation: 'server-a-install-1' });
    expect(rows.get('a')).toEqual({ status: 'install_failed', installOutput: 'exit 1' });
  });

  it('sets statuses, and does not fail for a server deleted meanwhile', async () => {
    const { rows, store, endedOperations } = memoryStore(['a']);
    const activities = createControlPlaneActivities({ servers: store });
    await env.run(activities.setServerStatus, { serverId: 'a', status: 'starting' as const });
    await env.run(activities.setServerStatus, { serverId: 'a', status: 'running' as const, endsOperation: 'server-a-start-2' });
    expect(rows.get('a')?.status).toBe('running');
    expect(endedOperations).toEqual(['server-a-start-2']);
    await expect(env.run(activities.setServerStatus, { serverId: 'gone', status: 'running' as const })).resolves.toBeUndefined();
  });

  it('deletes the records', async () => {
    const { rows, store } = memoryStore(['a']);
    await env.run(createControlPlaneActivities({ servers: store }).deleteServerRecords, { serverId: 'a' });
    expect(rows.has('a')).toBe(false);
  });
});
