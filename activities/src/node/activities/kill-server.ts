import { serverContainerName } from '../runtime/container-names';
import type { NodeActivityDeps } from './node-activity-deps';

export function createKillServer(deps: NodeActivityDeps) {
  return async function killServer(input: { serverId: string }): Promise<void> {
    const state = deps.servers.get(input.serverId);
    const name = serverContainerName(input.serverId);
    await state.runOperation(async () => {
      if ((await deps.runtime.inspect(name))?.running) {
        await deps.runtime.kill(name, 'SIGKILL');
        await deps.runtime.wait(name);
      }
      state.setStatus('offline');
    });
  };
}
