import type { RequestHandler } from 'express';
import { forbidden } from '../http/errors';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * Cross-site request forgery guard for cookie-authenticated routes. SameSite=Lax still sends
 * the cookie from every origin on the same site (any port on localhost, any subdomain), and a
 * body-less POST such as reinstall needs no CORS preflight; browsers always name the Origin
 * of such a request, so a changing request from an origin we do not trust is refused.
 * Requests without an Origin come from programs, not from pages, and pass.
 */
export function requireTrustedOrigin(trustedOrigins: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    const origin = req.get('origin');
    if (SAFE_METHODS.includes(req.method) || origin === undefined || trustedOrigins.includes(origin)) return next();
    throw forbidden(`Requests from origin ${origin} are not accepted; use the panel.`);
  };
}
