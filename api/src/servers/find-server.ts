import type { SessionUser } from '../auth/session-user';
import { ServerRecord } from '../db/models/index';
import { isUuid } from '../db/uuid';
import { notFound } from '../http/errors';

/** The server with its egg, if this user may see it; 404 otherwise, so others' servers are not revealed. */
export async function findAccessibleServer(id: string, user: SessionUser): Promise<ServerRecord> {
  const server = isUuid(id) ? await ServerRecord.findByPk(id, { include: 'egg' }) : null;
  if (!server || (!user.rootAdmin && server.ownerId !== user.id)) throw notFound('Server');
  return server;
}
