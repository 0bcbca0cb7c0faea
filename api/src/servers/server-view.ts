import type { ServerView } from '@stellarstack/contracts';
import type { ServerRecord } from '../db/models/index';

/**
 * The API's shape of a server (loaded with its egg). Owners see only the variables the
 * egg marks user-viewable, as in Pterodactyl; root admins see all.
 */
export function serverView(server: ServerRecord, viewerIsRootAdmin: boolean): ServerView {
  const variables = server.egg?.variables ?? [];
  const hidden = new Set(variables.filter((variable) => !variable.userViewable).map((variable) => variable.envVariable));
  const environment = viewerIsRootAdmin
    ? server.environment
    : Object.fromEntries(Object.entries(server.environment).filter(([name]) => !hidden.has(name)));
  return {
    id: server.id,
    name: server.name,
    ownerId: server.ownerId,
    nodeId: server.nodeId,
    eggId: server.eggId,
    eggName: server.egg?.name ?? '',
    status: server.status,
    allocation: { ip: server.allocationIp, port: server.allocationPort },
    limits: { memoryMb: server.memoryMb, cpuPercent: server.cpuPercent, diskMb: server.diskMb },
    image: server.image,
    environment,
    installOutput: server.installOutput,
    createdAt: server.createdAt.toISOString(),
  };
}
