import type { Response } from 'express';

/** The signed-in user as routes see it (and as `GET /api/me` returns it). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  rootAdmin: boolean;
}

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
