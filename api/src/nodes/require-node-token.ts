import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { NodeRecord } from '../db/models/index';
import { HttpError } from '../http/errors';

declare global {
  namespace Express {
    interface Locals {
      node?: NodeRecord;
    }
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Internal routes: `Authorization: Bearer <token>` must match the `:nodeId` row's token. */
export const requireNodeToken: RequestHandler<{ nodeId: string }> = async (req, res, next) => {
  const token = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '')?.[1];
  const node = token ? await NodeRecord.findByPk(req.params.nodeId) : null;
  // One answer for an unknown node and a wrong token, so the endpoint reveals neither.
  if (!node || !token || !sameSecret(token, node.token)) {
    throw new HttpError(401, 'unauthorized', 'Unknown node or wrong node token.');
  }
  res.locals.node = node;
  next();
};

/** The node `requireNodeToken` authenticated; only called behind it. */
export function authenticatedNode(res: Response): NodeRecord {
  const node = res.locals.node;
  if (!node) throw new Error('authenticatedNode called on a route without requireNodeToken');
  return node;
}
