import { Router } from 'express';
import { z } from 'zod';
import { SERVER_STATUSES } from '@stellarstack/contracts';
import { ServerRecord } from '../db/models/index';
import { isUuid } from '../db/uuid';
import { notFound } from '../http/errors';
import { validate } from '../http/validate';
import { authenticatedNode, requireNodeToken } from '../nodes/require-node-token';

const heartbeatBody = z.object({ url: z.url({ protocol: /^https?$/ }).optional() }).optional();
const statusBody = z.object({ status: z.enum(SERVER_STATUSES), reason: z.string().optional() });

/** node → API, authenticated with the node's own token. */
export function internalNodesRouter(): Router {
  const router = Router();
  router.use('/nodes/:nodeId', requireNodeToken);

  router.post('/nodes/:nodeId/heartbeat', async (req, res) => {
    const body = validate(heartbeatBody, req.body);
    const node = authenticatedNode(res);
    // A node may announce where it is reachable; otherwise the configured URL stays.
    await node.update({ lastSeenAt: new Date(), ...(body?.url ? { url: body.url } : {}) });
    res.status(204).end();
  });

  router.post('/nodes/:nodeId/servers/:id/status', async (req, res) => {
    const { status, reason } = validate(statusBody, req.body);
    const node = authenticatedNode(res);
    const server = isUuid(req.params.id) ? await ServerRecord.findOne({ where: { id: req.params.id, nodeId: node.id } }) : null;
    if (!server) throw notFound('Server');
    await server.update({ status });
    // Changes outside any workflow leave no Temporal history, so this line is their record.
    console.log(`node ${node.id}: server ${server.id} is now ${status}${reason ? ` (${reason})` : ''}`);
    res.status(204).end();
  });

  return router;
}
