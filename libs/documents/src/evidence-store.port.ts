import type { Readable } from 'node:stream';

/** A file as stored: named by the sha256 of its bytes, so the same bytes are one file. */
export interface StoredEvidence {
  readonly sha256: string;
  readonly size: number;
}

export interface EvidenceContent {
  readonly size: number;
  /** The bytes, streamed: a 50 MB scan is never held in memory. */
  readonly content: Readable;
}

/**
 * Where evidence files live, content-addressed: `put` hashes while it stores and keeps one copy of
 * any bytes however often they arrive; a failed or refused `put` (its source errored) leaves nothing.
 */
export interface EvidenceStore {
  put(content: Readable): Promise<StoredEvidence>;
  get(sha256: string): Promise<EvidenceContent | undefined>;
  has(sha256: string): Promise<boolean>;
}

export const EVIDENCE_STORE = Symbol('EvidenceStore');

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A lowercase hex sha256: the only name a store looks up (never a path a caller made up). */
export const isSha256 = (value: string): boolean => SHA256_HEX.test(value);
