import { rmSync } from 'node:fs';
import path from 'node:path';
import { startStack, type Stack } from '../../launcher/src/stack';
import { EXTRA_PORTS, REPO_ROOT, TEST_ADMIN, TEST_CHILD_ENV, testDataDir } from './test-stacks';
import type { StackPorts } from '../../launcher/src/config';
import { stackLog } from './stack-log';
import { removeStackContainers } from './test-containers';

export interface ExtraStackOptions {
  /** Names the data dir `.data/test-<name>` and its log. */
  name: string;
  /** Keep what an earlier start left in the data dir (restart tests); default: start fresh. */
  keepData?: boolean;
  ports?: StackPorts;
}

/**
 * A separate stack for tests that restart the whole stack or kill its processes, started by
 * the same code as `npm start`. Stop it (and its containers) with `stopExtraStack`.
 */
export async function startExtraStack(options: ExtraStackOptions): Promise<Stack> {
  const dataDir = testDataDir(options.name);
  if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
  return startStack({
    rootDir: REPO_ROOT,
    dataDir,
    ports: options.ports ?? EXTRA_PORTS,
    temporalNamespace: 'default',
    allowTemporalDownload: false,
    adminEmail: TEST_ADMIN.email,
    adminPassword: TEST_ADMIN.password,
    baseEnv: process.env,
    extraEnv: TEST_CHILD_ENV,
    log: stackLog(path.join(REPO_ROOT, '.data', `test-${options.name}.log`)),
  });
}

export async function stopExtraStack(stack: Stack | undefined): Promise<void> {
  if (!stack) return;
  await stack.stop();
  await removeStackContainers(stack.dataDir);
}
