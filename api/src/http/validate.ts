import type { z } from 'zod';
import { unprocessable } from './errors';

/** Parses a request part or throws 422 naming each invalid field, before anything is written. */
export function validate<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
  throw unprocessable('validation_failed', `Invalid request: ${summary}`, { issues });
}
