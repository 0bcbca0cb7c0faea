import type { Connection } from '@temporalio/client';
import { LauncherError } from './launcher-error';
import { findTemporalCli, TEMPORAL_CLI_MISSING } from './temporal-cli';
import { cliDevServer, sdkDevServer, type DevServer, type DevServerOptions } from './temporal-dev-server';
import { waitForTemporal } from './temporal-ready';
import { sdkDevServerAvailable } from './temporal-sdk-server';
import { ensureSearchAttributes } from './temporal-search-attributes';

// On two busy cores the dev server takes well over 5 s to serve its namespace.
const READY_TIMEOUT_MS = 90_000;
const EXTERNAL_READY_TIMEOUT_MS = 30_000;

export interface TemporalOptions extends DevServerOptions {
  /** Set: use that server and start nothing. */
  externalAddress?: string;
  cliPath?: string;
  /** False keeps the launcher from asking the Temporal SDK to download a dev server. */
  allowSdkDownload: boolean;
}

export interface TemporalHandle {
  address: string;
  /** The dev server's UI; undefined for an external server, whose UI we cannot know. */
  uiUrl: string | undefined;
  start(): Promise<void>;
  stop(graceMs: number): Promise<void>;
}

async function registerSearchAttributes(connection: Connection, namespace: string, log: (line: string) => void): Promise<void> {
  try {
    await ensureSearchAttributes(connection, namespace);
  } finally {
    await connection.close();
  }
  log(`[launcher] Temporal is serving namespace ${namespace}`);
}

/**
 * Finds how to run Temporal without starting it yet, so a missing binary is reported
 * before PostgreSQL and the rest are started.
 */
export async function prepareTemporal(options: TemporalOptions): Promise<TemporalHandle> {
  const { externalAddress, namespace, log } = options;
  if (externalAddress !== undefined) {
    return {
      address: externalAddress,
      uiUrl: undefined,
      async start() {
        const connection = await waitForTemporal(externalAddress, namespace, EXTERNAL_READY_TIMEOUT_MS, () => true).catch(
          (error: Error) => {
            throw new LauncherError(`${error.message} — check TEMPORAL_ADDRESS, or unset it to run the dev server.`);
          },
        );
        await registerSearchAttributes(connection, namespace, log);
      },
      async stop() {},
    };
  }

  const cli = findTemporalCli(options.cliPath, options.env);
  let server: DevServer;
  if (cli !== undefined) server = cliDevServer(cli, options);
  else if (options.allowSdkDownload && (await sdkDevServerAvailable())) server = sdkDevServer(options, TEMPORAL_CLI_MISSING);
  else throw new LauncherError(TEMPORAL_CLI_MISSING);

  const address = `127.0.0.1:${options.port}`;
  return {
    address,
    uiUrl: `http://localhost:${options.uiPort}`,
    async start() {
      await server.start();
      let connection: Connection;
      try {
        connection = await waitForTemporal(address, namespace, READY_TIMEOUT_MS, () => server.failure() === undefined);
      } catch (error) {
        await server.stop(2_000);
        const reason = server.failure() ?? (error as Error).message;
        throw new LauncherError(`Temporal did not start: ${reason} — is port ${options.port} or ${options.uiPort} taken? Set TEMPORAL_PORT / TEMPORAL_UI_PORT.`);
      }
      await registerSearchAttributes(connection, namespace, log);
    },
    stop: (graceMs) => server.stop(graceMs),
  };
}
