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

/** By stream id, code point order (as PostgreSQL's `collate "C"` that lists the heads). */
export const byStreamId = (a: CheckpointHead, b: CheckpointHead): number =>
  a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0;

function sortedHeads(heads: readonly CheckpointHead[]): CheckpointHead[] {
  return [...heads].sort(byStreamId).map(({ streamId, version, hash }) => ({ streamId, version, hash }));
}

/**
 * Merkle root over the heads sorted by stream id (leaf: sha256 of "0" + RFC 8785 JSON of the head;
 * node: sha256 of "1" + left + right in hex; an odd node moves up unpaired). The signature covers
 * the root, so the signed part can be published without naming every stream of every province.
 */
export function merkleRoot(heads: readonly CheckpointHead[]): string {
  return merkleTree(heads).root;
}

/** One step up from a leaf: the sibling's hash and on which side it is concatenated. */
export interface MerkleStep {
  readonly side: 'left' | 'right';
  readonly hash: string;
}

/** A checkpoint's tree, hashed once for its root and every path an archive asks for. */
export interface MerkleTree {
  readonly root: string;
  /** The path from one stream's leaf to the root, so an archive proves its heads without listing the others. */
  proof(streamId: string): MerkleStep[] | undefined;
}

export function merkleTree(heads: readonly CheckpointHead[]): MerkleTree {
  const sorted = sortedHeads(heads);
  const leaves = new Map(sorted.map((head, index) => [head.streamId, index]));
  const levels = merkleLevels(sorted);
  return {
    root: levels.at(-1)?.[0] ?? sha256(''),
    proof(streamId) {
      let index = leaves.get(streamId);
      if (index === undefined) return undefined;
      const proof: MerkleStep[] = [];
      for (const level of levels.slice(0, -1)) {
        const sibling = index % 2 === 0 ? index + 1 : index - 1;
        if (sibling < level.length) proof.push({ side: index % 2 === 0 ? 'right' : 'left', hash: level[sibling] });
        index = Math.floor(index / 2);
      }
      return proof;
    },
  };
}

function merkleLevels(sorted: readonly CheckpointHead[]): string[][] {
  const levels = [sorted.map((head) => sha256(`0${canonicalize(head) ?? ''}`))];
  for (let level = levels[0]; level.length > 1; levels.push(level)) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? sha256(`1${level[i]}${level[i + 1]}`) : level[i]);
    }
    level = next;
  }
  return levels;
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
