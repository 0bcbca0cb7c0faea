import type { Response } from 'express';
import type { Me } from '@stellarstack/contracts';

/** The signed-in user as routes see it: what `GET /api/me` returns. */
export type SessionUser = Me;

declare global {
  namespace Express {
    interface Locals {
      user?: SessionUser;
    }
  }
}

/** The user `requireSession` put on the response; only called behind it. */
export function currentUser(res: Response): SessionUser {
  const user = res.locals.user;
  if (!user) throw new Error('currentUser called on a route without requireSession');
  return user;
}
