import type { Client } from '@temporalio/client';
import type { Sequelize, Transaction } from 'sequelize';
import type { OperationStarted, OperationType } from '@stellarstack/contracts';
import { ServerRecord } from '../db/models/index';
import { conflict, notFound } from '../http/errors';
import { launchOperation } from './launch-operation';
import type { OperationInput } from './operation-inputs';
import { findRunningOperation } from './running-operation';
import { terminateIfRunning } from './terminate';

/** Power operations a kill may cut short; an install or delete half-done would leave a mess. */
const KILLABLE: readonly OperationType[] = ['start', 'stop', 'restart', 'kill'];

export interface OperationRequest<T extends OperationType> {
  serverId: string;
  type: T;
  /**
   * Refuses by the server's status (throw an HttpError) and renders the workflow input. Reads go
   * through `transaction`: asking the pool for a second connection while this one waits could
   * deadlock once parallel requests for the server hold every connection, queued on its row lock.
   */
  prepare(server: ServerRecord, transaction: Transaction): Promise<OperationInput<T>>;
}

/**
 * Starts an operation on an existing server, one at a time per server: the row lock
 * (SELECT … FOR UPDATE) serialises concurrent requests, and a workflow still running in
 * Temporal refuses the new one — except kill, which terminates it and goes ahead.
 */
export async function startOperation<T extends OperationType>(
  sequelize: Sequelize,
  temporal: Client,
  request: OperationRequest<T>,
): Promise<OperationStarted> {
  return sequelize.transaction(async (transaction) => {
    const server = await ServerRecord.findByPk(request.serverId, { transaction, lock: transaction.LOCK.UPDATE });
    if (!server) throw notFound('Server');
    const running = await findRunningOperation(temporal, server.id, transaction);
    if (running && !(request.type === 'kill' && KILLABLE.includes(running.type))) {
      throw conflict(
        'operation_in_progress',
        `The server's ${running.type} operation (${running.workflowId}) is still running; wait for it to finish${
          KILLABLE.includes(running.type) ? ' or kill the server' : ''
        }.`,
        { workflowId: running.workflowId, type: running.type },
      );
    }
    const input = await request.prepare(server, transaction);
    if (running) {
      await terminateIfRunning(temporal, running.workflowId, `Terminated by a kill of server ${server.id}.`);
      await running.update({ closedAt: new Date() }, { transaction });
    }
    return launchOperation(temporal, transaction, server, request.type, input);
  });
}
