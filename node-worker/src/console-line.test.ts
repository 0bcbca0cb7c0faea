import { describe, expect, it } from 'vitest';
import { consoleLine } from './console-line';

describe('consoleLine', () => {
  it('passes one line of text, with a trailing newline and tabs tolerated', () => {
    expect(consoleLine('show gold\n')).toBe('show gold');
    expect(consoleLine('say\thello ünïcode')).toBe('say\thello ünïcode');
  });

  it('refuses what a TTY would turn into signals or terminal sequences', () => {
    for (const control of ['\x03', '\x04', '\x1a', '\x1c', '\x1b[2J', '\x00', '\x7f', '\x08']) {
      expect(consoleLine(`quit${control}`), JSON.stringify(control)).toBeNull();
    }
  });

  it('refuses several lines, empty lines, non-strings and very long lines', () => {
    expect(consoleLine('a\nb')).toBeNull();
    expect(consoleLine('a\rb')).toBeNull();
    expect(consoleLine('')).toBeNull();
    expect(consoleLine(['quit'])).toBeNull();
    expect(consoleLine('x'.repeat(5000))).toBeNull();
  });
});
