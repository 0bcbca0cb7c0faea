/**
 * Pterodactyl stores egg variable rules as Laravel validation strings
 * ("required|integer|between:0,50000"). This checks a value against the rules the
 * eggs in the wild use, with Laravel's semantics:
 * - an empty value fails `required` and skips every other rule (so `nullable` allows it);
 * - size/min/max/between compare numbers when `integer` or `numeric` is present, else string length.
 * Rules it does not know pass: an unfamiliar rule must not make a working egg unusable.
 */
export type RuleCheck = { ok: true } | { ok: false; rule: string; message: string };

interface ParsedRule {
  name: string;
  /** The rule as written, e.g. `between:0,50000`, reported back on failure. */
  text: string;
  parameters: string[];
}

/** Splits on `|`, except inside a regex pattern, which may itself contain `|`. */
export function splitRules(rules: string): ParsedRule[] {
  const parsed: ParsedRule[] = [];
  let rest = rules.trim();
  while (rest.length > 0) {
    const regexMatch = /^(not_regex|regex):(.)/.exec(rest);
    let text: string;
    if (regexMatch) {
      const delimiter = regexMatch[2]!;
      const patternStart = regexMatch[0].length;
      const close = findClosingDelimiter(rest, patternStart, delimiter);
      const end = rest.indexOf('|', close);
      text = end === -1 ? rest : rest.slice(0, end);
    } else {
      const end = rest.indexOf('|');
      text = end === -1 ? rest : rest.slice(0, end);
    }
    rest = rest.slice(text.length + 1);
    if (text.trim() === '') continue;
    const colon = text.indexOf(':');
    const name = (colon === -1 ? text : text.slice(0, colon)).trim().toLowerCase();
    const parameterText = colon === -1 ? '' : text.slice(colon + 1);
    const parameters = name.endsWith('regex') ? [parameterText] : parameterText === '' ? [] : parameterText.split(',');
    parsed.push({ name, text: text.trim(), parameters });
  }
  return parsed;
}

function findClosingDelimiter(text: string, from: number, delimiter: string): number {
  for (let index = from; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === delimiter) return index;
  }
  return text.length;
}

/** PHP's `/pattern/flags` as a JavaScript RegExp; null when it cannot be translated. */
export function phpRegex(literal: string): RegExp | null {
  const delimiter = literal[0];
  const close = literal.lastIndexOf(delimiter ?? '');
  if (delimiter === undefined || close <= 0) return null;
  const flags = literal.slice(close + 1).replace(/[^imsu]/g, '');
  try {
    return new RegExp(literal.slice(1, close), flags);
  } catch {
    return null;
  }
}

const INTEGER = /^[+-]?\d+$/;
const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const ALPHA = /^[\p{L}\p{M}]+$/u;
const ALPHA_NUM = /^[\p{L}\p{M}\p{N}]+$/u;
const ALPHA_DASH = /^[\p{L}\p{M}\p{N}_-]+$/u;
// Laravel's `boolean` on a string: only '0' and '1' (JSON true/false arrive here as '1'/'0').
const BOOLEAN_VALUES = ['0', '1'];

function isUrl(value: string): boolean {
  if (!/^[a-z][a-z\d+.-]*:\/\/\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** The quantity size/min/max/between compare: the number itself for numeric rules, else the length. */
function measure(value: string, numeric: boolean): number {
  return numeric ? Number(value) : [...value].length;
}

function checkRule(rule: ParsedRule, value: string, numeric: boolean): string | null {
  const [first = '', second = ''] = rule.parameters;
  const size = measure(value, numeric);
  const unit = numeric ? '' : ' characters';
  switch (rule.name) {
    case 'string':
      return null;
    case 'integer':
      return INTEGER.test(value) ? null : 'must be an integer';
    case 'numeric':
      return NUMERIC.test(value) ? null : 'must be a number';
    case 'boolean':
      return BOOLEAN_VALUES.includes(value) ? null : 'must be 0 or 1';
    case 'alpha':
      return ALPHA.test(value) ? null : 'may only contain letters';
    case 'alpha_num':
      return ALPHA_NUM.test(value) ? null : 'may only contain letters and numbers';
    case 'alpha_dash':
      return ALPHA_DASH.test(value) ? null : 'may only contain letters, numbers, dashes and underscores';
    case 'url':
      return isUrl(value) ? null : 'must be a valid URL';
    case 'in':
      return rule.parameters.includes(value) ? null : `must be one of ${rule.parameters.join(', ')}`;
    case 'not_in':
      return rule.parameters.includes(value) ? `must not be one of ${rule.parameters.join(', ')}` : null;
    case 'size':
      return size === Number(first) ? null : `must be exactly ${first}${unit}`;
    case 'min':
      return size >= Number(first) ? null : `must be at least ${first}${unit}`;
    case 'max':
      return size <= Number(first) ? null : `must be at most ${first}${unit}`;
    case 'between':
      return size >= Number(first) && size <= Number(second) ? null : `must be between ${first} and ${second}${unit}`;
    case 'digits':
      return /^\d+$/.test(value) && value.length === Number(first) ? null : `must be ${first} digits`;
    case 'digits_between':
      return /^\d+$/.test(value) && value.length >= Number(first) && value.length <= Number(second)
        ? null
        : `must be between ${first} and ${second} digits`;
    case 'regex':
    case 'not_regex': {
      const pattern = phpRegex(first);
      if (!pattern) return null;
      const matches = pattern.test(value);
      return matches === (rule.name === 'regex') ? null : 'has an invalid format';
    }
    default:
      return null;
  }
}

export function checkVariableRules(rules: string, value: string): RuleCheck {
  const parsed = splitRules(rules);
  const required = parsed.find((rule) => rule.name === 'required');
  if (value.trim() === '') {
    return required ? { ok: false, rule: required.text, message: 'is required' } : { ok: true };
  }
  const numeric = parsed.some((rule) => rule.name === 'integer' || rule.name === 'numeric');
  for (const rule of parsed) {
    const problem = checkRule(rule, value, numeric);
    if (problem) return { ok: false, rule: rule.text, message: problem };
  }
  return { ok: true };
}
