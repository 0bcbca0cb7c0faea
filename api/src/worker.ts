import { fileURLToPath } from 'node:url';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { CONTROL_PLANE_TASK_QUEUE } from '@stellarstack/contracts';
import { createControlPlaneActivities } from '@stellarstack/activities/src/control-plane';
import { loadWorkerConfig } from './config';
import { createSequelize } from './db/sequelize';
import { initModels } from './db/models/index';
import { serverRecordStore } from './db/server-record-store';
import { connectOrExit } from './boot/connect-or-exit';

// The control-plane worker: every workflow, plus the activities that write PostgreSQL.
// Warnings and errors only: at INFO the SDK prints webpack's module list on every boot.
Runtime.install({ logger: new DefaultLogger('WARN') });
const config = await connectOrExit('configuration', async () => loadWorkerConfig());
const sequelize = createSequelize(config.DATABASE_URL);
await connectOrExit(`PostgreSQL (DATABASE_URL)`, () => sequelize.authenticate());
initModels(sequelize);
const connection = await connectOrExit(`Temporal at ${config.TEMPORAL_ADDRESS}`, () =>
  NativeConnection.connect({ address: config.TEMPORAL_ADDRESS }),
);

const worker = await Worker.create({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: CONTROL_PLANE_TASK_QUEUE,
  workflowsPath: fileURLToPath(import.meta.resolve('@stellarstack/workflows')),
  activities: createControlPlaneActivities({ servers: serverRecordStore }),
});
console.log(`control-plane worker polling task queue ${CONTROL_PLANE_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
await worker.run();
await sequelize.close();
