import { execFile } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import canonicalize from 'canonicalize';
import type { Pool } from 'pg';

import { dossierStreamId, PostgresEventStore } from '@ntm/event-store';
import { startTestSystem, type TestSystem } from '@ntm/test-support';

import { appendHistory, recognitionHistory } from '../../libs/audit/src/testing/histories';
import { rechainAsSuperuser } from '../../libs/event-store/src/testing/rechain';
import { verifyEventStore } from '../../scripts/verify-event-store';
import { devLoginHeaders } from '../support/dev-login';

const run = promisify(execFile);
const VERIFIER = join(__dirname, '../../tools/verify-archive.mjs');
const DOSSIER = 'hs-02005-2026';
const STREAM = dossierStreamId(DOSSIER);

interface Checkpoint {
  takenAt: string;
  merkleRoot: string;
  streamCount: number;
  signature: string;
  publicKey: string;
}

/** What an auditor does offline with the published checkpoint: Node's crypto and RFC 8785, nothing else. */
function signatureHolds({ takenAt, merkleRoot, streamCount, signature, publicKey }: Checkpoint): boolean {
  const bytes = Buffer.from(canonicalize({ takenAt, merkleRoot, streamCount }) ?? '', 'utf8');
  return verify(null, bytes, createPublicKey(publicKey), Buffer.from(signature, 'base64'));
}

/** Exports the dossier's archive as the province's auditor and runs the offline tool on it. */
async function verifyExport(
  system: TestSystem,
  auditor: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; output: string }> {
  const response = await system.request(`/api/v1/audit/dossiers/${DOSSIER}/export`, { headers: auditor });
  const file = join(await mkdtemp(join(tmpdir(), 'ntm-anchor-')), 'archive.tar');
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  try {
    const { stdout } = await run(process.execPath, [VERIFIER, file, ...args]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

describe('signed checkpoints anchor the hash chain (issue #20)', () => {
  let system: TestSystem;
  let pool: Pool;
  let store: PostgresEventStore;
  let admin: Record<string, string>;
  let auditor: Record<string, string>;

  beforeAll(async () => {
    system = await startTestSystem();
    pool = system.db.openPool(2);
    store = new PostgresEventStore(pool);
    await appendHistory(store, DOSSIER, recognitionHistory({ dossierId: DOSSIER, unit: '02005', province: '06' }));
    admin = await devLoginHeaders(system.api.url, 'quan-tri-thai-nguyen');
    auditor = await devLoginHeaders(system.api.url, 'thanh-tra-bac-kan');
  });
  afterAll(async () => {
    await store?.drain();
    await system?.stop();
  });

  it('says plainly that no checkpoint has been signed yet, and lets no auditor sign one', async () => {
    const none = await system.request('/api/v1/audit/checkpoints/latest', { headers: auditor });
    expect(none.status).toBe(404);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    expect(await none.json()).toMatchObject({ code: 'no-checkpoint', title: 'Chưa có điểm neo nào được ký' });
    const byAuditor = await system.request('/api/v1/audit/checkpoints', { method: 'POST', headers: auditor });
    expect(byAuditor.status).toBe(403);
    expect((await system.request('/api/v1/audit/checkpoints/latest', { headers: auditor })).status).toBe(404);
  });

  it('publishes a checkpoint an auditor verifies offline, and reports a re-chained dossier at its version', async () => {
    const taken = await system.request('/api/v1/audit/checkpoints', { method: 'POST', headers: admin });
    expect(taken.status).toBe(200);
    const checkpoint = (await taken.json()) as Checkpoint;
    expect(signatureHolds(checkpoint)).toBe(true);
    expect(signatureHolds({ ...checkpoint, streamCount: checkpoint.streamCount + 1 })).toBe(false);
    const latest = await system.request('/api/v1/audit/checkpoints/latest', { headers: admin });
    expect(await latest.json()).toEqual(checkpoint);
    const intact = await system.request('/api/v1/audit/verify', { headers: admin });
    expect(await intact.json()).toMatchObject({ ok: true, anchoredAt: checkpoint.takenAt });
    const keyFile = join(await mkdtemp(join(tmpdir(), 'ntm-key-')), 'server.pem');
    await writeFile(keyFile, checkpoint.publicKey);
    const offline = await verifyExport(system, auditor, '--public-key', keyFile);
    expect(offline).toEqual({ code: 0, output: expect.stringContaining('anchored to the checkpoint') as string });
    const otherKey = join(await mkdtemp(join(tmpdir(), 'ntm-key-')), 'other.pem');
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' });
    await writeFile(otherKey, other.toString());
    const forged = await verifyExport(system, auditor, '--public-key', otherKey);
    expect(forged).toEqual({ code: 1, output: expect.stringContaining('signature of the checkpoint') as string });
    // The command-line check against the database pins the published key too.
    const direct = { databaseUrl: system.db.url, stream: STREAM, publicKey: createPublicKey(checkpoint.publicKey) };
    const said: string[] = [];
    expect(await verifyEventStore(direct, (line) => said.push(line))).toBe(0);
    expect(said).toEqual([expect.stringContaining(`matches the checkpoint signed at ${checkpoint.takenAt}`)]);

    // A superuser edits the first event, then re-chains every later hash and the stream head.
    await rechainAsSuperuser(pool, STREAM, 1, { note: 'sửa lén' });

    const { rows } = await pool.query<{ version: number }>(
      `select version from event_store.streams where stream_id = $1`,
      [STREAM],
    );
    const broken = await system.request('/api/v1/audit/verify', { headers: admin });
    expect(await broken.json()).toMatchObject({
      ok: false,
      reason: 'checkpoint-mismatch',
      streamId: STREAM,
      version: rows[0].version,
    });
    expect(await verifyEventStore(direct, (line) => said.push(line))).toBe(1);
    expect(said.at(-1)).toContain(`luồng ${STREAM}, phiên bản ${rows[0].version}`);
    expect(said.at(-1)).toContain('checkpoint-mismatch');
    const rechained = await verifyExport(system, auditor, '--public-key', keyFile);
    expect(rechained).toEqual({
      code: 1,
      output: expect.stringContaining(
        `stream ${STREAM} version ${rows[0].version}: differs from the signed checkpoint`,
      ) as string,
    });
  });
});
