import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { Client, Connection } from '@temporalio/client';
import {
  CONTROL_PLANE_TASK_QUEUE,
  OPERATION_WORKFLOWS,
  type ContainerSpec,
  type GrantedPermission,
  type StartResult,
  type StopResult,
} from '@stellarstack/contracts';
import { signConsoleToken } from '@stellarstack/contracts/console-token';
import { connectConsole, type ConsoleRecording } from './support/console-client';
import { startControlPlaneStub, type ControlPlaneRecord } from './support/control-plane-stub';
import { containersFor, removeTestContainers } from './support/docker-cleanup';
import { startFakeApi } from './support/fake-api';
import { freecivContainerSpec, freecivInstallSpec } from './support/freeciv-egg';
import { NODE_PORT, runNodeWorkerToExit, startNodeWorker, type NodeWorkerProcess } from './support/node-worker-process';
import { startTemporalDevServer, TEMPORAL_ADDRESS } from './support/temporal-dev-server';

const NODE_ID = 'nodetest';
const NODE_TOKEN = `node-token-${randomBytes(8).toString('hex')}`;
const serverId = `nw-${randomBytes(3).toString('hex')}`;
const GAME_PORT = 26400;
/** The row `show gold` prints; startup output has the same row, so only lines after the command count. */
const GOLD_ROW = /^gold\s+\+\s+4321 \(/;

/** Sends `show gold` and waits for its answer among the lines that arrive afterwards. */
async function expectGoldAnswer(recording: ConsoleRecording, send: () => unknown = () => recording.socket.emit('command', 'show gold')): Promise<void> {
  const from = recording.lines.length;
  await send();
  await expect.poll(() => recording.lines.slice(from).some((line) => GOLD_ROW.test(line)), { timeout: 10000 }).toBe(true);
}

let dataDir: string;
let temporal: { stop: () => Promise<void> };
let api: Awaited<ReturnType<typeof startFakeApi>>;
let controlPlane: { record: ControlPlaneRecord; stop: () => Promise<void> };
let client: Client;
let nodeWorker: NodeWorkerProcess;
const sockets: ConsoleRecording[] = [];

function nodeWorkerEnv(): Record<string, string> {
  return {
    NODE_ID,
    NODE_TOKEN,
    API_URL: api.url,
    TEMPORAL_ADDRESS,
    TEMPORAL_NAMESPACE: 'default',
    NODE_DATA_DIR: dataDir,
    PANEL_ORIGINS: 'http://localhost:3000',
  };
}

let sequence = 0;
function runWorkflow<T>(type: keyof typeof OPERATION_WORKFLOWS, input: object): Promise<T> {
  sequence += 1;
  return client.workflow.execute<(arg: object) => Promise<T>>(OPERATION_WORKFLOWS[type], {
    taskQueue: CONTROL_PLANE_TASK_QUEUE,
    workflowId: `server-${serverId}-${type}-${sequence}`,
    args: [input],
  });
}

function startWorkflow(container: ContainerSpec): Promise<StartResult> {
  return runWorkflow<StartResult>('start', { serverId, nodeId: NODE_ID, container, startTimeoutSeconds: 60 });
}

function token(permissions: GrantedPermission[], nodeId = NODE_ID): Promise<string> {
  return signConsoleToken({ userId: 'user-1', serverId, nodeId, permissions }, NODE_TOKEN);
}

async function authedConsole(permissions: GrantedPermission[] = ['control.console']): Promise<ConsoleRecording> {
  const recording = connectConsole();
  sockets.push(recording);
  recording.socket.emit('auth', await token(permissions));
  await expect.poll(() => recording.events.length, { timeout: 10000 }).toBeGreaterThanOrEqual(3);
  return recording;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'stellar-node-worker-test-'));
  temporal = await startTemporalDevServer();
  api = await startFakeApi();
  controlPlane = await startControlPlaneStub(TEMPORAL_ADDRESS);
  client = new Client({ connection: await Connection.connect({ address: TEMPORAL_ADDRESS }) });
  nodeWorker = await startNodeWorker(nodeWorkerEnv());
});

afterAll(async () => {
  for (const { socket } of sockets) socket.disconnect();
  await nodeWorker?.stop();
  await controlPlane?.stop();
  await client?.connection.close();
  await api?.close();
  await temporal?.stop();
  removeTestContainers([serverId]);
  await rm(dataDir, { recursive: true, force: true });
});

