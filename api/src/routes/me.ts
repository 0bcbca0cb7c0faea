import { Router } from 'express';
import { currentUser } from '../auth/session-user';

export function meRouter(): Router {
  const router = Router();
  router.get('/me', (_req, res) => {
    const { id, email, name, rootAdmin } = currentUser(res);
    res.json({ id, email, name, rootAdmin });
  });
  return router;
}
