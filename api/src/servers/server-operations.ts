import type { Client } from '@temporalio/client';
import type { Sequelize, Transaction } from 'sequelize';
import type { PowerAction } from '@stellarstack/contracts';
import { EggRecord, type ServerRecord } from '../db/models/index';
import type { OperationInput } from '../temporal/operation-inputs';
import { startOperation } from '../temporal/start-operation';
import { assertStatusAllows } from './status-guards';
import { installInput, restartInput, serverTarget, startInput, stopInput, type PowerTimeouts } from './workflow-inputs';

export interface OperationDeps {
  sequelize: Sequelize;
  temporal: Client;
  timeouts: PowerTimeouts;
}

const POWER_INPUTS: { [A in PowerAction]: (server: ServerRecord, egg: EggRecord, timeouts: PowerTimeouts) => OperationInput<A> } = {
  start: startInput,
  stop: stopInput,
  restart: restartInput,
  kill: (server) => serverTarget(server),
};

async function eggOf(server: ServerRecord, transaction: Transaction): Promise<EggRecord> {
  const egg = await EggRecord.findByPk(server.eggId, { transaction });
  if (!egg) throw new Error(`Server ${server.id} refers to missing egg ${server.eggId}`);
  return egg;
}

export function powerServer({ sequelize, temporal, timeouts }: OperationDeps, serverId: string, action: PowerAction) {
  return startOperation(sequelize, temporal, {
    serverId,
    type: action,
    async prepare(server, transaction) {
      assertStatusAllows(action, server.status);
      return POWER_INPUTS[action](server, await eggOf(server, transaction), timeouts);
    },
  });
}

/** Runs the egg's install script again over the server's files, as Pterodactyl's reinstall does. */
export function reinstallServer({ sequelize, temporal }: OperationDeps, serverId: string) {
  return startOperation(sequelize, temporal, {
    serverId,
    type: 'install',
    async prepare(server, transaction) {
      assertStatusAllows('install', server.status);
      return installInput(server, await eggOf(server, transaction));
    },
  });
}

export function deleteServer({ sequelize, temporal }: OperationDeps, serverId: string) {
  return startOperation(sequelize, temporal, {
    serverId,
    type: 'delete',
    async prepare(server) {
      return serverTarget(server);
    },
  });
}
