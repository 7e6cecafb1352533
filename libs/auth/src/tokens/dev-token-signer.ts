import { SignJWT } from 'jose';

import type { Identity } from '../principal';
import { claimsOf } from './claims';
import { LOCAL_ALGORITHM, type VerifierOptions } from './token-verifier';

export interface DevTokenSignerOptions extends VerifierOptions {
  readonly key: Uint8Array;
  readonly ttlSeconds: number;
}

export interface SignedToken {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
}

/** Signs tokens for demo users with the local key; the dev login is its only caller. */
export function createDevTokenSigner(options: DevTokenSignerOptions) {
  return async (identity: Identity): Promise<SignedToken> => {
    const { sub, ...claims } = claimsOf(identity);
    const accessToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: LOCAL_ALGORITHM, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setIssuedAt()
      .setExpirationTime(`${options.ttlSeconds}s`)
      .sign(options.key);
    return { accessToken, tokenType: 'Bearer', expiresIn: options.ttlSeconds };
  };
}

export type DevTokenSigner = ReturnType<typeof createDevTokenSigner>;
