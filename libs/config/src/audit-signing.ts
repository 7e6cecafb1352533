import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

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

/** PEM, or base64 of the SPKI DER bytes; undefined when it is not an Ed25519 public key. */
export function parsePublicKey(text: string): KeyObject | undefined {
  try {
    const key = text.includes('-----BEGIN')
      ? createPublicKey(text)
      : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

type AuditKeys = { AUDIT_SIGNING_KEY: KeyObject; AUDIT_PUBLIC_KEY: KeyObject };

/**
 * The key that signs the hash chain's checkpoints (issue #20), and the public key checkpoints are
 * verified with. The signing key must not be readable by whoever administers the database, or a
 * re-chained history could be re-signed; the public key may be published, so that a verifier
 * (scripts/verify-event-store, an auditor's copy of the API) pins it without holding the secret.
 */
export function resolveAuditSigningKey<
  T extends { NTM_PROFILE: string; AUDIT_SIGNING_KEY?: string; AUDIT_PUBLIC_KEY?: string },
>(config: T, context: z.RefinementCtx): Omit<T, keyof AuditKeys> & AuditKeys {
  const signing = signingKey(config, context);
  const derived = createPublicKey(signing);
  if (config.AUDIT_PUBLIC_KEY === undefined)
    return { ...config, AUDIT_SIGNING_KEY: signing, AUDIT_PUBLIC_KEY: derived };
  const pinned = parsePublicKey(config.AUDIT_PUBLIC_KEY);
  const issue = !pinned
    ? 'phải là khoá công khai Ed25519, PEM hoặc base64 (an Ed25519 SPKI public key, PEM or base64)'
    : !pinned.equals(derived)
      ? 'không khớp khoá ký AUDIT_SIGNING_KEY (does not match the signing key)'
      : undefined;
  if (issue) context.addIssue({ code: 'custom', path: ['AUDIT_PUBLIC_KEY'], message: issue });
  return { ...config, AUDIT_SIGNING_KEY: signing, AUDIT_PUBLIC_KEY: pinned ?? derived };
}

function signingKey(config: { NTM_PROFILE: string; AUDIT_SIGNING_KEY?: string }, context: z.RefinementCtx): KeyObject {
  const fail = (message: string) => {
    context.addIssue({ code: 'custom', path: ['AUDIT_SIGNING_KEY'], message });
    return developmentKey();
  };
  if (config.AUDIT_SIGNING_KEY === undefined) {
    if (config.NTM_PROFILE === 'production') {
      return fail('bắt buộc khi NTM_PROFILE=production (required in production: an Ed25519 PKCS8 key)');
    }
    return developmentKey();
  }
  return (
    parseKey(config.AUDIT_SIGNING_KEY) ??
    fail('phải là khoá riêng Ed25519 PKCS8, PEM hoặc base64 (an Ed25519 PKCS8 private key, PEM or base64)')
  );
}
