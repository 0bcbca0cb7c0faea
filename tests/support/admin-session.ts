import { afterAll, beforeAll } from 'vitest';
import { ApiClient } from './api-client';
import { sharedStack } from './provided-stack';
import { connectTemporal, type TemporalSession } from './temporal';

/**
 * Signs the admin in to the shared stack and connects to its Temporal before a file's
 * tests; the returned object is filled in by then.
 */
export function useAdminSession(): { api: ApiClient; temporal: TemporalSession; stack: ReturnType<typeof sharedStack> } {
  const stack = sharedStack();
  const session = { stack } as { api: ApiClient; temporal: TemporalSession; stack: typeof stack };
  beforeAll(async () => {
    session.api = await ApiClient.signIn(stack.urls.api, stack.urls.panel, stack.admin.email, stack.admin.password);
    session.temporal = await connectTemporal(stack.urls.temporalAddress);
  });
  afterAll(async () => session.temporal?.close());
  return session;
}
