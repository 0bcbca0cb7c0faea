import { inject } from 'vitest';
import type { StackUrls } from '../../launcher/src/stack';

/** What globalSetup hands every test file about the shared stack. */
export interface ProvidedStack {
  urls: StackUrls;
  /** Same as urls.panel; kept flat for callers that only want the panel. */
  panelUrl: string;
  admin: { email: string; password: string };
  dataDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: ProvidedStack;
  }
}

export function sharedStack(): ProvidedStack {
  return inject('stack');
}
