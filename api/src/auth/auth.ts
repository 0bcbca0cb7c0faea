import { betterAuth } from 'better-auth';
import type { Pool } from 'pg';

export interface AuthOptions {
  pool: Pool;
  secret: string;
  /** Where browsers reach the panel; decides the cookie's `Secure` flag. */
  baseURL: string;
  trustedOrigins: string[];
}

/** better-auth on the shared PostgreSQL pool; its tables come from our migration 0001. */
export function createAuth({ pool, secret, baseURL, trustedOrigins }: AuthOptions) {
  return betterAuth({
    database: pool,
    secret,
    baseURL,
    basePath: '/api/auth',
    trustedOrigins,
    // Accounts are made by an admin, as in Pterodactyl; nobody signs themselves up.
    emailAndPassword: { enabled: true, disableSignUp: true },
    user: {
      additionalFields: {
        // Pterodactyl's root_admin: every server and every admin route.
        rootAdmin: { type: 'boolean', required: true, defaultValue: false, input: false },
      },
    },
    advanced: { defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' } },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
