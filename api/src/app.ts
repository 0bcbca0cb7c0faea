import express from 'express';
import { toNodeHandler } from 'better-auth/node';
import type { Client } from '@temporalio/client';
import type { Sequelize } from 'sequelize';
import type { Auth } from './auth/auth';
import { requireRootAdmin, requireSession } from './auth/require-session';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { adminEggsRouter } from './routes/admin-eggs';
import { adminNodesRouter } from './routes/admin-nodes';
import { adminServersRouter } from './routes/admin-servers';
import { healthRouter } from './routes/health';
import { internalNodesRouter } from './routes/internal-nodes';
import { meRouter } from './routes/me';
import { serverPowerRouter } from './routes/server-power';
import { serversRouter } from './routes/servers';
import type { PowerTimeouts } from './servers/workflow-inputs';
import type { TemporalUi } from './temporal/operation-views';

export interface AppDeps {
  sequelize: Sequelize;
  temporal: Client;
  auth: Auth;
  temporalUi: TemporalUi;
  timeouts: PowerTimeouts;
}

/** Egg exports with long install scripts run to a few hundred KB; leave generous room. */
const JSON_BODY_LIMIT = '5mb';

export function createApp({ sequelize, temporal, auth, temporalUi, timeouts }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');

  // better-auth reads the raw body itself, so it is mounted before the JSON parser.
  app.all('/api/auth/{*rest}', toNodeHandler(auth));
  app.use(express.json({ limit: JSON_BODY_LIMIT }));

  app.use('/api', healthRouter(sequelize, temporal));
  app.use('/api/internal', internalNodesRouter());

  const operationDeps = { sequelize, temporal, timeouts };
  app.use('/api', requireSession(auth));
  app.use('/api', meRouter());
  app.use('/api/servers', serversRouter(temporal, temporalUi), serverPowerRouter(operationDeps));
  app.use('/api/admin', requireRootAdmin, adminEggsRouter(), adminNodesRouter(), adminServersRouter(operationDeps));

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
