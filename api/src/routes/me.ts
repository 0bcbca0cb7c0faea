import { Router } from 'express';
import type { Me } from '@stellarstack/contracts';
import { currentUser } from '../auth/session-user';

export function meRouter(): Router {
  const router = Router();
  router.get('/me', (_req, res) => {
    const { id, email, name, rootAdmin } = currentUser(res);
    const me: Me = { id, email, name, rootAdmin };
    res.json(me);
  });
  return router;
}
