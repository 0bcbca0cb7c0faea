import path from 'node:path';
import { describeExit, spawnChild, type ManagedChild } from './child-process';
import { LauncherError } from './launcher-error';
import { loadSdkDevServer } from './temporal-sdk-server';
import { searchAttributeFlags } from './temporal-search-attributes';

export interface DevServerOptions {
  dataDir: string;
  port: number;
  uiPort: number;
  namespace: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

/** A Temporal dev server the launcher owns, however it is run. */
export interface DevServer {
  start(): Promise<void>;
  stop(graceMs: number): Promise<void>;
  /** Why it stopped on its own (a crash message), or undefined while it runs. */
  failure(): string | undefined;
}

/** `temporal server start-dev` as our own child: output prefixed, stopped with the stack. */
export function cliDevServer(cli: string, options: DevServerOptions): DevServer {
  let child: ManagedChild | undefined;
  let exitMessage: string | undefined;
  return {
    async start() {
      exitMessage = undefined;
      const started = spawnChild(
        {
          name: 'temporal',
          command: cli,
          args: [
            'server', 'start-dev',
            '--db-filename', path.join(options.dataDir, 'temporal.db'),
            '--ip', '127.0.0.1',
            '--port', String(options.port),
            '--ui-port', String(options.uiPort),
            '--namespace', options.namespace,
            // Its warnings are mostly shutdown chatter; errors still show.
            '--log-level', 'error',
            ...searchAttributeFlags(),
          ],
          cwd: options.cwd,
          env: options.env,
        },
        options.log,
      );
      child = started;
      void started.exited.then((exit) => {
        exitMessage = `the Temporal dev server ${describeExit(exit)}: ${started.recentOutput().at(-1) ?? 'no output'}`;
      });
    },
    async stop(graceMs) {
      await child?.stop(graceMs);
    },
    failure: () => exitMessage,
  };
}

/** The dev server the Temporal SDK downloads and runs itself (needs internet once). */
export function sdkDevServer(options: DevServerOptions, missingMessage: string): DevServer {
  let teardown: (() => Promise<void>) | undefined;
  return {
    async start() {
      options.log('[launcher] no temporal binary found; asking the Temporal SDK to download its dev server');
      const environment = await loadSdkDevServer({
        dbFilename: path.join(options.dataDir, 'temporal.db'),
        port: options.port,
        uiPort: options.uiPort,
        namespace: options.namespace,
      });
      if (!environment) throw new LauncherError(missingMessage);
      teardown = () => environment.teardown();
    },
    async stop() {
      await teardown?.();
      teardown = undefined;
    },
    failure: () => undefined,
  };
}
