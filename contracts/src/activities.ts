import type { ServerStatus } from './server-status';
import type { ContainerSpec, InstallSpec } from './workflow-inputs';

export interface InstallResult {
  exitCode: number;
  /** The installer's output (the last part when it is very long). */
  output: string;
}

export interface StartResult {
  /** True when a retried attempt found the container already running and adopted it. */
  adopted: boolean;
}

export interface StopResult {
  /** How the process ended: the egg's stop command, or a kill after the timeout. */
  stoppedBy: 'command' | 'kill' | 'already-stopped';
}

/** Activities served by each node-worker on task queue `node.<nodeId>`. */
export interface NodeActivities {
  /** Runs the egg's install script; resolves with its exit code and output, throws only when it could not run. */
  installServer(spec: InstallSpec): Promise<InstallResult>;
  /** Creates (or adopts) the container and resolves once a done text appears in output since that start. */
  startServer(input: { container: ContainerSpec; timeoutSeconds: number }): Promise<StartResult>;
  /** Sends the stop command and waits; kills only after the timeout. */
  stopServer(input: { serverId: string; stopCommand: string; timeoutSeconds: number }): Promise<StopResult>;
  killServer(input: { serverId: string }): Promise<void>;
  /** Removes the server's container and files. */
  removeServer(input: { serverId: string }): Promise<void>;
}

/**
 * The status write that ends an operation names it (its workflow ID): the operation is
 * recorded closed in the same transaction, so the API accepts the next operation as soon
 * as the new status shows, not a moment later when Temporal closes the workflow.
 */
export interface StatusChange {
  serverId: string;
  status: ServerStatus;
  endsOperation?: string;
}

/** Activities served by the control plane on task queue `control-plane`. */
export interface ControlPlaneActivities {
  setServerStatus(input: StatusChange): Promise<void>;
  recordInstallResult(input: { serverId: string; succeeded: boolean; output: string; endsOperation: string }): Promise<void>;
  deleteServerRecords(input: { serverId: string }): Promise<void>;
}
