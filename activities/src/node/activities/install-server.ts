import { once } from 'node:events';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Context } from '@temporalio/activity';
import type { InstallResult, InstallSpec } from '@stellarstack/contracts';
import { installerContainerName } from '../runtime/container-names';
import { installerContainerOptions } from '../runtime/container-options';
import { chownTree } from './chown-tree';
import { withHeartbeat } from './heartbeat';
import type { NodeActivityDeps } from './node-activity-deps';
import { OutputTail } from './output-tail';
import { installScriptDir, serverDir } from './server-paths';
import { TIMED_OUT, within } from './within';

/** How long to wait for the last output after the installer exited. */
const OUTPUT_DRAIN_MS = 2000;

/**
 * Room left before Temporal's start-to-close timeout. A script that never ends must be stopped
 * here: if Temporal timed the attempt out instead, it would retry it, and hang again, forever.
 */
const DEADLINE_MARGIN_MS = 30_000;

/** What `timeout(1)` exits with, so the install output reads like a timeout anywhere else. */
const TIMED_OUT_EXIT_CODE = 124;

export function createInstallServer(deps: NodeActivityDeps) {
  return async function installServer(spec: InstallSpec): Promise<InstallResult> {
    const budgetMs = Context.current().info.startToCloseTimeoutMs - DEADLINE_MARGIN_MS;
    const deadline = Date.now() + budgetMs;
    const state = deps.servers.get(spec.serverId);
    const name = installerContainerName(spec.serverId);
    const dir = serverDir(deps.dataDir, spec.serverId);
    const scriptDir = installScriptDir(deps.dataDir, spec.serverId);

    return state.runOperation(() =>
      withHeartbeat(async () => {
        state.setStatus('installing');
        try {
          // A retried attempt: the earlier attempt's installer may still be there.
          await deps.runtime.remove(name);
          await deps.runtime.ensureImage(spec.image);
          await mkdir(dir, { recursive: true });
          await mkdir(scriptDir, { recursive: true });
          // The contract promises LF, but a stray \r would make bash fail with "$'\r': command not found".
          await writeFile(path.join(scriptDir, 'install.sh'), spec.script.replace(/\r\n/g, '\n'), { mode: 0o755 });

          await deps.runtime.create(installerContainerOptions(spec, { serverDir: dir, scriptDir }));
          const output = await deps.runtime.attachOutput(name);
          const tail = new OutputTail();
          output.on('data', (chunk: Buffer) => tail.append(chunk));
          const drained = once(output, 'end').catch(() => undefined);
          await deps.runtime.start(name);
          const exited = await within(deps.runtime.wait(name), deadline - Date.now());
          const timedOut = exited === TIMED_OUT;
          if (timedOut) await deps.runtime.kill(name, 'SIGKILL');
          await within(drained, OUTPUT_DRAIN_MS);
          await deps.runtime.remove(name);

          await chownTree(dir, deps.gameUid);
          const note = timedOut ? `\nThe install script did not finish within ${Math.round(budgetMs / 1000)} s, so it was stopped.` : '';
          return { exitCode: timedOut ? TIMED_OUT_EXIT_CODE : exited, output: tail.finish() + note };
        } finally {
          await rm(scriptDir, { recursive: true, force: true });
          state.setStatus('offline');
        }
      }),
    );
  };
}
