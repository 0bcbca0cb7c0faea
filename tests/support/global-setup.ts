import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Stack } from '../../launcher/src/stack';
import { LauncherError } from '../../launcher/src/launcher-error';
import type { ProvidedStack } from './provided-stack';
import { freePortSet } from './free-ports';
import { removeStackContainers } from './test-containers';
import { REPO_ROOT, SHARED_PORTS, TEST_ADMIN, startTestStack, testDataDir } from './test-stacks';

/**
 * Once per `npm test`: the local game images, then ONE stack on test ports, started by
 * the same code as `npm start`, with a fresh data dir and a known admin.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Cached after the first build; the script says so and returns at once.
  execFileSync('bash', [path.join(REPO_ROOT, 'test-images', 'build.sh')], { stdio: 'inherit' });

  const ports = await freePortSet(SHARED_PORTS);
  const dataDir = testDataDir('stack', ports);
  rmSync(dataDir, { recursive: true, force: true });
  const logFile = `${dataDir}.log`;
  rmSync(logFile, { force: true });
  process.stdout.write(`test stack: starting (its output: ${logFile})\n`);

  let stack: Stack;
  try {
    stack = await startTestStack(dataDir, ports);
  } catch (error) {
    // One readable line beats vitest's stack trace of our start-up code.
    throw new Error(`test stack did not start: ${error instanceof LauncherError ? error.message : String(error)} (log: ${logFile})`);
  }

  const provided: ProvidedStack = {
    urls: stack.urls,
    panelUrl: stack.urls.panel,
    admin: { ...TEST_ADMIN },
    dataDir,
  };
  project.provide('stack', provided);

  return async () => {
    await stack.stop();
    await removeStackContainers(dataDir);
  };
}
