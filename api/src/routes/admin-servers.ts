import { Router } from 'express';
import { z } from 'zod';
import { currentUser } from '../auth/session-user';
import { validate } from '../http/validate';
import { createServer } from '../servers/create-server';
import { environmentSchema } from '../servers/environment-schema';
import { findAccessibleServer } from '../servers/find-server';
import { deleteServer, reinstallServer, type OperationDeps } from '../servers/server-operations';
import { serverView } from '../servers/server-view';

// 0 means unlimited, as in Pterodactyl; the columns are PostgreSQL integers.
const limit = z.number().int().min(0).max(2_147_483_647);

const createServerBody = z.object({
  name: z.string().trim().min(1).max(191),
  nodeId: z.string().min(1),
  // Pterodactyl's egg ids are numbers; ours are uuids. Either is looked up, and an unknown one is a 422.
  eggId: z.union([z.string().min(1), z.number()]).transform(String),
  limits: z.object({ memoryMb: limit, cpuPercent: limit, diskMb: limit }),
  // Below 1024 are the system's own services (ssh, http…), as Pterodactyl's allocations also refuse.
  allocation: z.object({ port: z.number().int().min(1024).max(65535) }).optional(),
  environment: environmentSchema.optional(),
  image: z.string().trim().min(1).optional(),
});

export function adminServersRouter(deps: OperationDeps): Router {
  const router = Router();

  router.post('/servers', async (req, res) => {
    const body = validate(createServerBody, req.body);
    const server = await createServer(deps.sequelize, deps.temporal, {
      name: body.name,
      ownerId: currentUser(res).id,
      nodeId: body.nodeId,
      eggId: body.eggId,
      limits: body.limits,
      port: body.allocation?.port,
      environment: body.environment ?? {},
      image: body.image,
    });
    res.status(201).json(serverView(server, true));
  });

  router.delete('/servers/:id', async (req, res) => {
    const server = await findAccessibleServer(req.params.id, currentUser(res));
    res.status(202).json(await deleteServer(deps, server.id));
  });

  router.post('/servers/:id/reinstall', async (req, res) => {
    const server = await findAccessibleServer(req.params.id, currentUser(res));
    res.status(202).json(await reinstallServer(deps, server.id));
  });

  return router;
}
