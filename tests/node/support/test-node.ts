import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { MockActivityEnvironment } from '@temporalio/testing';
import { ApplicationFailure } from '@temporalio/common';
import { DefaultLogger } from '@temporalio/worker';
import type { NodeActivities } from '@stellarstack/contracts';
import { createNodeActivities, DockerRuntime, ServerRegistry } from '@stellarstack/activities/src/node/index';

export const GAME_UID = 988;

/** What a node-worker process holds, without the process: its runtime, servers and activities. */
export interface TestNode {
  dataDir: string;
  runtime: DockerRuntime;
  registry: ServerRegistry;
  activities: NodeActivities;
  /** Server ids the registry reported as exited outside any activity. */
  exitedOnTheirOwn: string[];
}

/** A node as node-worker/src/main.ts wires it; several can share one Docker engine, told apart by data root. */
export function testNode(nodeId: string, dataDir: string): TestNode {
  const runtime = new DockerRuntime({ nodeId, dataRoot: dataDir });
  const exitedOnTheirOwn: string[] = [];
  const registry = new ServerRegistry(runtime, (serverId) => exitedOnTheirOwn.push(serverId));
  const activities = createNodeActivities({ runtime, servers: registry, dataDir, gameUid: GAME_UID });
  return { dataDir, runtime, registry, activities, exitedOnTheirOwn };
}

/** Activity failures are expected in several tests; the mock's per-failure warnings would bury the results. */
const quietLogger = new DefaultLogger('ERROR');

/** Runs one activity as Temporal would, with a mock activity context (heartbeats, cancellation). */
export function runActivity<K extends keyof NodeActivities>(
  activities: NodeActivities,
  name: K,
  ...args: Parameters<NodeActivities[K]>
): ReturnType<NodeActivities[K]> {
  const fn = activities[name] as (...a: Parameters<NodeActivities[K]>) => ReturnType<NodeActivities[K]>;
  // The hour the install workflow gives its attempts: the install activity stops a script before that runs out (the mock's default is 1 s).
  const info = { startToCloseTimeoutMs: 60 * 60 * 1000 };
  return new MockActivityEnvironment(info, { logger: quietLogger }).run(fn, ...args) as ReturnType<NodeActivities[K]>;
}

export async function failureOf(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApplicationFailure);
  return error as ApplicationFailure;
}

/** Creates (without starting) a container straight through the docker CLI, as a dead attempt or another stack leaves one. */
export function createLeftoverContainer(name: string, labels: Record<string, string>, command: string[] = ['true']): void {
  const labelArgs = Object.entries(labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]);
  execFileSync('docker', ['create', '--name', name, ...labelArgs, 'stellarstack/debian:bookworm', ...command], { stdio: 'ignore' });
}
