import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LauncherError } from './launcher-error';

/** Every port the stack listens on; all configurable so tests can run a second stack beside a dev one. */
export interface StackPorts {
  api: number;
  panel: number;
  node: number;
  temporal: number;
  temporalUi: number;
  postgres: number;
}

export interface StackOptions {
  /** The repository root: where `api/`, `node-worker/`, `nuxt-panel/` live. */
  rootDir: string;
  /** Absolute; PostgreSQL, Temporal's SQLite file, secrets and the node's server files live here. */
  dataDir: string;
  ports: StackPorts;
  /** Use this PostgreSQL instead of starting the embedded one. */
  databaseUrl?: string;
  /** Use this Temporal server instead of starting the dev server. */
  temporalAddress?: string;
  temporalNamespace: string;
  /** Where the admin finds Temporal UI; derived from the UI port when the launcher runs the dev server. */
  temporalUiUrl?: string;
  temporalCliPath?: string;
  /** False keeps the launcher from letting the Temporal SDK download a dev server (it needs internet). */
  allowTemporalDownload: boolean;
  adminEmail?: string;
  adminPassword?: string;
  publicUrl?: string;
  /** The environment every child starts from (PATH, DOCKER_HOST, …); the launcher adds its own variables on top. */
  baseEnv: NodeJS.ProcessEnv;
  /** Extra variables for every child, e.g. the tests' short workflow timeouts. */
  extraEnv?: Record<string, string>;
  /** Receives every output line: the launcher's own and the children's, already prefixed. */
  log: (line: string) => void;
}

export const DEFAULT_PORTS: StackPorts = {
  api: 3001,
  panel: 3000,
  node: 8080,
  temporal: 7233,
  temporalUi: 8233,
  // Not 5432, so a system PostgreSQL on the same machine does not collide.
  postgres: 54329,
};

/** launcher/src → repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new LauncherError(`${name}=${raw} is not a port number — set it to a free TCP port (1-65535).`);
  }
  return value;
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** The options `npm start` runs with: the documented variables, defaults for the rest. */
export function stackOptionsFromEnv(env: NodeJS.ProcessEnv, log: (line: string) => void): StackOptions {
  return {
    rootDir: REPO_ROOT,
    dataDir: path.resolve(REPO_ROOT, optional(env, 'DATA_DIR') ?? '.data'),
    ports: {
      api: port(env, 'API_PORT', DEFAULT_PORTS.api),
      panel: port(env, 'PANEL_PORT', DEFAULT_PORTS.panel),
      node: port(env, 'NODE_PORT', DEFAULT_PORTS.node),
      temporal: port(env, 'TEMPORAL_PORT', DEFAULT_PORTS.temporal),
      temporalUi: port(env, 'TEMPORAL_UI_PORT', DEFAULT_PORTS.temporalUi),
      postgres: port(env, 'POSTGRES_PORT', DEFAULT_PORTS.postgres),
    },
    databaseUrl: optional(env, 'DATABASE_URL'),
    temporalAddress: optional(env, 'TEMPORAL_ADDRESS'),
    temporalNamespace: optional(env, 'TEMPORAL_NAMESPACE') ?? 'default',
    temporalUiUrl: optional(env, 'TEMPORAL_UI_URL'),
    temporalCliPath: optional(env, 'TEMPORAL_CLI_PATH'),
    allowTemporalDownload: env.TEMPORAL_SDK_DOWNLOAD !== 'false',
    adminEmail: optional(env, 'ADMIN_EMAIL'),
    adminPassword: optional(env, 'ADMIN_PASSWORD'),
    publicUrl: optional(env, 'PUBLIC_URL'),
    baseEnv: env,
    log,
  };
}
