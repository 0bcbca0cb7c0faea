import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './test-stacks';

export interface LauncherRun {
  code: number | null;
  /** stdout and stderr together, as an admin sees them. */
  output: string;
}

/** Runs `launcher/src/main.ts` as `npm start` does (no TTY, no stdin) and waits for it to exit. */
export function runLauncher(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<LauncherRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'launcher', 'src', 'main.ts')], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the launcher was still running after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

export function nonEmptyLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}
