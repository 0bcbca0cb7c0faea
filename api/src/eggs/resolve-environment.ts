import type { EggVariable } from './egg-types';
import { checkVariableRules } from './variable-rules';

export type EnvironmentResult =
  | { ok: true; environment: Record<string, string> }
  | { ok: false; code: 'unknown_variable' | 'invalid_variable'; message: string; details: { variable: string; rule?: string } };

/**
 * Every egg variable's value: the given one, else the egg's default; each checked
 * against its rules. Names the egg does not define are refused rather than silently dropped.
 */
export function resolveEnvironment(variables: EggVariable[], given: Record<string, string>): EnvironmentResult {
  const known = new Set(variables.map((variable) => variable.envVariable));
  const unknown = Object.keys(given).find((name) => !known.has(name));
  if (unknown !== undefined) {
    return {
      ok: false,
      code: 'unknown_variable',
      message: `The egg has no variable ${unknown}; it defines ${[...known].join(', ') || 'none'}.`,
      details: { variable: unknown },
    };
  }
  const environment: Record<string, string> = {};
  for (const variable of variables) {
    // Own keys only: a variable named `constructor` or `toString` must not read Object.prototype.
    const value = Object.hasOwn(given, variable.envVariable) ? given[variable.envVariable]! : variable.defaultValue;
    const check = checkVariableRules(variable.rules, value);
    if (!check.ok) {
      return {
        ok: false,
        code: 'invalid_variable',
        message: `${variable.envVariable} (${variable.name}) ${check.message} (rule ${check.rule}).`,
        details: { variable: variable.envVariable, rule: check.rule },
      };
    }
    environment[variable.envVariable] = value;
  }
  return { ok: true, environment };
}
