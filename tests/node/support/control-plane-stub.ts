import path from 'node:path';
import { NativeConnection, Worker, Runtime, DefaultLogger } from '@temporalio/worker';
import { CONTROL_PLANE_TASK_QUEUE, type ControlPlaneActivities, type ServerStatus } from '@stellarstack/contracts';

export interface ControlPlaneRecord {
  statuses: { serverId: string; status: ServerStatus }[];
  installs: { serverId: string; succeeded: boolean; output: string }[];
  deleted: string[];
}

/** The real workflows with recording control-plane activities, so node activities run through Temporal as in production. */
export async function startControlPlaneStub(address: string): Promise<{ record: ControlPlaneRecord; stop: () => Promise<void> }> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const record: ControlPlaneRecord = { statuses: [], installs: [], deleted: [] };
  const activities: ControlPlaneActivities = {
    async setServerStatus(input) {
      record.statuses.push(input);
    },
    async recordInstallResult(input) {
      record.installs.push(input);
    },
    async deleteServerRecords(input) {
      record.deleted.push(input.serverId);
    },
  };
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    taskQueue: CONTROL_PLANE_TASK_QUEUE,
    workflowsPath: path.resolve(import.meta.dirname, '../../../workflows/src/index.ts'),
    activities,
  });
  const running = worker.run();
  return {
    record,
    stop: async () => {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}
