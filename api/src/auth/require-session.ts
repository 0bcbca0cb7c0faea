import type { RequestHandler } from 'express';
import { fromNodeHeaders } from 'better-auth/node';
import type { Auth } from './auth';
import { forbidden, unauthorized } from '../http/errors';
import { currentUser } from './session-user';

/** 401 without a valid session cookie; otherwise puts the user on `res.locals.user`. */
export function requireSession(auth: Auth): RequestHandler {
  return async (req, res, next) => {
    const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
    if (!session) throw unauthorized();
    const { id, email, name, rootAdmin } = session.user;
    res.locals.user = { id, email, name, rootAdmin: rootAdmin === true };
    next();
  };
}

/** 403 unless the signed-in user is a root admin; mount after requireSession. */
export const requireRootAdmin: RequestHandler = (_req, res, next) => {
  if (!currentUser(res).rootAdmin) throw forbidden();
  next();
};
