import { randomBytes } from 'node:crypto';

import { SignJWT, UnsecuredJWT } from 'jose';

import type { Identity } from '../principal';
import { createDevTokenSigner } from './dev-token-signer';
import { localTokenVerifier, TokenRejected } from './token-verifier';

const options = { issuer: 'urn:ntm:test', audience: 'ntm-dossiers' };
const key = randomBytes(32);
const verifier = localTokenVerifier({ ...options, key });
const user: Identity = { userId: 'can-bo', name: 'Cán bộ xã', grants: [{ role: 'commune-officer', unit: '02005' }] };

async function rejection(token: string): Promise<string | undefined> {
  const error: unknown = await verifier.verify(token).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return error instanceof TokenRejected ? error.reason : undefined;
}

const now = () => Math.floor(Date.now() / 1000);
const signed = (claims: Record<string, unknown>, signingKey: Uint8Array = key) =>
  new SignJWT({
    sub: user.userId,
    iss: options.issuer,
    aud: options.audience,
    iat: now(),
    exp: now() + 3600,
    name: user.name,
    grants: user.grants,
    ...claims,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(signingKey);

describe('token verification', () => {
  it('a token from the dev signer gives back the identity and grants', async () => {
    const { accessToken } = await createDevTokenSigner({ ...options, key, ttlSeconds: 60 })(user);
    await expect(verifier.verify(accessToken)).resolves.toEqual(user);
  });

  it('refuses expired, wrongly signed, unsigned (alg none) and malformed tokens', async () => {
    expect(await rejection(await signed({ exp: now() - 60 }))).toBe('expired');
    expect(await rejection(await signed({}, randomBytes(32)))).toBe('invalid-signature');
    const unsecured = new UnsecuredJWT({ name: 'x', grants: [] }).setSubject('x').setIssuedAt().encode();
    expect(await rejection(unsecured)).toBe('malformed');
    expect(await rejection('not.a.token')).toBe('malformed');
  });

  it('refuses tokens for another audience or with grants it cannot read', async () => {
    expect(await rejection(await signed({ aud: 'other' }))).toBe('invalid-claims');
    expect(await rejection(await signed({ grants: [{ role: 'king', unit: '06' }] }))).toBe('invalid-claims');
  });

  it('with delegation (RFC 8693 act), the actor is the acting party and acts on behalf of the subject', async () => {
    const identity = await verifier.verify(await signed({ act: { sub: 'thu-ky', name: 'Thư ký' } }));
    expect(identity).toMatchObject({ userId: 'thu-ky', name: 'Thư ký', onBehalfOf: 'can-bo' });
  });
});
