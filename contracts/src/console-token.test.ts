import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signConsoleToken, verifyConsoleToken, type ConsoleTokenClaims } from './console-token';

const NODE_TOKEN = 'node-secret';
const claims: ConsoleTokenClaims = { userId: 'u', serverId: 's', nodeId: 'local', permissions: ['*'] };
const sign = (build: (jwt: SignJWT) => SignJWT, secret = NODE_TOKEN) =>
  build(new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' })).sign(new TextEncoder().encode(secret));

describe('console tokens', () => {
  it('accepts what the API signs for this node', async () => {
    expect(await verifyConsoleToken(await signConsoleToken(claims, NODE_TOKEN), NODE_TOKEN)).toEqual({ ok: true, claims });
  });

  it('refuses tokens without an expiry, expired, signed with another key, or unsigned', async () => {
    expect(await verifyConsoleToken(await sign((jwt) => jwt), NODE_TOKEN)).toMatchObject({ ok: false, code: 'token_invalid' });
    expect(await verifyConsoleToken(await sign((jwt) => jwt.setExpirationTime(1)), NODE_TOKEN)).toMatchObject({ ok: false, code: 'token_expired' });
    expect(await verifyConsoleToken(await sign((jwt) => jwt.setExpirationTime('1m'), 'other'), NODE_TOKEN)).toMatchObject({ ok: false });
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, exp: 9e9 })).toString('base64url')}.`;
    expect(await verifyConsoleToken(unsigned, NODE_TOKEN)).toMatchObject({ ok: false, code: 'token_invalid' });
  });
});
