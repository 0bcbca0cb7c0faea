import { stackOptionsFromEnv } from './config';
import { describeExit } from './child-process';
import { LauncherError } from './launcher-error';
import { startStack, type Stack } from './stack';
import { formatSummary } from './summary';

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const shutdown = new AbortController();
let stack: Stack | undefined;

async function stopAndExit(code: number): Promise<never> {
  await stack?.stop();
  process.exit(code);
}

// The first signal stops the stack; repeats (tsx and npm relay Ctrl-C too) change nothing.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (shutdown.signal.aborted) return;
    log(`[launcher] ${signal}: stopping everything`);
    shutdown.abort();
    void stopAndExit(0);
  });
}

try {
  stack = await startStack({
    ...stackOptionsFromEnv(process.env, log),
    signal: shutdown.signal,
    onUnexpectedExit: (name, exit) => {
      process.stderr.write(`[launcher] ${name} ${describeExit(exit)} (output above); stopping the stack\n`);
      void stopAndExit(1);
    },
  });
  if (!shutdown.signal.aborted) formatSummary(stack).forEach(log);
} catch (error) {
  if (shutdown.signal.aborted) process.exit(0);
  process.stderr.write(error instanceof LauncherError ? `${error.message}\n` : `launcher: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}
