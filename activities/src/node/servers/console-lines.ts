/** Longest partial line we hold back waiting for its newline, so one endless line cannot grow without bound. */
const MAX_PARTIAL_CHARS = 8 * 1024;

/**
 * Turns a container's raw output chunks into complete lines: strips the TTY's \r,
 * keeps an unfinished last line until its newline arrives, and remembers the most
 * recent lines for consoles that connect later.
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

  private remember(lines: string[]): string[] {
    this.recent.push(...lines);
    if (this.recent.length > this.capacity) this.recent.splice(0, this.recent.length - this.capacity);
    return lines;
  }
}
