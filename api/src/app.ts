import express from 'express';
import { toNodeHandler } from 'better-auth/node';
import type { Client } from '@temporalio/client';
import type { Sequelize } from 'sequelize';
import type { Auth } from './auth/auth';
import { requireRootAdmin, requireSession } from './auth/require-session';
import { requireTrustedOrigin } from './auth/require-trusted-origin';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { requireStorableBody } from './http/storable-body';
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
  /** Origins whose pages may change things with the session cookie (the panel's). */
  trustedOrigins: string[];
}

/** Egg exports with long install scripts run to a few hundred KB; leave generous room. */
const JSON_BODY_LIMIT = '5mb';

export function createApp({ sequelize, temporal, auth, temporalUi, timeouts, trustedOrigins }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');

  // better-auth reads the raw body itself, so it is mounted before the JSON parser.
  app.all('/api/auth/{*rest}', toNodeHandler(auth));
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(requireStorableBody);

  app.use('/api', healthRouter(sequelize, temporal));
  app.use('/api/internal', internalNodesRouter());

  const operationDeps = { sequelize, temporal, timeouts };
  app.use('/api', requireTrustedOrigin(trustedOrigins), requireSession(auth));
  app.use('/api', meRouter());
  app.use('/api/servers', serversRouter(temporal, temporalUi), serverPowerRouter(operationDeps));
  app.use('/api/admin', requireRootAdmin, adminEggsRouter(), adminNodesRouter(), adminServersRouter(operationDeps));

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
