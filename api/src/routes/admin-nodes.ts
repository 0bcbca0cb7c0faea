import { Router } from 'express';
import type { NodeView } from '@stellarstack/contracts';
import { NodeRecord } from '../db/models/index';
import { isNodeOnline } from '../nodes/online';

function nodeView(node: NodeRecord): NodeView {
  return {
    id: node.id,
    name: node.name,
    url: node.url,
    allocationIp: node.allocationIp,
    online: isNodeOnline(node.lastSeenAt),
  };
}

export function adminNodesRouter(): Router {
  const router = Router();
  router.get('/nodes', async (_req, res) => {
    const nodes = await NodeRecord.findAll({ order: [['id', 'ASC']] });
    res.json(nodes.map(nodeView));
  });
  return router;
}
