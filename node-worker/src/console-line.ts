import { consoleCommandProblem } from '@stellarstack/contracts';

const MAX_LINE_CHARS = 4096;

/** A command for a game's stdin: one line (a trailing newline is tolerated), or null when it is not. */
export function consoleLine(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const line = input.replace(/\r?\n$/, '');
  if (line.length === 0 || line.length > MAX_LINE_CHARS || consoleCommandProblem(line) !== null) return null;
  return line;
}
