import { randomUUID } from 'node:crypto';

import type { DossierCommand, DossierEvent } from '@ntm/domain';
import {
  clearStep,
  cmd,
  filingCommands,
  history,
  recognitionCommands,
  threeTierRegime,
} from '@ntm/domain/testing/fixtures';
import { PostgresEventStore } from '@ntm/event-store';
import { createTestDatabase, type TestDatabase } from '@ntm/test-support';
import { Pool } from 'pg';

import { ProjectionRunner } from '../projection-runner';
import { councilAgendaProjector } from './council-agenda.projector';
import { criterionReviewProjector } from './criterion-review.projector';
import { dossierSummaryProjector } from './dossier-summary.projector';
import { toNewEvents } from './testing';

const PROJECTORS = [dossierSummaryProjector, criterionReviewProjector, councilAgendaProjector];
const TABLES = ['dossier_summaries', 'criterion_reviews', 'council_agenda'];

/** A fixture history under another dossier id: the fixtures all file `d-1`. */
function dossierHistory(dossierId: string, commands: DossierCommand[]): DossierEvent[] {
  return history(...commands).map((event) =>
    event.type === 'DossierRegistered' ? ({ ...event, data: { ...event.data, dossierId } } as DossierEvent) : event,
  );
}

describe('dossier read models: rebuild', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new Pool({ connectionString: db.url, max: 4 });
    store = new PostgresEventStore(pool);
    runner = new ProjectionRunner(db.dataSource, store, PROJECTORS, { batchSize: 7 });
  });
  afterAll(async () => {
    await store.drain();
    await pool.end();
    await db.drop();
  });

  async function settle(): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      for (const { name } of PROJECTORS) await runner.catchUp(name);
      if ((await runner.lag()).every((lag) => lag.eventsBehind === 0)) return;
      await new Promise((done) => setTimeout(done, 25));
    }
    throw new Error('did not catch up');
  }

  const snapshot = () =>
    Promise.all(TABLES.map((table) => db.dataSource.query(`select * from read_models.${table} order by 1, 2, 3, 4`)));

  /** Appends a history in chunks, projecting between some of them as the live worker would. */
  async function appendLive(dossierId: string, events: DossierEvent[]): Promise<void> {
    for (let from = 0; from < events.length; from += 5) {
      const chunk = toNewEvents(events.slice(from, from + 5));
      await store.append(`dossier-${dossierId}`, from, chunk);
      if (from % 10 === 0) for (const { name } of PROJECTORS) await runner.catchUp(name);
    }
  }

  it('rebuilding from zero gives the rows live projection gave, over realistic dossier histories', async () => {
    await appendLive('recognised', dossierHistory('recognised', recognitionCommands(threeTierRegime)));
    const open = [...filingCommands(), ...clearStep('province').slice(0, -2)]; // four of five votes, council open;
    await appendLive('council-open', dossierHistory('council-open', open));
    const dispatched = [...filingCommands(), cmd.submit('province'), cmd.assign('province'), cmd.appraise('c-income')];
    await appendLive('appraising', dossierHistory('appraising', dispatched));
    await store.append('dossier-notices-appraising', 'any', [
      {
        eventId: randomUUID(),
        type: 'AppraisalOverdue',
        data: {
          kind: 'overdue',
          dossierId: 'appraising',
          round: 1,
          stepIndex: 0,
          criterionId: 'c-poverty',
          department: 'ldtbxh',
          dueDate: '2026-04-15',
          at: '2026-04-16T01:00:00.000Z',
        },
      },
    ]);
    await settle();
    const live = await snapshot();
    expect(live[0].map((row: { status: string }) => row.status).sort()).toEqual([
      'in-review',
      'in-review',
      'recognised',
    ]);
    expect(live[1]).toContainEqual(expect.objectContaining({ criterion_id: 'c-poverty', overdue: true }));
    expect(live[2]).toEqual([expect.objectContaining({ dossier_id: 'council-open', votes_count: 4 })]);
    for (const { name } of PROJECTORS) await runner.rebuild(name);
    await settle();
    expect(await snapshot()).toEqual(live);
  });
});
