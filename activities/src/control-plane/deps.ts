import type { ServerStatus } from '@stellarstack/contracts';

/**
 * The storage the control-plane activities need. The API owns the database models and
 * hands in an implementation, so this package never imports the API.
 */
export interface ServerRecordStore {
  /**
   * Resolves false when the server no longer exists. With `endsOperation`, that operation is
   * recorded closed in the same transaction.
   */
  updateServer(serverId: string, changes: { status: ServerStatus; installOutput?: string }, endsOperation?: string): Promise<boolean>;
  /** Removes the server and everything recorded about it; a missing server is not an error. */
  deleteServer(serverId: string): Promise<void>;
}

export interface ControlPlaneActivityDeps {
  servers: ServerRecordStore;
}
