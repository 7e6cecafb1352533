import { createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

import canonicalize from 'canonicalize';

/** One stream's head as it stood when a checkpoint was taken. */
export interface CheckpointHead {
  readonly streamId: string;
  readonly version: number;
  readonly hash: string;
}

/** What a checkpoint signs: every stream's head at one instant, sorted by stream id. */
export interface CheckpointBody {
  readonly takenAt: string;
  readonly heads: readonly CheckpointHead[];
}

/**
 * A checkpoint with its Ed25519 signature (base64) and the public key (SPKI PEM) that checks it.
 * The private key lives in configuration, not in the database: a superuser who re-chains a stream
 * can rewrite events and heads but cannot sign a checkpoint that agrees with them.
 */
export interface SignedCheckpoint extends CheckpointBody {
  readonly signature: string;
  readonly publicKey: string;
}

/** The exact bytes signed: RFC 8785 canonical JSON of the body, so any language can re-create them. */
export function checkpointBytes(body: CheckpointBody): Buffer {
  const heads = [...body.heads]
    .sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0))
    .map(({ streamId, version, hash }) => ({ streamId, version, hash }));
  const text = canonicalize({ takenAt: body.takenAt, heads });
  if (text === undefined) throw new TypeError('checkpoint cannot be canonicalised');
  return Buffer.from(text, 'utf8');
}

export function signCheckpoint(body: CheckpointBody, privateKey: KeyObject): SignedCheckpoint {
  const signature = sign(null, checkpointBytes(body), privateKey).toString('base64');
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return { takenAt: body.takenAt, heads: body.heads, signature, publicKey };
}

/**
 * True when the signature holds under `trustedPublicKey`. The auditor passes the key they trust
 * (from configuration or published out of band), never the one stored next to the checkpoint,
 * which a forger would have replaced along with the signature.
 */
export function checkpointSignatureValid(checkpoint: SignedCheckpoint, trustedPublicKey: KeyObject | string): boolean {
  const key = typeof trustedPublicKey === 'string' ? createPublicKey(trustedPublicKey) : trustedPublicKey;
  if (key.asymmetricKeyType !== 'ed25519') return false;
  const signature = Buffer.from(checkpoint.signature, 'base64');
  return verify(null, checkpointBytes(checkpoint), key, signature);
}

export type CheckpointVerifyResult =
  | { readonly ok: true; readonly streams: number; readonly takenAt: string }
  | { readonly ok: false; readonly reason: 'bad-signature'; readonly takenAt: string }
  | {
      readonly ok: false;
      readonly reason: 'checkpoint-mismatch' | 'checkpoint-missing-version';
      readonly takenAt: string;
      readonly streamId: string;
      readonly version: number;
    };
