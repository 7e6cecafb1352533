import { createPublicKey, verify } from 'node:crypto';

import canonicalize from 'canonicalize';
import type { Pool } from 'pg';

import { dossierStreamId, PostgresEventStore, type StoredRow, toStoredLink } from '@ntm/event-store';
import { startTestSystem, type TestSystem } from '@ntm/test-support';

import { appendHistory, recognitionHistory } from '../../libs/audit/src/testing/histories';
import { eventHash } from '../../libs/event-store/src/hash-chain';
import { devLoginHeaders } from '../support/dev-login';

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

describe('signed checkpoints anchor the hash chain (issue #20)', () => {
  let system: TestSystem;
  let pool: Pool;
  let store: PostgresEventStore;
  let admin: Record<string, string>;

  beforeAll(async () => {
    system = await startTestSystem();
    pool = system.db.openPool(2);
    store = new PostgresEventStore(pool);
    await appendHistory(store, DOSSIER, recognitionHistory({ dossierId: DOSSIER, unit: '02005', province: '06' }));
    admin = await devLoginHeaders(system.api.url, 'quan-tri-thai-nguyen');
  });
  afterAll(async () => {
    await store?.drain();
    await system?.stop();
  });

  /** A superuser edits the first event, then re-chains every later hash and the stream head. */
  async function rechainAsSuperuser(): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('alter table event_store.events disable trigger events_append_only');
      await client.query(
        `update event_store.events set data = data || '{"note":"sửa lén"}' where stream_id = $1 and stream_version = 1`,
        [STREAM],
      );
      const { rows } = await client.query<StoredRow>(
        `select * from event_store.events where stream_id = $1 order by stream_version`,
        [STREAM],
      );
      let prevHash: string | null = null;
      for (const row of rows) {
        const hash = eventHash({ ...toStoredLink(row), prevHash });
        await client.query(`update event_store.events set prev_hash = $2, hash = $3 where event_id = $1`, [
          row.event_id,
          prevHash,
          hash,
        ]);
        prevHash = hash;
      }
      await client.query(`update event_store.streams set last_hash = $2 where stream_id = $1`, [STREAM, prevHash]);
      await client.query('alter table event_store.events enable always trigger events_append_only');
      await client.query('commit');
    } finally {
      client.release();
    }
  }

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

    await rechainAsSuperuser();

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
  });
});
