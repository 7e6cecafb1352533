#!/usr/bin/env node
/**
 * Offline verifier of a dossier audit archive (GET /api/v1/audit/dossiers/:id/export), for anyone
 * holding the file: no project code, no network, no database, only Node's built-ins.
 *
 *   node tools/verify-archive.mjs dossier-<id>.tar [--public-key server-key.pem]
 *
 * Checks, in order, and stops at the first failure (exit 1; 0 when everything holds, 2 on usage):
 *  1. every line of events.jsonl is canonical JSON (RFC 8785) with exactly the hashed fields + hash;
 *  2. per stream, versions follow 1, 2, 3…, each prevHash is the previous line's hash, and each hash
 *     is sha256 of the canonical JSON of {streamId, version, eventId, type, schemaVersion, data,
 *     metadata, recordedAt, prevHash} — the rule of libs/event-store/src/hash-chain.ts;
 *  3. manifest.json: event count, first/last hash per stream and overall, sha256 of events.jsonl
 *     and report.html, and the server's verification at export time.
 *  4. checkpoint.json, when present (issue #20): the Ed25519 signature of the latest signed checkpoint
 *     holds, each archived head's Merkle path leads to the signed root, and each archived stream has,
 *     at the checkpointed version, exactly the signed hash — a history re-chained after the checkpoint
 *     is reported with its stream and version. Pass the server's key (GET /api/v1/audit/checkpoints/latest,
 *     obtained independently) with --public-key; without it the archive's own key is used, and said so.
 * The manifest itself is not signed: the checkpoint is what anchors the chain.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

/** RFC 8785 canonical JSON of a JSON value, byte for byte what the `canonicalize` package (2.1) returns. */
export function canonicalize(value) {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${value} is not allowed`);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (typeof value.toJSON === 'function') return canonicalize(value.toJSON());
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalize(item === undefined || typeof item === 'symbol' ? null : item)).join(',')}]`;
  }
  const members = Object.keys(value)
    .sort()
    .filter((key) => value[key] !== undefined && typeof value[key] !== 'symbol')
    .map((key) => `${canonicalize(key)}:${canonicalize(value[key])}`);
  return `{${members.join(',')}}`;
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const HASHED = [
  'streamId',
  'version',
  'eventId',
  'type',
  'schemaVersion',
  'data',
  'metadata',
  'recordedAt',
  'prevHash',
];
const LINE_KEYS = [...HASHED, 'hash'].sort().join();

