/**
 * Runs a boot step; on failure prints one line naming what could not be reached and
 * exits 1 — an operator needs the cause, not a stack trace.
 */
export async function connectOrExit<T>(what: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    console.error(`StellarStack could not start: ${what} failed: ${oneLine(error)}`);
    process.exit(1);
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Temporal's native client reports a refused connection as a Rust debug string.
  if (message.includes('ConnectionRefused')) return 'connection refused';
  return message.split('\n')[0] || (error instanceof Error ? error.name : 'unknown error');
}
