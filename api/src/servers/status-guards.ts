import type { OperationType, ServerStatus } from '@stellarstack/contracts';
import { conflict } from '../http/errors';

const POWER_OPERATIONS: readonly OperationType[] = ['start', 'stop', 'restart', 'kill'];

/** Throws 409 when the server's status rules the operation out (running operations are checked separately). */
export function assertStatusAllows(type: OperationType, status: ServerStatus): void {
  if (POWER_OPERATIONS.includes(type)) {
    if (status === 'installing') {
      throw conflict('server_installing', 'The server is still installing; wait for the install to finish.', { status });
    }
    if (status === 'install_failed') {
      throw conflict('install_failed', "The server's install failed; see its install output, fix the egg or variables, then reinstall.", { status });
    }
  }
  if (type === 'start' && (status === 'running' || status === 'starting')) {
    throw conflict('already_running', `The server is already ${status}.`, { status });
  }
  if (type === 'install' && (status === 'running' || status === 'starting' || status === 'stopping')) {
    throw conflict('server_running', `The server is ${status}; stop it before reinstalling.`, { status });
  }
}
