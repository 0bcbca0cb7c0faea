import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import pg from 'pg';
import { ApiClient } from './api-client';
import type { ProvidedStack } from './provided-stack';

/**
 * A signed-in user who is not a root admin. Accounts are made by an admin and the API has no
 * user routes yet, so the rows go straight into better-auth's tables, hashed as it hashes.
 */
export async function signInRegularUser(stack: ProvidedStack): Promise<{ api: ApiClient; id: string; email: string }> {
  const id = randomUUID();
  const email = `user-${id}@example.com`;
  const password = `pw-${id}`;
  const client = new pg.Client({ connectionString: stack.urls.databaseUrl });
  await client.connect();
  try {
    await client.query(
      `insert into "user" (id, name, email, "emailVerified", "rootAdmin") values ($1, 'Regular user', $2, true, false)`,
      [id, email],
    );
    await client.query(
      `insert into account (id, "accountId", "providerId", "userId", password, "updatedAt") values ($1, $2, 'credential', $2, $3, now())`,
      [randomUUID(), id, await hashPassword(password)],
    );
  } finally {
    await client.end();
  }
  return { api: await ApiClient.signIn(stack.urls.api, stack.urls.panel, email, password), id, email };
}
