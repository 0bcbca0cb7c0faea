import type { DockerRuntime } from '../runtime/docker-runtime';
import type { ServerRegistry } from '../servers/server-registry';

export interface NodeActivityDeps {
  runtime: DockerRuntime;
  servers: ServerRegistry;
  /** Absolute; server files live in `<dataDir>/servers/<serverId>`. */
  dataDir: string;
  /** The unprivileged user game processes run as and own their files as. */
  gameUid: number;
}
