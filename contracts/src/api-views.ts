import type { OperationView } from './operations';
import type { ServerStatus } from './server-status';
import type { Allocation, ServerLimits } from './workflow-inputs';

/**
 * The bodies the API answers with, defined once: the API's serialisers return these types,
 * the panel and the tests read them. Field names are camelCase everywhere. Errors are
 * `ApiErrorBody` (errors.ts).
 */

/** `GET /api/me`: the signed-in user. */
export interface Me {
  id: string;
  email: string;
  name: string;
  rootAdmin: boolean;
}

/**
 * One server: each item of `GET /api/servers`, `GET /api/servers/:id`, and the 201 of
 * `POST /api/admin/servers`. Owners see only the egg variables marked user-viewable in
 * `environment`; root admins see all.
 */
export interface ServerView {
  id: string;
  name: string;
  ownerId: string;
  nodeId: string;
  eggId: string;
  /** The egg's name, `''` if the egg is gone. */
  eggName: string;
  status: ServerStatus;
  allocation: Allocation;
  limits: ServerLimits;
  /** The docker image chosen at creation; `null` means the egg's first (default) image. */
  image: string | null;
  environment: Record<string, string>;
  /** The last install script's output; `null` until an install has finished. */
  installOutput: string | null;
  /** ISO 8601. */
  createdAt: string;
}

/** One egg variable, as stored and returned; `rules` is the Pterodactyl/Laravel rule string. */
export interface EggVariable {
  envVariable: string;
  name: string;
  description: string;
  defaultValue: string;
  userViewable: boolean;
  userEditable: boolean;
  rules: string;
}

/**
 * One egg: each item of `GET /api/admin/eggs`, `GET /api/admin/eggs/:id`, and the 201 of
 * `POST /api/admin/eggs/import`.
 */
export interface EggView {
  id: string;
  name: string;
  author: string;
  description: string;
  /** Label → image, in the egg's order; the first one is the default. */
  dockerImages: Record<string, string>;
  startup: string;
  stopCommand: string;
  doneText: string[];
  variables: EggVariable[];
}

/** One node: each item of `GET /api/admin/nodes`. */
export interface NodeView {
  id: string;
  name: string;
  /** Where the API reaches the node-worker. */
  url: string;
  /** The IP servers on this node are reached on. */
  allocationIp: string;
  /** Heard from recently (heartbeat). */
  online: boolean;
}

/** One item of `GET /api/servers/:id/operations`, newest first. */
export type OperationListItem = OperationView & {
  /** The workflow in Temporal UI. */
  temporalUrl: string;
};

/** `GET /api/servers/:id/websocket`: the node's console socket and a short-lived token it accepts. */
export interface WebsocketGrant {
  url: string;
  token: string;
}

/** The 202 of power, reinstall and delete: the workflow just started. */
export interface OperationStarted {
  workflowId: string;
}

export type HealthState = 'ok' | 'error';

/** `GET /api/health` (public): 200 when `status` is `ok`, else 503. */
export interface HealthView {
  status: HealthState;
  database: HealthState;
  temporal: HealthState;
  nodes: Pick<NodeView, 'id' | 'name' | 'online'>[];
}
