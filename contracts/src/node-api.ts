import type { ServerStatus } from './server-status';

/**
 * HTTP between the API and node-workers. Both directions authenticate with
 * `Authorization: Bearer <node token>`, the secret the API stores for that node.
 */
export const NODE_HTTP = {
  /** API → node: write one line to the server's console. Body `{command}`; 204, or 409 when not running. */
  command: (serverId: string) => `/api/servers/${serverId}/command`,
  /** API → node: a port free on TCP and UDP on the node. Body `{exclude: number[]}` → `{port}`. */
  pickPort: '/api/allocations/pick',
} as const;

export const API_INTERNAL_HTTP = {
  /** node → API: "I am alive" every few seconds; body `{url?}`. */
  heartbeat: (nodeId: string) => `/api/internal/nodes/${nodeId}/heartbeat`,
  /** node → API: a status change that happened outside any workflow (the process exited on its own). */
  serverStatus: (nodeId: string, serverId: string) => `/api/internal/nodes/${nodeId}/servers/${serverId}/status`,
} as const;

export interface ServerStatusReport {
  status: ServerStatus;
  reason?: string;
}

export interface PickPortRequest {
  exclude: number[];
}

export interface PickPortResponse {
  port: number;
}
