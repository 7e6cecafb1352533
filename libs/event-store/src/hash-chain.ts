import { createHash } from 'node:crypto';

import canonicalize from 'canonicalize';

/** The stored fields an event's hash covers, as read back from the database. */
export interface HashedFields {
  readonly streamId: string;
  readonly version: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly recordedAt: Date;
  readonly prevHash: string | null;
}

/**
 * sha256 over the RFC 8785 canonical JSON of the stored fields and the previous hash. The append
 * function computes the same bytes in SQL; this independent copy is what `verify` trusts.
 */
export function eventHash(fields: HashedFields): string {
  const { streamId, version, eventId, type, schemaVersion, data, metadata, prevHash } = fields;
  const recordedAt = fields.recordedAt.toISOString();
  const text = canonicalize({ streamId, version, eventId, type, schemaVersion, data, metadata, recordedAt, prevHash });
  if (text === undefined) throw new TypeError('event fields cannot be canonicalised');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Canonical JSON text of an event's data or metadata: exactly what is stored and hashed. */
export function canonicalJson(value: unknown, what: string): string {
  const text = value === undefined ? undefined : canonicalize(value);
  if (text === undefined) throw new TypeError(`${what} must be a JSON value`);
  return text;
}

export interface StoredLink extends HashedFields {
  readonly position: number;
  readonly hash: string;
}

export interface StreamHead {
  readonly version: number;
  readonly lastHash: string;
}

/**
 * `checkpoint-*`: the stream no longer hashes, at a version a signed checkpoint recorded, to the
 * head hash signed then (re-chained by someone holding the database but not the signing key).
 */
export type BrokenLinkReason =
  | 'hash-mismatch'
  | 'broken-link'
  | 'missing-version'
  | 'head-mismatch'
  | 'checkpoint-mismatch'
  | 'checkpoint-missing-version';

export interface BrokenLink {
  readonly ok: false;
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
  readonly reason: BrokenLinkReason;
}

/** The latest checkpoint's signature does not hold under the trusted public key. */
export interface ForgedCheckpoint {
  readonly ok: false;
  readonly reason: 'checkpoint-signature-invalid';
  readonly checkpointTakenAt: string;
}

/** `anchoredAt`: when the signed checkpoint the chain was also checked against was taken. */
export type VerifyResult =
  { readonly ok: true; readonly checked: number; readonly anchoredAt?: string } | BrokenLink | ForgedCheckpoint;

/**
 * Checks one stream's events, fed in version order. Each event must follow its predecessor
 * (version + 1, prev_hash = its hash) and hash to what is stored; the stream head must name the
 * last event, which catches a deleted tail.
 */
export class StreamChainCheck {
  private previous: StoredLink | undefined;

  constructor(readonly streamId: string) {}

  next(link: StoredLink): BrokenLink | undefined {
    const previous = this.previous;
    this.previous = link;
    if (link.version !== (previous?.version ?? 0) + 1) return this.broken(link, 'missing-version');
    if (link.prevHash !== (previous?.hash ?? null)) return this.broken(link, 'broken-link');
    if (eventHash(link) !== link.hash) return this.broken(link, 'hash-mismatch');
    return undefined;
  }

  end(head: StreamHead | undefined): BrokenLink | undefined {
    const last = this.previous;
    if (!last || (head && head.version === last.version && head.lastHash === last.hash)) return undefined;
    return this.broken(last, 'head-mismatch');
  }

  private broken(link: StoredLink, reason: BrokenLinkReason): BrokenLink {
    return { ok: false, streamId: this.streamId, version: link.version, position: link.position, reason };
  }
}
