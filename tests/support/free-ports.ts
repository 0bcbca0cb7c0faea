import { createServer } from 'node:net';
import type { StackPorts } from '../../launcher/src/config';

const STEP = 10;
const ATTEMPTS = 20;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * `preferred`, or the same set shifted by a multiple of 10 when any of its ports is taken —
 * by another engineer's test run on this machine, or a dev stack. Fixed ports would make
 * two runs fail each other in confusing ways.
 */
export async function freePortSet(preferred: StackPorts): Promise<StackPorts> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const offset = attempt * STEP;
    const candidate = Object.fromEntries(
      Object.entries(preferred).map(([name, port]) => [name, port + offset]),
    ) as unknown as StackPorts;
    const checks = await Promise.all(Object.values(candidate).map(isFree));
    if (checks.every(Boolean)) return candidate;
  }
  throw new Error(`no free port set near ${JSON.stringify(preferred)} (tried ${ATTEMPTS} offsets of ${STEP})`);
}
