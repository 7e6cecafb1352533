import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

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

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function sortedHeads(heads: readonly CheckpointHead[]): CheckpointHead[] {
  return [...heads]
    .sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0))
    .map(({ streamId, version, hash }) => ({ streamId, version, hash }));
}

/**
 * Merkle root over the heads sorted by stream id (leaf: sha256 of "0" + RFC 8785 JSON of the head;
 * node: sha256 of "1" + left + right in hex; an odd node moves up unpaired). The signature covers
 * the root, so the signed part can be published without naming every stream of every province.
 */
export function merkleRoot(heads: readonly CheckpointHead[]): string {
  let level = sortedHeads(heads).map((head) => sha256(`0${canonicalize(head) ?? ''}`));
  if (level.length === 0) return sha256('');
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? sha256(`1${level[i]}${level[i + 1]}`) : level[i]);
    level = next;
  }
  return level[0];
}

/** The exact bytes signed: RFC 8785 canonical JSON of `{ takenAt, merkleRoot, streamCount }`. */
function checkpointBytes(body: CheckpointBody): Buffer {
  const signed = { takenAt: body.takenAt, merkleRoot: merkleRoot(body.heads), streamCount: body.heads.length };
  return Buffer.from(canonicalize(signed) ?? '', 'utf8');
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
