import { rm } from 'node:fs/promises';
import type { NodeActivityDeps } from './node-activity-deps';
import { installScriptDir, serverDir } from './server-paths';

export function createRemoveServer(deps: NodeActivityDeps) {
  /** Idempotent: a retry after a partial removal finishes the job. */
  return async function removeServer(input: { serverId: string }): Promise<void> {
    await deps.servers.get(input.serverId).runOperation(async () => {
      // By label, so an installer left behind by a failed install goes too.
      for (const container of await deps.runtime.listOwned({ serverId: input.serverId })) {
        await deps.runtime.remove(container.name);
      }
      await rm(serverDir(deps.dataDir, input.serverId), { recursive: true, force: true });
      await rm(installScriptDir(deps.dataDir, input.serverId), { recursive: true, force: true });
    });
    deps.servers.forget(input.serverId);
  };
}
