/** The innermost failure message, e.g. the node's "image X could not be pulled" inside an ActivityFailure. */
export function failureMessage(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}
