import { rmSync } from 'node:fs';
import type { Stack, StackPorts } from '../../launcher/src/stack';
import { EXTRA_PORTS, startTestStack, testDataDir } from './test-stacks';
import { freePortSet } from './free-ports';
import { removeStackContainers } from './test-containers';

export interface ExtraStackOptions {
  /** Names the data dir `.data/test-<name>-<api port>` and its log. */
  name: string;
  /** Start again on an earlier stack's data dir and ports (restart tests); default: fresh data, free ports. */
  reuse?: Stack;
  /** Exactly these ports, e.g. when a test occupies one on purpose; default: EXTRA_PORTS or the next free set. */
  ports?: StackPorts;
  /** ADMIN_PASSWORD for this start; default TEST_ADMIN's. */
  adminPassword?: string;
}

/**
 * A separate stack for tests that restart the whole stack or kill its processes, started by
 * the same code as `npm start`. Stop it (and its containers) with `stopExtraStack`.
 */
export async function startExtraStack(options: ExtraStackOptions): Promise<Stack> {
  const ports = options.reuse?.ports ?? options.ports ?? (await freePortSet(EXTRA_PORTS));
  const dataDir = options.reuse?.dataDir ?? testDataDir(options.name, ports);
  if (!options.reuse) rmSync(dataDir, { recursive: true, force: true });
  return startTestStack(dataDir, ports, options.adminPassword);
}

export async function stopExtraStack(stack: Stack | undefined): Promise<void> {
  if (!stack) return;
  await stack.stop();
  await removeStackContainers(stack.dataDir);
}
