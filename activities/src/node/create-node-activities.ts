import type { NodeActivities } from '@stellarstack/contracts';
import { createInstallServer } from './activities/install-server';
import { createKillServer } from './activities/kill-server';
import type { NodeActivityDeps } from './activities/node-activity-deps';
import { createRemoveServer } from './activities/remove-server';
import { createStartServer } from './activities/start-server';
import { createStopServer } from './activities/stop-server';

/** The activities a node-worker registers on `node.<nodeId>` (samples-typescript's dependency-injection style). */
export function createNodeActivities(deps: NodeActivityDeps): NodeActivities {
  return {
    installServer: createInstallServer(deps),
    startServer: createStartServer(deps),
    stopServer: createStopServer(deps),
    killServer: createKillServer(deps),
    removeServer: createRemoveServer(deps),
  };
}
