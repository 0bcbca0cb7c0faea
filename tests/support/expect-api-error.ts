import { expect } from 'vitest';
import type { ApiErrorBody } from '@stellarstack/contracts';

/** A clear JSON error of the expected status, never a stack trace. */
export async function expectApiError(response: Response, status: number): Promise<ApiErrorBody['error']> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(text).not.toMatch(/\n\s+at |node_modules/);
  const body = JSON.parse(text) as ApiErrorBody;
  expect(typeof body.error.code).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
}
