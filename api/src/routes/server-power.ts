import { Router } from 'express';
import { z } from 'zod';
import { consoleCommandProblem, POWER_ACTIONS } from '@stellarstack/contracts';
import { currentUser } from '../auth/session-user';
import { NodeRecord } from '../db/models/index';
import { conflict } from '../http/errors';
import { validate } from '../http/validate';
import { sendCommand } from '../nodes/node-client';
import { findAccessibleServer } from '../servers/find-server';
import { powerServer, type OperationDeps } from '../servers/server-operations';

const powerBody = z.object({ action: z.enum(POWER_ACTIONS) });

const commandBody = z.object({
  command: z
    .string()
    .min(1)
    .max(1000)
    .superRefine((command, context) => {
      const problem = consoleCommandProblem(command);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
});

export function serverPowerRouter(deps: OperationDeps): Router {
  const router = Router();

  router.post('/:id/power', async (req, res) => {
    const server = await findAccessibleServer(req.params.id, currentUser(res));
    const { action } = validate(powerBody, req.body);
    res.status(202).json(await powerServer(deps, server.id, action));
  });

  router.post('/:id/command', async (req, res) => {
    const server = await findAccessibleServer(req.params.id, currentUser(res));
    const { command } = validate(commandBody, req.body);
    if (server.status === 'offline' || server.status === 'installing' || server.status === 'install_failed') {
      throw conflict('server_not_running', `The server is ${server.status}; start it before sending commands.`, { status: server.status });
    }
    const node = await NodeRecord.findByPk(server.nodeId, { rejectOnEmpty: true });
    await sendCommand(node, server.id, command);
    res.status(204).end();
  });

  return router;
}