/** The regular files of a ustar archive (pax extended headers applied to the next entry's name). */
export function untar(buffer) {
  const files = new Map();
  let paxPath;
  for (let offset = 0; offset + 512 <= buffer.length;) {
    const header = buffer.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const text = (start, length) => header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const size = parseInt(text(124, 12).trim() || '0', 8);
    const type = text(156, 1) || '0';
    const body = buffer.subarray(offset + 512, offset + 512 + size);
    if (type === 'x') paxPath = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    else if (type === '0') {
      const prefix = text(345, 155);
      files.set(paxPath ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100)), body);
      paxPath = undefined;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Checks the chain line by line; returns the first failure as { line, problem } or the streams' heads. */
export function checkEvents(text) {
  const lines = text.split('\n');
  if (lines.pop() !== '') return { line: lines.length + 1, problem: 'the file does not end with a newline' };
  const heads = new Map();
  const hashAt = new Map();
  for (const [index, raw] of lines.entries()) {
    const fail = (problem) => ({ line: index + 1, problem });
    let event;
    try {
      event = JSON.parse(raw);
    } catch {
      return fail('not JSON');
    }
    if (event === null || typeof event !== 'object' || Object.keys(event).sort().join() !== LINE_KEYS) {
      return fail('not an event line (unexpected fields)');
    }
    if (canonicalize(event) !== raw) return fail('not in canonical form (RFC 8785)');
    const previous = heads.get(event.streamId);
    if (event.version !== (previous?.version ?? 0) + 1) return fail(`version ${event.version} out of sequence`);
    if (event.prevHash !== (previous?.hash ?? null)) return fail('prevHash is not the previous event’s hash');
    const fields = Object.fromEntries(HASHED.map((key) => [key, event[key]]));
    if (sha256(canonicalize(fields)) !== event.hash) return fail('hash does not match the event’s content');
    heads.set(event.streamId, { version: event.version, hash: event.hash, first: previous?.first ?? event.hash });
    hashAt.set(`${event.version} ${event.streamId}`, event.hash);
  }
  return { heads, hashAt, count: lines.length, first: lines.length ? JSON.parse(lines[0]).hash : null };
}

function checkManifest(manifest, files, events) {
  const problems = [];
  for (const [name, expected] of Object.entries(manifest.files ?? {})) {
    if (!files.has(name)) problems.push(`${name} is missing`);
    else if (sha256(files.get(name)) !== expected.sha256) problems.push(`${name}: sha256 differs from the manifest`);
  }
  if (!manifest.files?.['events.jsonl']) problems.push('the manifest does not cover events.jsonl');
  if (manifest.eventCount !== events.count) problems.push(`eventCount ${manifest.eventCount} ≠ ${events.count} lines`);
  if (manifest.firstHash !== events.first) problems.push('firstHash differs');
  for (const stream of manifest.streams ?? []) {
    const head = events.heads.get(stream.streamId);
    if (!head || head.version !== stream.events || head.hash !== stream.lastHash || head.first !== stream.firstHash) {
      problems.push(`stream ${stream.streamId}: count or first/last hash differs`);
    }
  }
  if ((manifest.streams ?? []).length !== events.heads.size) problems.push('streams listed ≠ streams present');
  for (const [stream, result] of Object.entries(manifest.verificationAtExport ?? {})) {
    if (!result.ok) problems.push(`the server reported ${stream} broken at export: ${JSON.stringify(result)}`);
  }
  return problems;
}

/** Climbs a head's Merkle path (libs/event-store/src/checkpoint.ts) to the root it proves. */
function merkleClimb({ streamId, version, hash, proof }) {
  const leaf = sha256(`0${canonicalize({ streamId, version, hash })}`);
  return (proof ?? []).reduce(
    (node, step) => sha256(step.side === 'left' ? `1${step.hash}${node}` : `1${node}${step.hash}`),
    leaf,
  );
}

/** Checks checkpoint.json against the events; returns the problems found. */
function checkCheckpoint(checkpoint, events, trustedKey) {
  const { takenAt, merkleRoot, streamCount, signature } = checkpoint;
  const bytes = Buffer.from(canonicalize({ takenAt, merkleRoot, streamCount }), 'utf8');
  let valid;
  try {
    valid = verify(null, bytes, createPublicKey(trustedKey ?? checkpoint.publicKey), Buffer.from(signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) return [`the signature of the checkpoint taken at ${takenAt} does not hold`];
  const problems = [];
  for (const head of checkpoint.streams ?? []) {
    const at = `stream ${head.streamId} version ${head.version}`;
    if (merkleClimb(head) !== merkleRoot) problems.push(`${at}: not in the signed checkpoint (Merkle path)`);
    else if (events.hashAt.get(`${head.version} ${head.streamId}`) !== head.hash) {
      problems.push(`${at}: differs from the signed checkpoint of ${takenAt}`);
    }
  }
  return problems;
}

/**
 * Verifies an archive; returns the report lines and the exit code. `trustedKey`: the server's public
 * key (PEM) obtained independently; without it the key inside the archive is used.
 */
export function verifyArchive(buffer, trustedKey) {
  const files = untar(buffer);
  const eventsFile = files.get('events.jsonl');
  const manifestFile = files.get('manifest.json');
  if (!eventsFile || !manifestFile) return { code: 1, lines: ['HỎNG (BROKEN): events.jsonl or manifest.json missing'] };
  const events = checkEvents(eventsFile.toString('utf8'));
  if (events.problem) {
    return { code: 1, lines: [`HỎNG (BROKEN): events.jsonl line ${events.line}: ${events.problem}`] };
  }
  // Both are reported: a server that says the stream broke proves nothing by itself offline.
  const problems = checkManifest(JSON.parse(manifestFile.toString('utf8')), files, events).map(
    (p) => `HỎNG (BROKEN): manifest: ${p}`,
  );
  const checkpointFile = files.get('checkpoint.json');
  const checkpoint = checkpointFile && JSON.parse(checkpointFile.toString('utf8'));
  if (checkpoint) {
    problems.push(...checkCheckpoint(checkpoint, events, trustedKey).map((p) => `HỎNG (BROKEN): checkpoint: ${p}`));
  }
  if (problems.length) return { code: 1, lines: problems };
  const ok = `OK: ${events.count} events in ${events.heads.size} stream(s), chain and manifest intact`;
  if (!checkpoint) return { code: 0, lines: [ok, 'no signed checkpoint in the archive: the chain is not anchored'] };
  const key = trustedKey ? 'the given public key' : 'the archive’s own public key (pass --public-key to pin it)';
  return { code: 0, lines: [ok, `anchored to the checkpoint signed at ${checkpoint.takenAt}, checked with ${key}`] };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { positionals, values } = parseArgs({ options: { 'public-key': { type: 'string' } }, allowPositionals: true });
  const [file] = positionals;
  if (!file) {
    process.stderr.write('usage: node tools/verify-archive.mjs <archive.tar> [--public-key key.pem]\n');
    process.exitCode = 2;
  } else {
    const key = values['public-key'] && readFileSync(values['public-key'], 'utf8');
    const { code, lines } = verifyArchive(readFileSync(file), key);
    process.stdout.write(lines.map((line) => `${line}\n`).join(''));
    process.exitCode = code;
  }
}
