import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StackPorts } from '../../launcher/src/config';
import { startStack, type Stack } from '../../launcher/src/stack';
import { stackLog } from './stack-log';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared stack every test file uses (shifted when taken, see free-ports.ts); clear of `npm start`'s defaults. */
export const SHARED_PORTS: StackPorts = { panel: 3100, api: 3101, node: 8180, temporal: 7333, temporalUi: 8333, postgres: 54339 };

/** Extra stacks (restarts, killed processes) take these, so they never disturb the shared one. */
export const EXTRA_PORTS: StackPorts = { panel: 3200, api: 3201, node: 8280, temporal: 7433, temporalUi: 8433, postgres: 54349 };

export const TEST_ADMIN = { email: 'admin@example.com', password: 'stellar-test-password' } as const;

/** Short workflow timeouts, so a test that waits for a failure does not wait 5 minutes. */
export const TEST_CHILD_ENV: Record<string, string> = { START_TIMEOUT_SECONDS: '60', STOP_TIMEOUT_SECONDS: '15' };

/** A stack's data dir; keyed by its API port too, so concurrent runs on other ports never share one. */
export function testDataDir(name: string, ports: StackPorts): string {
  return path.join(REPO_ROOT, '.data', `test-${name}-${ports.api}`);
}

/** Every test stack starts alike: the repo's own launcher code, offline, a known admin, short timeouts, output in `<dataDir>.log`. */
export function startTestStack(dataDir: string, ports: StackPorts, adminPassword: string = TEST_ADMIN.password): Promise<Stack> {
  return startStack({
    rootDir: REPO_ROOT,
    dataDir,
    ports,
    temporalNamespace: 'default',
    allowTemporalDownload: false,
    adminEmail: TEST_ADMIN.email,
    adminPassword,
    baseEnv: process.env,
    extraEnv: TEST_CHILD_ENV,
    log: stackLog(`${dataDir}.log`),
  });
}
