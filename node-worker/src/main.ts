// node-worker: one per machine. Docker check first, then the servers' state, the
// HTTP + console socket server, the Temporal worker for node.<NODE_ID>, and heartbeats.
import { once } from 'node:events';
import { createNodeActivities, DockerRuntime, ServerRegistry } from '@stellarstack/activities/src/node/index';
import { ApiClient } from './api-client';
import { loadConfig, type NodeConfig } from './config';
import { attachConsoleSocket } from './console-socket';
import { exitReporter } from './exit-reporter';
import { startHeartbeat } from './heartbeat-loop';
import { createNodeHttpServer } from './http-server';
import { errorMessage, log } from './log';
import { startTemporalWorker } from './temporal-worker';

/** Shutdown must finish within a few seconds even if something hangs. */
const SHUTDOWN_DEADLINE_MS = 8000;

/** Start-up problems are the operator's to fix: one line that says what, no stack trace. */
function fatal(message: string): never {
  console.error(`node-worker: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: NodeConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    fatal(errorMessage(error));
  }

  // The data root as well as the id: other stacks on this Docker engine may call their node `local` too.
  const runtime = new DockerRuntime({ nodeId: config.nodeId, dataRoot: config.dataDir });
  await runtime.ping().catch(() =>
    fatal(`Docker is not reachable at ${DockerRuntime.socketDescription()}: start the Docker engine (dockerd) or set DOCKER_HOST.`),
  );

  const api = new ApiClient(config);
  const servers = new ServerRegistry(runtime, exitReporter(api));
  await servers.restore();
  const stopWatchingExits = servers.watchExits();

  const httpServer = createNodeHttpServer({ nodeToken: config.nodeToken, servers, portRange: config.portRange });
  const io = attachConsoleSocket(httpServer, { ...config, servers });
  httpServer.listen(config.port);
  await Promise.race([
    once(httpServer, 'listening'),
    once(httpServer, 'error').then(([error]) => fatal(`cannot listen on port ${config.port}: ${errorMessage(error)}`)),
  ]);

  const activities = createNodeActivities({ runtime, servers, dataDir: config.dataDir, gameUid: config.gameUid });
  const worker = await startTemporalWorker({
    address: config.temporalAddress,
    namespace: config.temporalNamespace,
    nodeId: config.nodeId,
    activities,
  }).catch((error: unknown) => fatal(`Temporal is not reachable at ${config.temporalAddress}: ${errorMessage(error)}`));
  const stopHeartbeat = startHeartbeat(api);
  log(`node ${config.nodeId} ready: HTTP and console on port ${config.port}, task queue node.${config.nodeId}`);

  worker.done.catch((error: unknown) => fatal(`the Temporal worker stopped: ${errorMessage(error)}`));

  let shuttingDown = false;
  const shutdown = (signal: string): void => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: shutting down`);
    setTimeout(() => fatal('shutdown took too long; exiting anyway'), SHUTDOWN_DEADLINE_MS).unref();
    stopHeartbeat();
    stopWatchingExits();
    io.close();
    worker
      .shutdown()
      .catch((error: unknown) => log(`the Temporal worker did not stop cleanly: ${errorMessage(error)}`))
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => fatal(errorMessage(error)));
