import { describe, expect, it } from 'vitest';
import { assertStatusAllows } from './status-guards';

const refusal = (run: () => void) => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { status: number; code: string }).code;
  }
};

describe('assertStatusAllows', () => {
  it('refuses power actions while installing or after a failed install', () => {
    expect(refusal(() => assertStatusAllows('start', 'installing'))).toBe('server_installing');
    expect(refusal(() => assertStatusAllows('kill', 'install_failed'))).toBe('install_failed');
  });

  it('refuses start while running or starting', () => {
    expect(refusal(() => assertStatusAllows('start', 'running'))).toBe('already_running');
    expect(refusal(() => assertStatusAllows('start', 'starting'))).toBe('already_running');
    expect(refusal(() => assertStatusAllows('start', 'offline'))).toBeUndefined();
  });

  it('refuses a reinstall of a running server but allows one after a failed install', () => {
    expect(refusal(() => assertStatusAllows('install', 'running'))).toBe('server_running');
    expect(refusal(() => assertStatusAllows('install', 'install_failed'))).toBeUndefined();
  });

  it('lets stop, restart and kill through on a running server', () => {
    for (const type of ['stop', 'restart', 'kill'] as const) expect(refusal(() => assertStatusAllows(type, 'running'))).toBeUndefined();
  });
});
