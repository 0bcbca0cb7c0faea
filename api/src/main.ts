import pg from 'pg';
import { createApp } from './app';
import { createAuth } from './auth/auth';
import { announceAdmin, ensureAdmin } from './auth/ensure-admin';
import { trustedOrigins } from './auth/trusted-origins';
import { connectOrExit } from './boot/connect-or-exit';
import { loadApiConfig } from './config';
import { migrate } from './db/migrate';
import { initModels } from './db/models/index';
import { createSequelize } from './db/sequelize';
import { ensureLocalNode } from './nodes/ensure-local-node';
import { connectTemporal } from './temporal/client';

const config = await connectOrExit('configuration', async () => loadApiConfig());

const sequelize = createSequelize(config.DATABASE_URL);
await connectOrExit('PostgreSQL (DATABASE_URL)', () => sequelize.authenticate());
initModels(sequelize);
await connectOrExit('database migrations', () => migrate(sequelize));
const temporal = await connectOrExit(`Temporal at ${config.TEMPORAL_ADDRESS}`, () =>
  connectTemporal(config.TEMPORAL_ADDRESS, config.TEMPORAL_NAMESPACE),
);

const origins = trustedOrigins(config.PANEL_PORT, config.PUBLIC_URL);
const auth = createAuth({
  pool: new pg.Pool({ connectionString: config.DATABASE_URL }),
  secret: config.BETTER_AUTH_SECRET,
  baseURL: config.PUBLIC_URL ?? `http://localhost:${config.PANEL_PORT}`,
  trustedOrigins: origins,
});

if (config.LOCAL_NODE_TOKEN) {
  await ensureLocalNode({
    id: config.LOCAL_NODE_ID,
    token: config.LOCAL_NODE_TOKEN,
    url: config.LOCAL_NODE_URL,
    allocationIp: config.LOCAL_NODE_ALLOCATION_IP,
  });
}
announceAdmin(await ensureAdmin(auth, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD }));

const app = createApp({
  sequelize,
  temporal,
  auth,
  temporalUi: { url: config.TEMPORAL_UI_URL, namespace: config.TEMPORAL_NAMESPACE },
  timeouts: { startTimeoutSeconds: config.START_TIMEOUT_SECONDS, stopTimeoutSeconds: config.STOP_TIMEOUT_SECONDS },
  trustedOrigins: origins,
});
const server = app.listen(config.API_PORT, () => console.log(`StellarStack API listening on port ${config.API_PORT}`));
server.on('error', (error) => {
  console.error(`StellarStack could not start: port ${config.API_PORT}: ${error.message}`);
  process.exit(1);
});
