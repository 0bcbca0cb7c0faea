import type { Client } from '@temporalio/client';
import type { Sequelize, Transaction } from 'sequelize';
import type { ServerLimits } from '@stellarstack/contracts';
import { EggRecord, NodeRecord, ServerRecord } from '../db/models/index';
import { isUuid } from '../db/uuid';
import { resolveEnvironment } from '../eggs/resolve-environment';
import { conflict, unprocessable } from '../http/errors';
import { pickPort } from '../nodes/node-client';
import { launchOperation } from '../temporal/launch-operation';
import { installInput } from './workflow-inputs';

export interface NewServer {
  name: string;
  ownerId: string;
  nodeId: string;
  eggId: string;
  limits: ServerLimits;
  port?: number;
  environment: Record<string, string>;
  image?: string;
}

function portInUse(nodeId: string, port: number) {
  return conflict('port_in_use', `Port ${port} is already allocated to a server on node ${nodeId}.`, { nodeId, port });
}

async function allocatedPorts(nodeId: string, transaction: Transaction): Promise<number[]> {
  const servers = await ServerRecord.findAll({ where: { nodeId }, attributes: ['allocationPort'], transaction });
  return servers.map((server) => server.allocationPort);
}

/**
 * Creates on one node take turns from the port check to the commit: otherwise parallel creates
 * all see the same ports taken, the node picks the same free one for each, and all but one fail.
 */
async function lockNodePorts(sequelize: Sequelize, nodeId: string, transaction: Transaction): Promise<void> {
  await sequelize.query('select pg_advisory_xact_lock(hashtext(:key))', { replacements: { key: `server-ports:${nodeId}` }, transaction });
}

/**
 * Checks everything first (egg, node, variables, port), then creates the row and starts
 * its install workflow in one transaction, so a refused request leaves nothing behind.
 */
export async function createServer(sequelize: Sequelize, temporal: Client, request: NewServer): Promise<ServerRecord> {
  const egg = isUuid(request.eggId) ? await EggRecord.findByPk(request.eggId) : null;
  if (!egg) throw unprocessable('unknown_egg', `There is no egg ${request.eggId}; import it first.`, { eggId: request.eggId });
  const node = await NodeRecord.findByPk(request.nodeId);
  if (!node) throw unprocessable('unknown_node', `There is no node ${request.nodeId}.`, { nodeId: request.nodeId });

  const resolved = resolveEnvironment(egg.variables, request.environment);
  if (!resolved.ok) throw unprocessable(resolved.code, resolved.message, resolved.details);

  return sequelize.transaction(async (transaction) => {
    await lockNodePorts(sequelize, node.id, transaction);
    const taken = await allocatedPorts(node.id, transaction);
    if (request.port !== undefined && taken.includes(request.port)) throw portInUse(node.id, request.port);
    const port = request.port ?? (await pickPort(node, taken));
    const server = await ServerRecord.create(
      {
        name: request.name,
        ownerId: request.ownerId,
        nodeId: node.id,
        eggId: egg.id,
        status: 'installing',
        allocationIp: node.allocationIp,
        allocationPort: port,
        memoryMb: request.limits.memoryMb,
        cpuPercent: request.limits.cpuPercent,
        diskMb: request.limits.diskMb,
        environment: resolved.environment,
        image: request.image ?? null,
        installOutput: null,
      },
      { transaction },
    );
    server.egg = egg;
    await launchOperation(temporal, transaction, server, 'install', installInput(server, egg));
    return server;
  });
}
