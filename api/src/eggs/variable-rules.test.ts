import { describe, expect, it } from 'vitest';
import { checkVariableRules, phpRegex, splitRules } from './variable-rules';

const passes = (rules: string, value: string) => expect(checkVariableRules(rules, value)).toEqual({ ok: true });
const failsOn = (rules: string, value: string, rule: string) =>
  expect(checkVariableRules(rules, value)).toMatchObject({ ok: false, rule });

describe('splitRules', () => {
  it('splits on pipes and keeps parameters', () => {
    expect(splitRules('required|integer|between:0,50000')).toEqual([
      { name: 'required', text: 'required', parameters: [] },
      { name: 'integer', text: 'integer', parameters: [] },
      { name: 'between', text: 'between:0,50000', parameters: ['0', '50000'] },
    ]);
  });

  it('keeps a pipe inside a regex pattern', () => {
    expect(splitRules('required|regex:/^(a|b)$/|max:5').map((rule) => rule.text)).toEqual([
      'required',
      'regex:/^(a|b)$/',
      'max:5',
    ]);
  });
});

describe('phpRegex', () => {
  it('translates delimiters and flags', () => {
    expect(phpRegex('/^abc$/i')?.test('ABC')).toBe(true);
    expect(phpRegex('#^a/b$#')?.test('a/b')).toBe(true);
    expect(phpRegex('not a regex')).toBeNull();
  });
});

describe('checkVariableRules', () => {
  it('required fails on empty and whitespace', () => {
    failsOn('required|string', '', 'required');
    failsOn('required|string', '   ', 'required');
  });

  it('nullable (or no required) lets an empty value skip every other rule', () => {
    passes('nullable|url', '');
    passes('nullable|string|alpha_num|size:32', '');
    passes('integer', '');
  });

  it('integer and between compare values (Freeciv START_GOLD)', () => {
    passes('required|integer|between:0,50000', '50');
    passes('required|integer|between:0,50000', '50000');
    failsOn('required|integer|between:0,50000', '50001', 'between:0,50000');
    failsOn('required|integer|between:0,50000', '-1', 'between:0,50000');
    failsOn('required|integer|between:0,50000', 'lots', 'integer');
    failsOn('required|integer|between:0,50000', '1.5', 'integer');
  });

  it('min and max are values for integers and lengths for strings', () => {
    passes('required|integer|min:0|max:86400', '86400');
    failsOn('required|integer|min:0|max:86400', '86401', 'max:86400');
    passes('nullable|string|max:20', '12345678901234567890');
    failsOn('nullable|string|max:20', '123456789012345678901', 'max:20');
    passes('required|string|between:3,15', 'latest');
    failsOn('required|string|between:3,15', 'ab', 'between:3,15');
  });

  it('size is exact length for strings', () => {
    passes('required|string|alpha_num|size:32', 'a'.repeat(32));
    failsOn('required|string|alpha_num|size:32', 'a'.repeat(31), 'size:32');
  });

  it('numeric and digits_between (Mumble MAX_USERS)', () => {
    passes('required|numeric|digits_between:1,5', '100');
    failsOn('required|numeric|digits_between:1,5', '123456', 'digits_between:1,5');
    failsOn('required|numeric|digits_between:1,5', 'many', 'numeric');
  });

  it('boolean accepts 0 and 1 only', () => {
    passes('required|boolean', '0');
    passes('required|boolean', '1');
    failsOn('required|boolean', 'yes', 'boolean');
  });

  it('alpha_dash and alpha_num', () => {
    passes('required|string|alpha_dash', 'de_dust2-x');
    failsOn('required|string|alpha_dash', 'de dust', 'alpha_dash');
    failsOn('required|string|alpha_num|size:32', `${'a'.repeat(31)}-`, 'alpha_num');
  });

  it('in lists the allowed values', () => {
    passes('required|in:vanilla,oxide,carbon', 'oxide');
    failsOn('required|in:vanilla,oxide,carbon', 'forge', 'in:vanilla,oxide,carbon');
  });

  it('regex with PHP delimiters (Paper SERVER_JARFILE, Rust RCON_PASS)', () => {
    passes('required|regex:/^([\\w\\d._-]+)(\\.jar)$/', 'server.jar');
    failsOn('required|regex:/^([\\w\\d._-]+)(\\.jar)$/', 'server.zip', 'regex:/^([\\w\\d._-]+)(\\.jar)$/');
    passes('required|regex:/^[\\w.-]*$/|max:64', 'hunter2');
    failsOn('required|regex:/^[\\w.-]*$/|max:64', 'has space', 'regex:/^[\\w.-]*$/');
  });

  it('url', () => {
    passes('nullable|url', 'http://pterodactyl.io');
    failsOn('nullable|url', 'not a url', 'url');
  });

  it('ignores rules it does not know', () => {
    passes('required|string|some_future_rule:1', 'x');
  });
});
