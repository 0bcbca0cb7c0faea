import type { z } from 'zod';
import { HttpError } from './errors';

/**
 * Parses a request part or throws 400 naming each invalid field, before anything is written.
 * (422 is kept for well-formed requests the domain refuses: eggs, variable rules, unknown ids.)
 */
export function validate<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
  throw new HttpError(400, 'validation_failed', `Invalid request: ${summary}`, { issues });
}
