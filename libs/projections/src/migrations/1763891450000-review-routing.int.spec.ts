import { PostgresEventStore } from '@ntm/event-store';
import { cmd, departmentOf, filingCommands, history } from '@ntm/domain/testing/fixtures';
import { createTestDatabase, projectedRows, type TestDatabase } from '@ntm/test-support';

import { criterionReviewProjector } from '../dossiers/criterion-review.projector';
import { toNewEvents } from '../dossiers/testing';
import { ProjectionRunner } from '../projection-runner';
import { ReviewRouting1763891450000 } from './1763891450000-review-routing';

describe('review routing migration, on criterion reviews already projected', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase({ stopBefore: ReviewRouting1763891450000 });
    store = new PostgresEventStore(db.openPool());
    const assigned = history(...filingCommands(), cmd.submit('province'), cmd.assign('province'));
    await store.append('dossier-d-1', 'no-stream', toNewEvents(assigned));
    // As a worker left them before the columns: a row and the checkpoint past the events.
    await db.dataSource.query(
      `insert into read_models.criterion_reviews (dossier_id, round, step_index, criterion_id, tier, department,
         due_date, status, verdict, supplement_requests, overdue, reminder_sent, updated_at)
       values ('d-1', 1, 0, 'c-income', 'province', 'thong-ke', '2026-04-15', 'pending', null, 0, false, false, now())`,
    );
    await db.dataSource.query(
      `insert into read_models.projection_checkpoints (name, transaction_id, global_position, updated_at)
       values ($1, '1'::xid8, $2, now())`,
      [criterionReviewProjector.name, assigned.length],
    );
  });
  afterAll(async () => {
    await store.drain();
    await db.drop();
  });

  const count = async () =>
    (await db.dataSource.query(`select count(*)::int as count from read_models.criterion_reviews`))[0].count as number;

  it('marks the reviews for rebuild; the catch-up names the department doing each assignment today, from the registration', async () => {
    const applied = await db.dataSource.runMigrations();
    expect(applied.map((migration) => migration.name)).toEqual(['ReviewRouting1763891450000']);
    expect(await count()).toBe(0);
    const runner = new ProjectionRunner(db.dataSource, store, [criterionReviewProjector]);
    const rows = await projectedRows(runner, [criterionReviewProjector.name], () =>
      db.dataSource.query(
        `select criterion_id as "criterionId", department, today_unit as "unit", today_department as "today"
         from read_models.criterion_reviews order by criterion_id`,
      ),
    );
    // The fixture's departments are in force and its province is no unit that merged: each is its own today.
    expect(rows).toEqual(
      Object.entries(departmentOf)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([criterionId, department]) => ({ criterionId, department, unit: 'ha-nam', today: department })),
    );
  });

  it('down drops the columns and marks the reviews for rebuild again', async () => {
    await db.dataSource.undoLastMigration();
    const columns = await db.dataSource.query(
      `select column_name from information_schema.columns
       where table_schema = 'read_models' and table_name = 'criterion_reviews' and column_name like 'today_%'`,
    );
    expect(columns).toEqual([]);
    expect(await count()).toBe(0);
  });
});
