/**
 * Terminal control sequences other than colours (SGR, ending in `m`): a TTY makes programs
 * emit cursor moves and mode switches such as readline's bracketed paste `ESC[?2004h`,
 * which mean nothing in a line-based console. Colours stay, as on Pterodactyl.
 */
const CONTROL_SEQUENCE = /\x1b\[[0-?]*[ -/]*([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[=>]/g;

function cleanLine(line: string): string {
  return line.replace(CONTROL_SEQUENCE, (sequence: string, final?: string) => (final === 'm' ? sequence : ''));
}

/** Longest partial line we hold back waiting for its newline, so one endless line cannot grow without bound. */
const MAX_PARTIAL_CHARS = 8 * 1024;

/**
 * Turns a container's raw output chunks into complete lines: strips the TTY's \r and
 * control sequences, keeps an unfinished last line until its newline arrives, and
 * remembers the most recent lines for consoles that connect later.
 */
export class ConsoleLines {
  private readonly recent: string[] = [];
  private partial = '';

  constructor(private readonly capacity = 500) {}

  /** Returns the lines this chunk completed. */
  push(chunk: string): string[] {
    const parts = (this.partial + chunk.replace(/\r/g, '')).split('\n');
    this.partial = parts.pop() ?? '';
    if (this.partial.length > MAX_PARTIAL_CHARS) parts.push(this.takePartial());
    return this.remember(parts);
  }

  /** The output ended: an unfinished last line is still a line. */
  flush(): string[] {
    return this.partial ? this.remember([this.takePartial()]) : [];
  }

  history(): string[] {
    return [...this.recent];
  }

  private takePartial(): string {
    const line = this.partial;
    this.partial = '';
    return line;
  }

  private remember(rawLines: string[]): string[] {
    const lines = rawLines.map(cleanLine);
    this.recent.push(...lines);
    if (this.recent.length > this.capacity) this.recent.splice(0, this.recent.length - this.capacity);
    return lines;
  }
}
