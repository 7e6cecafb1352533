import { PostgresEventStore } from '@ntm/event-store';
import { recognitionCommands, history, twoTierRegime } from '@ntm/domain/testing/fixtures';
import { createTestDatabase, projectedRows, type TestDatabase } from '@ntm/test-support';

import { criterionReviewProjector } from '../dossiers/criterion-review.projector';
import { dossierSummaryProjector } from '../dossiers/dossier-summary.projector';
import { toNewEvents } from '../dossiers/testing';
import { ProjectionRunner } from '../projection-runner';
import { SummaryColumns1763891200000 } from './1763891200000-summary-columns';

const REBUILT = [dossierSummaryProjector.name, criterionReviewProjector.name];
/** A summary row, a review row and checkpoints as a worker left them before the summary had its columns. */
async function projectedBefore(db: TestDatabase): Promise<void> {
  await db.dataSource.query(
    `insert into read_models.dossier_summaries (dossier_id, unit_code, unit_kind, province, level, year, status,
       round, catalogue_version, criteria_set_id, regime_id, met_count, total, unmet_ids, pending_appraisals,
       comments_unanswered, last_version, updated_at, state)
     values ('d-1', 'xa-01', 'commune', '01', 'ntm', 2026, 'recognised', 1, 'v1', 'xa-ntm', 'two-tier', 0, 0, '[]',
       0, 0, 9, now(), '{"status": "recognised"}')`,
  );
  await db.dataSource.query(
    `insert into read_models.criterion_reviews (dossier_id, round, step_index, criterion_id, tier, department,
       due_date, status, verdict, supplement_requests, overdue, reminder_sent, updated_at)
     values ('d-1', 1, 0, 'c-income', 'province', 'thong-ke', '2026-04-15', 'appraised', 'met', 0, false, false, now())`,
  );
  for (const name of [...REBUILT, 'council_agenda'])
    await db.dataSource.query(
      `insert into read_models.projection_checkpoints (name, transaction_id, global_position, updated_at)
       values ($1, '1'::xid8, 9, now())`,
      [name],
    );
}

describe('summary columns migration, on read models already projected', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase({ stopBefore: SummaryColumns1763891200000 });
    store = new PostgresEventStore(db.openPool());
    await store.append('dossier-d-1', 'no-stream', toNewEvents(history(...recognitionCommands(twoTierRegime))));
    await projectedBefore(db);
  });
  afterAll(async () => {
    await store.drain();
    await db.drop();
  });

  const checkpoints = async () =>
    (await db.dataSource.query(`select name from read_models.projection_checkpoints order by name`)).map(
      (row: { name: string }) => row.name,
    );

  it('marks the dossier summaries and criterion reviews for rebuild; the worker’s catch-up fills the new columns from the events', async () => {
    const applied = await db.dataSource.runMigrations();
    expect(applied.map((migration) => migration.name)).toEqual(['SummaryColumns1763891200000']);
    await expect(db.dataSource.query(`select * from read_models.dossier_summaries`)).resolves.toEqual([]);
    await expect(db.dataSource.query(`select * from read_models.criterion_reviews`)).resolves.toEqual([]);
    await expect(checkpoints()).resolves.toEqual(['council_agenda']);
    // The projector is today's: the later columns it writes come first, as a deploy would add them.
    await db.applyLaterMigrations();
    const runner = new ProjectionRunner(db.dataSource, store, [dossierSummaryProjector, criterionReviewProjector]);
    const [row] = await projectedRows(runner, REBUILT, () =>
      db.dataSource.query(
        `select status, recognition_authority, revocation_pending, coordinator_task, jsonb_array_length(criterion_verdicts) as criteria
         from read_models.dossier_summaries`,
      ),
    );
    expect(row).toEqual({
      status: 'recognised',
      recognition_authority: 'Chủ tịch UBND tỉnh',
      revocation_pending: false,
      // Signed, not yet announced (công bố): the coordinator's next task.
      coordinator_task: 'announcement',
      criteria: 4,
    });
    await expect(db.dataSource.query(`select count(*)::int as count from read_models.dossier_states`)).resolves.toEqual(
      [{ count: 1 }],
    );
  });

  it('down brings the folded state back into the summary and marks both for rebuild again', async () => {
    await db.undoLaterMigrations();
    await db.dataSource.undoLastMigration();
    const columns = await db.dataSource.query(
      `select table_name, column_name from information_schema.columns
       where table_schema = 'read_models' and (table_name = 'dossier_states' or column_name in ('state', 'revocation'))`,
    );
    expect(columns).toEqual([{ table_name: 'dossier_summaries', column_name: 'state' }]);
    await expect(db.dataSource.query(`select * from read_models.dossier_summaries`)).resolves.toEqual([]);
    await expect(checkpoints()).resolves.toEqual(['council_agenda']);
  });
});
