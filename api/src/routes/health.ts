import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { Sequelize } from 'sequelize';
import type { HealthView } from '@stellarstack/contracts';
import { NodeRecord } from '../db/models/index';
import { isNodeOnline } from '../nodes/online';
import { temporalAnswers } from '../temporal/client';

async function databaseAnswers(sequelize: Sequelize): Promise<boolean> {
  try {
    await sequelize.authenticate();
    return true;
  } catch {
    return false;
  }
}

/** Public, for the launcher and monitors: 503 names the part that is down. */
export function healthRouter(sequelize: Sequelize, temporal: Client): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const [database, temporalOk] = await Promise.all([databaseAnswers(sequelize), temporalAnswers(temporal)]);
    const nodes = database ? await NodeRecord.findAll({ order: [['id', 'ASC']] }) : [];
    const healthy = database && temporalOk;
    const body: HealthView = {
      status: healthy ? 'ok' : 'error',
      database: database ? 'ok' : 'error',
      temporal: temporalOk ? 'ok' : 'error',
      nodes: nodes.map((node) => ({ id: node.id, name: node.name, online: isNodeOnline(node.lastSeenAt) })),
    };
    res.status(healthy ? 200 : 503).json(body);
  });
  return router;
}