describe('node-worker process with Temporal, Docker and the freeciv egg', () => {
  it('says in one line what to fix when Docker is unreachable, and exits 1', async () => {
    const { code, output } = await runNodeWorkerToExit({ ...nodeWorkerEnv(), NODE_PORT: '8099', DOCKER_HOST: 'unix:///tmp/no-docker-here.sock' });
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toEqual([
      'node-worker: Docker is not reachable at unix:///tmp/no-docker-here.sock: start the Docker engine (dockerd) or set DOCKER_HOST.',
    ]);
  });

  it('heartbeats to the API with its node token', async () => {
    await expect
      .poll(() => api.requests.find((request) => request.path === `/api/internal/nodes/${NODE_ID}/heartbeat`), { timeout: 10000 })
      .toMatchObject({ method: 'POST', authorization: `Bearer ${NODE_TOKEN}` });
  });

  it('installs through the install workflow', async () => {
    const result = await runWorkflow<{ exitCode: number }>('install', {
      serverId,
      nodeId: NODE_ID,
      install: freecivInstallSpec(serverId, 4321),
    });
    expect(result).toEqual({ exitCode: 0 });
    expect(controlPlane.record.installs).toEqual([
      expect.objectContaining({ serverId, succeeded: true, output: expect.stringContaining('gold 4321') }),
    ]);
  });

  it('starts through the start workflow once the done text appears', async () => {
    expect(await startWorkflow(freecivContainerSpec(serverId, GAME_PORT))).toEqual({ adopted: false });
    expect(controlPlane.record.statuses.slice(-2).map((entry) => entry.status)).toEqual(['starting', 'running']);
  });

  it('console socket: auth success, status, history, then commands reach the game', async () => {
    const consoleSocket = await authedConsole();
    expect(consoleSocket.events.slice(0, 3)).toEqual(['auth success', 'status', 'console']);
    expect(consoleSocket.statuses).toEqual(['running']);
    expect(consoleSocket.lines.join('\n')).toContain('Now accepting new client connections on port');

    await expectGoldAnswer(consoleSocket);

    const before = consoleSocket.lines.length;
    consoleSocket.socket.emit('logs');
    await expect.poll(() => consoleSocket.lines.length, { timeout: 5000 }).toBeGreaterThan(before);
  });

  it('console socket: a new token on the same socket keeps the console going', async () => {
    const consoleSocket = await authedConsole();
    consoleSocket.socket.emit('auth', await token(['*']));
    await expect.poll(() => consoleSocket.events.filter((event) => event === 'auth success').length, { timeout: 5000 }).toBe(2);
    await expectGoldAnswer(consoleSocket);
    expect(consoleSocket.errors).toEqual([]);
  });

  it('console socket: refuses bad, expired and foreign tokens, and commands without permission', async () => {
    const consoleSocket = connectConsole();
    sockets.push(consoleSocket);
    consoleSocket.socket.emit('command', 'show gold');
    consoleSocket.socket.emit('auth', 'not-a-jwt');
    const expired = await new SignJWT({ userId: 'u', serverId, nodeId: NODE_ID, permissions: ['*'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(Math.floor(Date.now() / 1000) - 700)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 100)
      .sign(new TextEncoder().encode(NODE_TOKEN));
    consoleSocket.socket.emit('auth', expired);
    consoleSocket.socket.emit('auth', await token(['*'], 'another-node'));
    await expect
      .poll(() => consoleSocket.errors.map((error) => error.code), { timeout: 5000 })
      .toEqual(['not_authenticated', 'token_invalid', 'token_expired', 'token_invalid']);
    expect(consoleSocket.events).not.toContain('auth success');

    const readOnly = await authedConsole(['websocket.connect']);
    readOnly.socket.emit('command', 'show gold');
    await expect.poll(() => readOnly.errors.map((error) => error.code), { timeout: 5000 }).toEqual(['forbidden']);
  });

  it('console socket: ends the session when its token expires', async () => {
    const consoleSocket = connectConsole();
    sockets.push(consoleSocket);
    const shortLived = await new SignJWT({ userId: 'u', serverId, nodeId: NODE_ID, permissions: ['*'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + 2)
      .sign(new TextEncoder().encode(NODE_TOKEN));
    consoleSocket.socket.emit('auth', shortLived);
    await expect.poll(() => consoleSocket.events[0], { timeout: 5000 }).toBe('auth success');
    await expect.poll(() => consoleSocket.errors.map((error) => error.code), { timeout: 5000 }).toEqual(['token_expired']);
    consoleSocket.socket.emit('command', 'show gold');
    await expect.poll(() => consoleSocket.errors.map((error) => error.code), { timeout: 5000 }).toEqual(['token_expired', 'not_authenticated']);
  });

  it('HTTP: the API can write a console command, authenticated with the node token', async () => {
    const consoleSocket = await authedConsole();
    const send = (auth: string, body: unknown) =>
      fetch(`http://127.0.0.1:${NODE_PORT}/api/servers/${serverId}/command`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await send('Bearer wrong', { command: 'show gold' })).status).toBe(401);
    expect((await send(`Bearer ${NODE_TOKEN}`, { command: 'a\nb' })).status).toBe(400);
    await expectGoldAnswer(consoleSocket, async () => expect((await send(`Bearer ${NODE_TOKEN}`, { command: 'show gold' })).status).toBe(204));
  });

  it('HTTP: picks a port free on TCP and UDP, honouring exclude', async () => {
    const pick = async (exclude: number[]) => {
      const response = await fetch(`http://127.0.0.1:${NODE_PORT}/api/allocations/pick`, {
        method: 'POST',
        headers: { authorization: `Bearer ${NODE_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ exclude }),
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { port: number }).port;
    };
    const first = await pick([]);
    expect(first).toBeGreaterThanOrEqual(25565);
    expect(first).toBeLessThanOrEqual(26565);
    expect(await pick([first])).not.toBe(first);
  });

  it('re-attaches to the running server after a node-worker restart', async () => {
    expect(await nodeWorker.stop()).toBe(0);
    nodeWorker = await startNodeWorker(nodeWorkerEnv());
    const consoleSocket = await authedConsole();
    expect(consoleSocket.statuses).toEqual(['running']);
    expect(consoleSocket.lines.join('\n')).toContain('Now accepting new client connections on port');
    await expectGoldAnswer(consoleSocket);
  });

  it('stops through the stop workflow with the egg stop command', async () => {
    const result = await runWorkflow<StopResult>('stop', { serverId, nodeId: NODE_ID, stopCommand: 'quit', stopTimeoutSeconds: 30 });
    expect(result).toEqual({ stoppedBy: 'command' });
  });

  it('a start whose node-worker dies mid-way is retried on the restarted worker, which adopts the container', async () => {
    const base = freecivContainerSpec(serverId, GAME_PORT);
    const slow = { ...base, startupCommand: `sleep 6; ${base.startupCommand}` };
    const started = startWorkflow(slow);
    await expect.poll(() => containersFor(serverId).length, { timeout: 20000 }).toBe(1);
    await sleep(1000);
    nodeWorker.child.kill('SIGKILL');
    await sleep(500);
    nodeWorker = await startNodeWorker(nodeWorkerEnv());
    expect(await started).toEqual({ adopted: true });
    expect(containersFor(serverId)).toEqual([`stellar-${serverId}`]);
  });

  it('reports a process that exits on its own to the API, and the socket then says offline', async () => {
    const consoleSocket = await authedConsole();
    const response = await fetch(`http://127.0.0.1:${NODE_PORT}/api/servers/${serverId}/command`, {
      method: 'POST',
      headers: { authorization: `Bearer ${NODE_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ command: 'quit' }),
    });
    expect(response.status).toBe(204);
    await expect
      .poll(() => api.requests.find((request) => request.path === `/api/internal/nodes/${NODE_ID}/servers/${serverId}/status`), {
        timeout: 15000,
      })
      .toMatchObject({ authorization: `Bearer ${NODE_TOKEN}`, body: { status: 'offline' } });
    expect(consoleSocket.statuses.at(-1)).toBe('offline');
    consoleSocket.socket.emit('command', 'show gold');
    await expect.poll(() => consoleSocket.errors.map((error) => error.code), { timeout: 5000 }).toEqual(['server_offline']);
  });

  it('deletes through the delete workflow: container and files gone', async () => {
    await runWorkflow<void>('delete', { serverId, nodeId: NODE_ID });
    expect(containersFor(serverId)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'servers', serverId))).toBe(false);
    expect(controlPlane.record.deleted).toEqual([serverId]);
  });
});
