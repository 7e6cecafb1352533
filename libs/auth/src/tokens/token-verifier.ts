import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';

import type { Identity } from '../principal';
import { identityClaimsSchema, identityFromClaims } from './claims';

/** Why a token was refused, short enough to show the caller (never the library's message). */
export type RejectionReason = 'expired' | 'malformed' | 'invalid-signature' | 'invalid-claims';

export class TokenRejected extends Error {
  constructor(readonly reason: RejectionReason) {
    super(`token rejected: ${reason}`);
    this.name = 'TokenRejected';
  }
}

export interface TokenVerifier {
  /** The identity of a valid token; `TokenRejected` otherwise. */
  verify(token: string): Promise<Identity>;
}

export interface VerifierOptions {
  readonly issuer: string;
  readonly audience: string;
}

/** Asymmetric algorithms an identity provider signs with; `none` and HMAC are never accepted from it. */
const PROVIDER_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];
export const LOCAL_ALGORITHM = 'HS256';

/** Production: the identity provider's keys, fetched (and cached) from its JWKS URL. */
export function jwksTokenVerifier(options: VerifierOptions & { readonly jwksUrl: string }): TokenVerifier {
  return verifierWith(createRemoteJWKSet(new URL(options.jwksUrl)), options, PROVIDER_ALGORITHMS);
}

/** Development and tests: tokens signed by this process's dev login. */
export function localTokenVerifier(options: VerifierOptions & { readonly key: Uint8Array }): TokenVerifier {
  return verifierWith(async () => options.key, options, [LOCAL_ALGORITHM]);
}

function verifierWith(key: JWTVerifyGetKey, options: VerifierOptions, algorithms: string[]): TokenVerifier {
  const verifyOptions = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms,
    requiredClaims: ['sub', 'exp', 'iat'],
  };
  return {
    async verify(token) {
      const { payload } = await jwtVerify(token, key, verifyOptions).catch((error: unknown) => {
        throw rejection(error);
      });
      const claims = identityClaimsSchema.safeParse(payload);
      if (!claims.success) throw new TokenRejected('invalid-claims');
      return identityFromClaims(claims.data);
    },
  };
}

/** jose's errors mapped to a safe reason; anything else (JWKS unreachable) propagates as is. */
function rejection(error: unknown): unknown {
  if (error instanceof errors.JWTExpired) return new TokenRejected('expired');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenRejected('invalid-signature');
  if (error instanceof errors.JWKSNoMatchingKey) return new TokenRejected('invalid-signature');
  if (error instanceof errors.JWTClaimValidationFailed) return new TokenRejected('invalid-claims');
  if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout))
    return new TokenRejected('malformed');
  return error;
}
