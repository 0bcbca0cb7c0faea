import { SignJWT, jwtVerify, errors } from 'jose';
import type { GrantedPermission } from './permissions';

/**
 * The short-lived token the API signs for a console socket and the node verifies
 * on `auth`. It is signed with the node's own token (HS256), so a node accepts only
 * tokens meant for it and needs no call back to the API.
 */
export interface ConsoleTokenClaims {
  userId: string;
  serverId: string;
  nodeId: string;
  permissions: GrantedPermission[];
}

export const CONSOLE_TOKEN_TTL_SECONDS = 10 * 60;

function key(nodeToken: string): Uint8Array {
  return new TextEncoder().encode(nodeToken);
}

export async function signConsoleToken(claims: ConsoleTokenClaims, nodeToken: string): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(`${CONSOLE_TOKEN_TTL_SECONDS}s`)
    .sign(key(nodeToken));
}

export type ConsoleTokenCheck =
  | { ok: true; claims: ConsoleTokenClaims }
  | { ok: false; code: 'token_invalid' | 'token_expired'; message: string };

export async function verifyConsoleToken(token: string, nodeToken: string): Promise<ConsoleTokenCheck> {
  try {
    // A token without an expiry would open a console for good.
    const { payload } = await jwtVerify(token, key(nodeToken), { algorithms: ['HS256'], requiredClaims: ['exp'] });
    const { userId, serverId, nodeId, permissions } = payload as Partial<ConsoleTokenClaims>;
    if (typeof userId !== 'string' || typeof serverId !== 'string' || typeof nodeId !== 'string' || !Array.isArray(permissions)) {
      return { ok: false, code: 'token_invalid', message: 'The console token is missing claims; ask the API for a new one.' };
    }
    return { ok: true, claims: { userId, serverId, nodeId, permissions } };
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      return { ok: false, code: 'token_expired', message: 'The console token expired; ask the API for a new one.' };
    }
    return { ok: false, code: 'token_invalid', message: 'The console token is not valid for this node.' };
  }
}
