import { describe, expect, it } from 'vitest';
import type { EggVariable } from './egg-types';
import { resolveEnvironment } from './resolve-environment';

function variable(envVariable: string, defaultValue: string, rules: string): EggVariable {
  return { envVariable, name: envVariable, description: '', defaultValue, userViewable: true, userEditable: true, rules };
}

const freeciv = [variable('START_GOLD', '50', 'required|integer|between:0,50000'), variable('TURN_TIMEOUT', '0', 'required|integer|min:0|max:86400')];

describe('resolveEnvironment', () => {
  it('fills in defaults for variables not given', () => {
    expect(resolveEnvironment(freeciv, { START_GOLD: '100' })).toEqual({
      ok: true,
      environment: { START_GOLD: '100', TURN_TIMEOUT: '0' },
    });
  });

  it('names the variable and the rule it breaks', () => {
    expect(resolveEnvironment(freeciv, { START_GOLD: '50001' })).toMatchObject({
      ok: false,
      code: 'invalid_variable',
      details: { variable: 'START_GOLD', rule: 'between:0,50000' },
    });
  });

  it('checks defaults too: an egg whose required default is empty needs a value', () => {
    const rust = [variable('RCON_PASS', '', 'required|regex:/^[\\w.-]*$/|max:64')];
    expect(resolveEnvironment(rust, {})).toMatchObject({ ok: false, details: { variable: 'RCON_PASS', rule: 'required' } });
    expect(resolveEnvironment(rust, { RCON_PASS: 'secret' })).toMatchObject({ ok: true });
  });

  it('refuses variables the egg does not define', () => {
    expect(resolveEnvironment(freeciv, { NOPE: '1' })).toMatchObject({ ok: false, code: 'unknown_variable', details: { variable: 'NOPE' } });
  });
});

describe('resolveEnvironment with variables named like Object.prototype members', () => {
  it('uses the default, not the prototype, for constructor/toString/hasOwnProperty', () => {
    const odd = [variable('constructor', 'a', 'nullable|string'), variable('toString', 'b', 'required'), variable('hasOwnProperty', '', 'nullable')];
    expect(resolveEnvironment(odd, {})).toEqual({ ok: true, environment: { constructor: 'a', toString: 'b', hasOwnProperty: '' } });
    expect(resolveEnvironment(odd, { constructor: 'given' })).toMatchObject({ ok: true, environment: { constructor: 'given' } });
  });
});
