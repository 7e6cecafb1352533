import { createHash, generateKeyPairSync } from 'node:crypto';

import canonicalize from 'canonicalize';

import { checkpointSignatureValid, type MerkleStep, merkleRoot, merkleTree, signCheckpoint } from './checkpoint';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('signed checkpoints', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const body = {
    takenAt: '2026-01-02T03:04:05.000Z',
    heads: [
      { streamId: 'dossier-b', version: 2, hash: 'b'.repeat(64) },
      { streamId: 'dossier-a', version: 5, hash: 'a'.repeat(64) },
    ],
  };

  it('verifies under the signer’s public key, whatever order the heads are listed in', () => {
    const signed = signCheckpoint(body, privateKey);
    expect(checkpointSignatureValid(signed, publicKey)).toBe(true);
    expect(checkpointSignatureValid({ ...signed, heads: [...signed.heads].reverse() }, signed.publicKey)).toBe(true);
  });

  it('refuses a checkpoint whose heads were changed after signing', () => {
    const signed = signCheckpoint(body, privateKey);
    const forged = { ...signed, heads: [{ ...signed.heads[0], hash: 'c'.repeat(64) }, signed.heads[1]] };
    expect(checkpointSignatureValid(forged, publicKey)).toBe(false);
    expect(checkpointSignatureValid({ ...signed, takenAt: '2026-01-02T03:04:06.000Z' }, publicKey)).toBe(false);
  });

  it('refuses a checkpoint re-signed with another key than the trusted one', () => {
    const other = generateKeyPairSync('ed25519');
    const forged = signCheckpoint(body, other.privateKey);
    expect(checkpointSignatureValid(forged, forged.publicKey)).toBe(true);
    expect(checkpointSignatureValid(forged, publicKey)).toBe(false);
  });
});

describe('Merkle proofs of checkpointed heads', () => {
  const heads = ['e', 'a', 'c', 'b', 'd'].map((id, i) => ({
    streamId: `s-${id}`,
    version: i + 1,
    hash: `${i}`.repeat(64),
  }));
  const climb = (leaf: string, proof: readonly MerkleStep[]) =>
    proof.reduce((hash, step) => sha256(step.side === 'left' ? `1${step.hash}${hash}` : `1${hash}${step.hash}`), leaf);

  it.each(heads.map((head) => [head.streamId, head] as const))('proves %s leads to the signed root', (_id, head) => {
    const proof = merkleTree(heads).proof(head.streamId) ?? [];
    expect(climb(sha256(`0${canonicalize(head)}`), proof)).toBe(merkleRoot(heads));
  });

  it('proves nothing for a stream not in the checkpoint', () => {
    expect(merkleTree(heads).proof('s-z')).toBeUndefined();
  });
});
