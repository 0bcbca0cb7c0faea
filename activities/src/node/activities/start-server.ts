import { mkdir } from 'node:fs/promises';
import { ApplicationFailure } from '@temporalio/common';
import type { ContainerSpec, StartResult } from '@stellarstack/contracts';
import { serverContainerName } from '../runtime/container-names';
import { serverContainerOptions } from '../runtime/container-options';
import { withHeartbeat } from './heartbeat';
import type { NodeActivityDeps } from './node-activity-deps';
import { serverDir } from './server-paths';
import { waitForStartup } from './wait-for-startup';

/** Output lines quoted when the process exits before it is up. */
const LAST_LINES = 20;

export function createStartServer(deps: NodeActivityDeps) {
  /** Creates a fresh container from the current spec, attached before it starts so no output is missed. */
  async function createAndStart(spec: ContainerSpec, name: string): Promise<void> {
    await deps.runtime.remove(name);
    await deps.runtime.ensureImage(spec.image);
    const dir = serverDir(deps.dataDir, spec.serverId);
    await mkdir(dir, { recursive: true });
    const imageHasEntrypoint = await deps.runtime.imageHasEntrypoint(spec.image);
    const id = await deps.runtime.create(serverContainerOptions(spec, { serverDir: dir, gameUid: deps.gameUid, imageHasEntrypoint }));
    await deps.servers.get(spec.serverId).attach(id);
    await deps.runtime.start(name);
  }

  return async function startServer(input: { container: ContainerSpec; timeoutSeconds: number }): Promise<StartResult> {
    const spec = input.container;
    const state = deps.servers.get(spec.serverId);
    const name = serverContainerName(spec.serverId);

    return state.runOperation(() =>
      withHeartbeat(async () => {
        // Fails for good, before the status changes, when the container of that name is another node's.
        const existing = await deps.runtime.inspect(name);
        state.setStatus('starting');
        // Running already means an earlier attempt started it before its node-worker died: adopt it,
        // so there is only ever one container. A stopped one is recreated from the current spec.
        const adopted = existing?.running === true;
        if (adopted) await state.attach(existing.id);
        else {
          // A container Docker refused to create or start is not starting: consoles must not keep saying so.
          await createAndStart(spec, name).catch((error: unknown) => {
            state.setStatus('offline');
            throw error;
          });
        }

        const started = await deps.runtime.inspect(name);
        // Retryable: the next attempt creates it again.
        if (!started) throw new Error(`Container ${name} disappeared while it was starting.`);
        const outcome = await waitForStartup(deps, state, {
          container: name,
          startedAt: started.startedAt,
          doneText: spec.doneText,
          timeoutMs: input.timeoutSeconds * 1000,
        });
        if (outcome === 'done') {
          state.setStatus('running');
          return { adopted };
        }

        if (outcome === 'timeout') {
          await deps.runtime.kill(name, 'SIGKILL');
          await deps.runtime.wait(name);
        }
        state.setStatus('offline');
        const reason =
          outcome === 'exited'
            ? `The server process exited (code ${await deps.runtime.wait(name)}) before printing ${doneTextList(spec)}.`
            : `The server did not print ${doneTextList(spec)} within ${input.timeoutSeconds} s, so it was killed.`;
        throw ApplicationFailure.nonRetryable(
          reason + (await lastOutput(name)),
          outcome === 'exited' ? 'ServerExitedDuringStart' : 'StartTimedOut',
        );
      }),
    );
  };

  /** The end of the output, so the operator sees why without opening the node's logs. */
  async function lastOutput(name: string): Promise<string> {
    const text = (await deps.runtime.logs(name, { tail: LAST_LINES }).catch(() => '')).replace(/\r/g, '').trimEnd();
    return text ? `\nLast output:\n${text}` : '\nIt printed nothing.';
  }
}

function doneTextList(spec: ContainerSpec): string {
  return spec.doneText.map((text) => `"${text}"`).join(' or ');
}
