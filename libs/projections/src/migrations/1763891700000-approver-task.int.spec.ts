import { PostgresEventStore } from '@ntm/event-store';
import { history, recognitionCommands, twoTierRegime } from '@ntm/domain/testing/fixtures';
import { createTestDatabase, projectedRows, type TestDatabase } from '@ntm/test-support';

import { dossierSummaryProjector } from '../dossiers/dossier-summary.projector';
import { toNewEvents } from '../dossiers/testing';
import { ProjectionRunner } from '../projection-runner';
import { ApproverTask1763891700000 } from './1763891700000-approver-task';

describe('approver task migration, on read models already projected', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase({ stopBefore: ApproverTask1763891700000 });
    store = new PostgresEventStore(db.openPool());
    const councilApproved = history(...recognitionCommands(twoTierRegime).slice(0, -1));
    await store.append('dossier-d-1', 'no-stream', toNewEvents(councilApproved));
    // As a worker left them before the approver's queue: a folded state, the checkpoint past the events.
    await db.dataSource.query(
      `insert into read_models.dossier_states (dossier_id, state) values ('d-1', '{"status": "in-review"}')`,
    );
    await db.dataSource.query(
      `insert into read_models.projection_checkpoints (name, transaction_id, global_position, updated_at)
       values ($1, '1'::xid8, $2, now())`,
      [dossierSummaryProjector.name, councilApproved.length],
    );
  });
  afterAll(async () => {
    await store.drain();
    await db.drop();
  });

  it("adds the column and marks the summaries for rebuild; the catch-up puts the approved dossier on the approver's queue", async () => {
    const applied = await db.dataSource.runMigrations();
    expect(applied.map((migration) => migration.name)).toEqual(['ApproverTask1763891700000']);
    // The projector is today's: the later columns it writes come first, as a deploy would add them.
    await db.applyLaterMigrations();
    const runner = new ProjectionRunner(db.dataSource, store, [dossierSummaryProjector]);
    const [row] = await projectedRows(runner, [dossierSummaryProjector.name], () =>
      db.dataSource.query(`select approver_task from read_models.dossier_summaries`),
    );
    expect(row).toEqual({ approver_task: 'recognition' });
  });
});
