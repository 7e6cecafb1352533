import { createHash, createPrivateKey, type KeyObject } from 'node:crypto';

import type { z } from 'zod';

/** PKCS8 DER prefix of an Ed25519 private key (RFC 8410); the 32-byte seed follows. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The development and test key, derived from a public seed so checkpoints taken by one `npm start`
 * still verify after a restart. Anyone can derive it: production must set AUDIT_SIGNING_KEY.
 */
function developmentKey(): KeyObject {
  const seed = createHash('sha256').update('ntm-dossiers development audit signing key').digest();
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** PEM, or base64 of the PKCS8 DER bytes; undefined when it is not an Ed25519 private key. */
function parseKey(text: string): KeyObject | undefined {
  try {
    const key = text.includes('-----BEGIN')
      ? createPrivateKey(text)
      : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The key that signs the hash chain's checkpoints (issue #20). It must not be readable by whoever
 * administers the database, or a re-chained history could be re-signed.
 */
export function resolveAuditSigningKey<T extends { NTM_PROFILE: string; AUDIT_SIGNING_KEY?: string }>(
  config: T,
  context: z.RefinementCtx,
): Omit<T, 'AUDIT_SIGNING_KEY'> & { AUDIT_SIGNING_KEY: KeyObject } {
  const fail = (message: string) => {
    context.addIssue({ code: 'custom', path: ['AUDIT_SIGNING_KEY'], message });
    return { ...config, AUDIT_SIGNING_KEY: developmentKey() };
  };
  if (config.AUDIT_SIGNING_KEY === undefined) {
    if (config.NTM_PROFILE === 'production') {
      return fail('bắt buộc khi NTM_PROFILE=production (required in production: an Ed25519 PKCS8 key)');
    }
    return { ...config, AUDIT_SIGNING_KEY: developmentKey() };
  }
  const key = parseKey(config.AUDIT_SIGNING_KEY);
  if (!key)
    return fail('phải là khoá riêng Ed25519 PKCS8, PEM hoặc base64 (an Ed25519 PKCS8 private key, PEM or base64)');
  return { ...config, AUDIT_SIGNING_KEY: key };
}
