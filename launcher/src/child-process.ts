import { spawn } from 'node:child_process';
import { forEachLine } from './line-splitter';

export interface ChildSpec {
  /** Shown as the `[name]` prefix on each output line. */
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Sees each output line first; returns true when it consumed the line (nothing is printed). */
  intercept?: (line: string) => boolean;
}

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedChild {
  readonly name: string;
  readonly pid: number | undefined;
  /** Resolves once the process has exited, however it ended. */
  readonly exited: Promise<ChildExit>;
  isRunning(): boolean;
  /** The last output lines, to explain a crash. */
  recentOutput(): string[];
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL once `graceMs` has passed. */
  stop(graceMs: number): Promise<ChildExit>;
}

const RECENT_LINES = 30;

export function describeExit({ code, signal }: ChildExit): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

/**
 * Each child gets its own process group (detached) so a Ctrl-C in the terminal reaches
 * only the launcher, which then stops the children in order; and so SIGKILL reaches
 * grandchildren too (npm → nuxt, shims → binaries).
 */
export function spawnChild(spec: ChildSpec, log: (line: string) => void): ManagedChild {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent: string[] = [];
  let running = true;

  const onLine = (line: string): void => {
    if (spec.intercept?.(line)) return;
    recent.push(line);
    if (recent.length > RECENT_LINES) recent.shift();
    log(`[${spec.name}] ${line}`);
  };
  forEachLine(child.stdout, onLine);
  forEachLine(child.stderr, onLine);

  const exited = new Promise<ChildExit>((resolve) => {
    child.on('error', (error) => {
      log(`[${spec.name}] could not start ${spec.command}: ${error.message}`);
      running = false;
      resolve({ code: 127, signal: null });
    });
    // 'close' rather than 'exit': by then the last output lines have been read too.
    child.on('close', (code, signal) => {
      running = false;
      resolve({ code, signal });
    });
  });

  const signalGroup = (signal: NodeJS.Signals): void => {
    if (!running || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone between the check and the kill.
    }
  };

  return {
    name: spec.name,
    pid: child.pid,
    exited,
    isRunning: () => running,
    recentOutput: () => [...recent],
    signal: signalGroup,
    async stop(graceMs) {
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      const exit = await exited;
      clearTimeout(timer);
      // The leader may exit before its group (npm before nuxt); sweep the rest.
      signalGroupAfterExit(child.pid);
      return exit;
    },
  };
}

function signalGroupAfterExit(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // No process left in the group: the usual case.
  }
}
