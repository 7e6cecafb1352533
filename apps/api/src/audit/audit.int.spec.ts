import type { Pool } from 'pg';

import { stateOf } from '@ntm/audit';
import { dossierStreamId, PostgresEventStore, PostgresHashChainAudit, type RecordedEvent } from '@ntm/event-store';
import { createTestDatabase, type TestDatabase } from '@ntm/test-support';
import { loadAdministrativeUnits } from '@ntm/units';

import { appendHistory, recognitionHistory } from '../../../../libs/audit/src/testing/histories';
import { verifyEventStore } from '../../../../scripts/verify-event-store';
import { DossierHistory } from './dossier-history.service';

const DOSSIER = 'hs-quan-ha-2026';

describe('audit over a real event store', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let history: DossierHistory;
  let recorded: RecordedEvent[];

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = db.openPool(4);
    store = new PostgresEventStore(pool);
    // People's names come from the accounts' read model, which these tests do not fill.
    history = new DossierHistory(store, loadAdministrativeUnits(), { of: () => Promise.resolve(new Map()) });
    // 3 ms between appends: every event gets its own recorded_at (millisecond precision).
    await appendHistory(store, DOSSIER, recognitionHistory({ dossierId: DOSSIER, unit: '02005', province: '06' }), 3);
    recorded = await store.readStream(dossierStreamId(DOSSIER));
  });
  afterAll(async () => {
    await store.drain();
    await db.drop();
  });

  it('gives, at any recorded instant, the state obtained by replaying only the events recorded up to it', async () => {
    const instants = recorded.map((e) => e.recordedAt);
    const between = instants.slice(1).map((t, i) => new Date((t.getTime() + instants[i].getTime()) / 2));
    for (const at of [...instants, ...between, new Date(instants[0].getTime() - 1)]) {
      const expected = stateOf(recorded.filter((e) => e.recordedAt <= at));
      expect(await history.stateAt(DOSSIER, { at })).toEqual(expected);
    }
  });

  it('gives at version N the state after exactly N events', async () => {
    for (const version of [0, 1, 7, recorded.length]) {
      const state = await history.stateAt(DOSSIER, { version });
      expect(state).toEqual(stateOf(recorded.slice(0, version)));
      expect(state.version).toBe(version);
    }
    expect((await history.stateAt(DOSSIER, { version: recorded.length })).status).toBe('recognised');
  });

  it('lists every event of the dossier in order with its hash, actor and sentence', async () => {
    const timeline = await history.timeline(DOSSIER);
    expect(timeline.map((e) => e.hash)).toEqual(recorded.map((e) => e.hash));
    expect(timeline.every((e) => e.actor && e.sentence.vi && e.sentence.en)).toBe(true);
    const appraisals = await history.timeline(DOSSIER, { type: 'CriterionAppraised', criterion: 'c-income' });
    expect(appraisals.map((e) => e.sentence.vi)).toEqual([
      'Sở thong-ke (appraiser-thong-ke) đánh giá tiêu chí c-income (Thu nhập) — Đạt',
    ]);
    expect(appraisals.map((e) => e.round)).toEqual([1]);
  });

  it('names the commune by its official name in the registration', async () => {
    const [registered] = await history.timeline(DOSSIER);
    const unit = loadAdministrativeUnits().get('02005');
    expect(registered?.sentence.vi).toContain(`${unit?.name} (02005)`);
  });

  it('reports a row a DBA edited by hand, through the service and the command-line tool', async () => {
    const stream = dossierStreamId(DOSSIER);
    const lines: string[] = [];
    expect(await verifyEventStore({ databaseUrl: db.url, stream }, (line) => lines.push(line))).toBe(0);
    const target = recorded[4];
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('alter table event_store.events disable trigger events_append_only');
      await client.query(
        `update event_store.events set metadata = metadata || '{"actor":"ke-gian"}' where event_id = $1`,
        [target.eventId],
      );
      await client.query('alter table event_store.events enable always trigger events_append_only');
      await client.query('commit');
    } finally {
      client.release();
    }
    const broken = {
      ok: false,
      streamId: stream,
      version: 5,
      position: target.globalPosition,
      reason: 'hash-mismatch',
    };
    await expect(new PostgresHashChainAudit(pool).verify(stream)).resolves.toEqual(broken);
    expect(await verifyEventStore({ databaseUrl: db.url }, (line) => lines.push(line))).toBe(1);
    expect(lines.at(-1)).toContain(`luồng ${stream}, phiên bản 5`);
  });
});
