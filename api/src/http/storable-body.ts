import type { RequestHandler } from 'express';
import { badRequest } from './errors';

// PostgreSQL text and jsonb cannot hold NUL or a lone UTF-16 surrogate: the driver would
// store `\0` literally or U+FFFD instead, silently changing what the client sent.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where in the body the first problem is, and what it is; null when the body is fine. */
function findProblem(body: unknown): { path: string; message: string } | null {
  // Iterative: a deeply nested body must not overflow the stack.
  const pending: { value: unknown; path: string }[] = [{ value: body, path: '' }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value, path } = item;
    if (typeof value === 'string' && UNSTORABLE.test(value)) {
      return { path, message: 'contains a NUL character or invalid Unicode' };
    }
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      // JSON.parse makes `__proto__` an own key, but most code reading it would see the prototype instead.
      if (key === '__proto__' || UNSTORABLE.test(key)) return { path: childPath, message: 'is not an allowed key' };
      pending.push({ value: child, path: childPath });
    }
  }
  return null;
}

/** After the JSON parser: refuses bodies the database could not store as sent, before any route reads them. */
export const requireStorableBody: RequestHandler = (req, _res, next) => {
  const problem = findProblem(req.body);
  if (problem) {
    throw badRequest(`Invalid request: ${problem.path || 'body'} ${problem.message}.`, { path: problem.path });
  }
  next();
};
