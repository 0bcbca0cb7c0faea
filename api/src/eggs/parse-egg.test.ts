import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEgg } from './parse-egg';

const repoRoot = join(import.meta.dirname, '../../..');
const freeciv = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/egg-freeciv.json'), 'utf8'));
const sharedEggsDir = '/work/shared/fixtures/eggs';

function sharedEggs(): string[] {
  try {
    return readdirSync(sharedEggsDir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
}

describe('parseEgg', () => {
  it('reads the Freeciv PTDL_v2 egg', () => {
    const result = parseEgg(freeciv);
    if (!result.ok) throw new Error(result.message);
    expect(result.egg).toMatchObject({
      format: 'PTDL_v2',
      name: 'Freeciv',
      dockerImages: { 'Freeciv (Debian)': 'stellarstack/freeciv:test' },
      doneText: ['Now accepting new client connections on port'],
      stopCommand: 'quit',
      installImage: 'stellarstack/debian:bookworm',
      installEntrypoint: 'bash',
    });
    expect(result.egg.installScript).not.toContain('\r');
    expect(result.egg.variables[0]).toEqual({
      envVariable: 'START_GOLD',
      name: 'Starting gold',
      description: 'Gold each player starts with.',
      defaultValue: '50',
      userViewable: true,
      userEditable: true,
      rules: 'required|integer|between:0,50000',
    });
  });

  it.each(sharedEggs())('reads the shared fixture %s', (file) => {
    const result = parseEgg(JSON.parse(readFileSync(join(sharedEggsDir, file), 'utf8')));
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });

  it('reads a PTDL_v1 image as the only docker image', () => {
    const v1 = { ...freeciv, meta: { version: 'PTDL_v1' }, docker_images: undefined, image: 'example/game:1' };
    const result = parseEgg(v1);
    expect(result.ok && result.egg.dockerImages).toEqual({ 'example/game:1': 'example/game:1' });
  });

  it('accepts done as a list', () => {
    const egg = { ...freeciv, config: { ...freeciv.config, startup: '{"done": ["a", "b"]}' } };
    const result = parseEgg(egg);
    expect(result.ok && result.egg.doneText).toEqual(['a', 'b']);
  });

  it('refuses eggs without meta.version, PTDL_v3 and malformed ones', () => {
    expect(parseEgg({ name: 'x' })).toMatchObject({ ok: false, message: expect.stringContaining('meta.version') });
    expect(parseEgg({ ...freeciv, meta: { version: 'PTDL_v3' } })).toMatchObject({ ok: false, message: expect.stringContaining('PTDL_v3') });
    expect(parseEgg({ ...freeciv, startup: 42 })).toMatchObject({ ok: false, message: expect.stringContaining('startup') });
    expect(parseEgg({ ...freeciv, config: { ...freeciv.config, startup: 'not json' } })).toMatchObject({ ok: false });
    expect(parseEgg('egg')).toMatchObject({ ok: false });
  });

  it('refuses variables named like what the node or container sets itself', () => {
    for (const name of ['SERVER_PORT', 'STARTUP', 'PATH', 'HOME', '__proto__']) {
      const variables = [...freeciv.variables, { ...freeciv.variables[0], env_variable: name }];
      const result = parseEgg({ ...freeciv, variables });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.message).toContain('reserved');
    }
    const jarfile = [...freeciv.variables, { ...freeciv.variables[0], env_variable: 'SERVER_JARFILE' }];
    expect(parseEgg({ ...freeciv, variables: jarfile }).ok).toBe(true);
  });
});

