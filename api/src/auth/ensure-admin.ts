import { randomBytes } from 'node:crypto';
import type { Auth } from './auth';

export const DEFAULT_ADMIN_EMAIL = 'admin@stellarstack.local';

export interface AdminAnnouncement {
  email: string;
  /** Only when this boot generated it; the operator sees it once. */
  password: string | null;
}

interface AdminRow {
  id: string;
  email: string;
}

/**
 * Makes sure a root admin exists, with ADMIN_PASSWORD as its password when that is set. Runs before the HTTP server, so it goes through
 * better-auth's internal adapter (public sign-up is disabled) to hash the password the
 * same way sign-in checks it.
 */
export async function ensureAdmin(auth: Auth, wanted: { email?: string; password?: string }): Promise<AdminAnnouncement> {
  const context = await auth.$context;
  const admins = await context.adapter.findMany<AdminRow>({
    model: 'user',
    where: [{ field: 'rootAdmin', value: true }],
    sortBy: { field: 'createdAt', direction: 'asc' },
    limit: 1,
  });
  const existing = admins[0];
  if (existing) {
    // ADMIN_PASSWORD on a later start sets the admin's password again: the way back in when the
    // generated one was lost (there is no password e-mail on a fresh install).
    if (wanted.password !== undefined) {
      await context.internalAdapter.updatePassword(existing.id, await context.password.hash(wanted.password));
    }
    return { email: existing.email, password: null };
  }

  const email = (wanted.email ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
  const sameEmail = await context.internalAdapter.findUserByEmail(email);
  if (sameEmail) {
    // Someone already has that address: promote them rather than create a twin.
    await context.internalAdapter.updateUser(sameEmail.user.id, { rootAdmin: true });
    return { email, password: null };
  }

  const generated = wanted.password === undefined;
  const password = wanted.password ?? randomBytes(18).toString('base64url');
  const user = await context.internalAdapter.createUser(
    { email, name: 'Admin', emailVerified: true, rootAdmin: true },
    { method: 'admin' },
  );
  await context.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: await context.password.hash(password),
  });
  return { email, password: generated ? password : null };
}

/** The one line the launcher looks for on stdout. */
export function announceAdmin(announcement: AdminAnnouncement): void {
  console.log(`STELLARSTACK_ADMIN ${JSON.stringify(announcement)}`);
}
