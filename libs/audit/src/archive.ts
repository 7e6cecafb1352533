import { createHash } from 'node:crypto';

import canonicalize from 'canonicalize';

import type { EvidenceRef } from '@ntm/domain';
import type { VerifyResult } from '@ntm/event-store';

/**
 * The self-describing export of one dossier (a tar of three files, see README.md):
 *  - events.jsonl: one stored event per line, canonical JSON (RFC 8785) of every hashed field + its hash;
 *  - manifest.json: this module's `ArchiveManifest`;
 *  - report.html: the readable Vietnamese report.
 * `tools/verify-archive.mjs` checks an archive with nothing but Node.
 */
export const ARCHIVE_FORMAT = 'ntm-dossier-audit-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_FILES = {
  events: 'events.jsonl',
  manifest: 'manifest.json',
  report: 'report.html',
  checkpoint: 'checkpoint.json',
} as const;

/**
 * checkpoint.json (when a checkpoint has been signed): the latest signed checkpoint's root and
 * signature, the server's public key, and for each archived stream it covers, the head it signed
 * with the Merkle path from that head to the root (issue #20).
 */
export interface ArchiveCheckpoint {
  readonly takenAt: string;
  readonly merkleRoot: string;
  readonly streamCount: number;
  readonly signature: string;
  readonly publicKey: string;
  /** How the signed bytes and the Merkle tree are made, for an auditor without this code. */
  readonly rule: string;
  readonly streams: readonly {
    readonly streamId: string;
    readonly version: number;
    readonly hash: string;
    readonly proof: readonly { readonly side: 'left' | 'right'; readonly hash: string }[];
  }[];
}

/** A stored event exactly as hashed (never upcast), plus where it sits and its hash. */
export interface StoredEventLine {
  readonly position: number;
  readonly streamId: string;
  readonly version: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
  /** ISO 8601 with milliseconds, UTC: the text the hash covers. */
  readonly recordedAt: string;
  readonly prevHash: string | null;
  readonly hash: string;
}

export interface ArchivedStream {
  readonly streamId: string;
  readonly events: number;
  readonly firstHash: string | null;
  readonly lastHash: string | null;
}

export interface ArchiveManifest {
  readonly format: typeof ARCHIVE_FORMAT;
  readonly formatVersion: number;
  readonly dossierId: string;
  readonly exportedAt: string;
  readonly hashRule: string;
  readonly eventCount: number;
  readonly firstHash: string | null;
  readonly lastHash: string | null;
  readonly streams: readonly ArchivedStream[];
  readonly evidence: readonly (EvidenceRef & { readonly streamId: string; readonly version: number })[];
  /** The server's own verification of each stream when the archive was made. */
  readonly verificationAtExport: Readonly<Record<string, VerifyResult>>;
  readonly files: Readonly<Record<string, { readonly sha256: string; readonly bytes: number }>>;
}

export const CHECKPOINT_RULE =
  'signature = Ed25519 over RFC 8785 canonical JSON of {takenAt, merkleRoot, streamCount}; leaf = sha256("0" + canonical JSON of {streamId, version, hash}), heads sorted by streamId; node = sha256("1" + left + right), hex; an odd node moves up unpaired';

export const HASH_RULE =
  'hash = sha256(RFC 8785 canonical JSON of {streamId, version, eventId, type, schemaVersion, data, metadata, recordedAt, prevHash}); prevHash = hash of the previous version of the same stream, null for version 1';

export const sha256Hex = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * One line of events.jsonl: canonical JSON of the hashed fields and the hash, nothing else (the
 * global position is left out), so every byte of a line is covered by its hash and a change to any
 * byte is found at that line. The same history always exports to the same bytes.
 */
export function eventsJsonl(lines: readonly StoredEventLine[]): string {
  return lines.map(({ position: _position, ...hashed }) => `${canonicalize(hashed)}\n`).join('');
}

export interface ManifestInput {
  readonly dossierId: string;
  readonly exportedAt: Date;
  readonly lines: readonly StoredEventLine[];
  readonly evidence: ArchiveManifest['evidence'];
  readonly verification: ArchiveManifest['verificationAtExport'];
  readonly files: Readonly<Record<string, string>>;
}

export function buildManifest(input: ManifestInput): ArchiveManifest {
  const streamIds = [...new Set(input.lines.map((l) => l.streamId))];
  const streams = streamIds.map((streamId) => {
    const own = input.lines.filter((l) => l.streamId === streamId);
    return { streamId, events: own.length, firstHash: own[0]?.hash ?? null, lastHash: own.at(-1)?.hash ?? null };
  });
  const files = Object.fromEntries(
    Object.entries(input.files).map(([name, body]) => [
      name,
      { sha256: sha256Hex(body), bytes: Buffer.byteLength(body) },
    ]),
  );
  return {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    dossierId: input.dossierId,
    exportedAt: input.exportedAt.toISOString(),
    hashRule: HASH_RULE,
    eventCount: input.lines.length,
    firstHash: input.lines[0]?.hash ?? null,
    lastHash: input.lines.at(-1)?.hash ?? null,
    streams,
    evidence: input.evidence,
    verificationAtExport: input.verification,
    files,
  };
}
