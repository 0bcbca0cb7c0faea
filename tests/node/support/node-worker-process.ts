import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

export const NODE_PORT = 8090;
const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
/** node itself (not npx) is the child, so signals reach node-worker and nothing else. */
const NODE_WORKER_ARGS = ['--import', 'tsx', 'node-worker/src/main.ts'];

export interface NodeWorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** SIGTERM and wait; resolves with the exit code. */
  stop: () => Promise<number | null>;
}

/** Runs node-worker/src/main.ts exactly as the launcher would, and waits for its ready line. */
export async function startNodeWorker(env: Record<string, string>): Promise<NodeWorkerProcess> {
  const child = spawn(process.execPath, NODE_WORKER_ARGS, {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_PORT: String(NODE_PORT), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node-worker did not get ready:\n${output}`)), 60000);
    const check = (): void => {
      if (output.includes(' ready: ')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`node-worker exited:\n${output}`));
    });
  });
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}

/** Runs node-worker to completion (for start-up failures); returns its exit code and output. */
export async function runNodeWorkerToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, NODE_WORKER_ARGS, { cwd: REPO_ROOT, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}
