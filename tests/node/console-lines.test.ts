import { describe, expect, it } from 'vitest';
import { ConsoleLines } from '@stellarstack/activities/src/node/servers/console-lines';

describe('console lines', () => {
  it('splits on \\n, strips \\r and control sequences but keeps colours', () => {
    const lines = new ConsoleLines();
    expect(lines.push('\x1b[?2004h> show gold\r\n\x1b[31mred\x1b[0m\r\n')).toEqual(['> show gold', '\x1b[31mred\x1b[0m']);
  });

  it('holds a partial line until its newline, and flushes it when the output ends', () => {
    const lines = new ConsoleLines();
    expect(lines.push('Loading wor')).toEqual([]);
    expect(lines.push('ld\nDone')).toEqual(['Loading world']);
    expect(lines.flush()).toEqual(['Done']);
    expect(lines.history()).toEqual(['Loading world', 'Done']);
  });

  it('keeps only the most recent lines', () => {
    const lines = new ConsoleLines(3);
    lines.push('1\n2\n3\n4\n5\n');
    expect(lines.history()).toEqual(['3', '4', '5']);
  });

  it('cuts an endless line instead of holding it forever', () => {
    const lines = new ConsoleLines();
    expect(lines.push('x'.repeat(10000))).toEqual(['x'.repeat(10000)]);
  });
});
