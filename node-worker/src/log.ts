/** One line per event on stdout, prefixed so the launcher's merged output says who spoke. */
export function log(message: string): void {
  console.log(`node-worker: ${message}`);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
