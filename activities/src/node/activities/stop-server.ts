import type { StopResult } from '@stellarstack/contracts';
import { serverContainerName } from '../runtime/container-names';
import { withHeartbeat } from './heartbeat';
import type { NodeActivityDeps } from './node-activity-deps';
import { TIMED_OUT, within } from './within';

/** Pterodactyl's convention: a stop "command" of ^C means send SIGINT. */
const SIGINT_STOP = '^C';

export function createStopServer(deps: NodeActivityDeps) {
  return async function stopServer(input: { serverId: string; stopCommand: string; timeoutSeconds: number }): Promise<StopResult> {
    const state = deps.servers.get(input.serverId);
    const name = serverContainerName(input.serverId);

    return state.runOperation(() =>
      withHeartbeat(async () => {
        const container = await deps.runtime.inspect(name);
        if (!container?.running) {
          state.setStatus('offline');
          return { stoppedBy: 'already-stopped' };
        }
        state.setStatus('stopping');
        if (input.stopCommand === SIGINT_STOP) {
          await deps.runtime.kill(name, 'SIGINT');
        } else {
          await state.attach(container.id);
          state.sendCommand(input.stopCommand);
        }

        let stoppedBy: StopResult['stoppedBy'] = 'command';
        if ((await within(deps.runtime.wait(name), input.timeoutSeconds * 1000)) === TIMED_OUT) {
          await deps.runtime.kill(name, 'SIGKILL');
          await deps.runtime.wait(name);
          stoppedBy = 'kill';
        }
        // The stopped container stays (like Wings) so its logs can still be read; start recreates it.
        state.setStatus('offline');
        return { stoppedBy };
      }),
    );
  };
}
