import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { WebsocketGrant } from '@stellarstack/contracts';
import { signConsoleToken } from '@stellarstack/contracts/console-token';
import { currentUser } from '../auth/session-user';
import { NodeRecord, ServerRecord } from '../db/models/index';
import { findAccessibleServer } from '../servers/find-server';
import { serverView } from '../servers/server-view';
import { listOperations, type TemporalUi } from '../temporal/operation-views';

export function serversRouter(temporal: Client, temporalUi: TemporalUi): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const user = currentUser(res);
    const servers = await ServerRecord.findAll({
      where: user.rootAdmin ? {} : { ownerId: user.id },
      include: 'egg',
      order: [['createdAt', 'ASC']],
    });
    res.json(servers.map((server) => serverView(server, user.rootAdmin)));
  });

  router.get('/:id', async (req, res) => {
    const user = currentUser(res);
    res.json(serverView(await findAccessibleServer(req.params.id, user), user.rootAdmin));
  });

  router.get('/:id/operations', async (req, res) => {
    const server = await findAccessibleServer(req.params.id, currentUser(res));
    res.json(await listOperations(temporal, temporalUi, server.id));
  });

  /** Where the console socket lives (the node itself) and a short-lived token it will accept. */
  router.get('/:id/websocket', async (req, res) => {
    const user = currentUser(res);
    const server = await findAccessibleServer(req.params.id, user);
    const node = await NodeRecord.findByPk(server.nodeId, { rejectOnEmpty: true });
    // Only owners and root admins reach this far; subusers would get their own keys here.
    const token = await signConsoleToken({ userId: user.id, serverId: server.id, nodeId: node.id, permissions: ['*'] }, node.token);
    const grant: WebsocketGrant = { url: new URL(node.url).toString().replace(/\/$/, ''), token };
    res.json(grant);
  });

  return router;
}
