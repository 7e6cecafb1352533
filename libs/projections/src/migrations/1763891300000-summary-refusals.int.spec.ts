import { PostgresEventStore } from '@ntm/event-store';
import { cmd, filingCommands, history } from '@ntm/domain/testing/fixtures';
import { createTestDatabase, projectedRows, type TestDatabase } from '@ntm/test-support';

import { dossierSummaryProjector } from '../dossiers/dossier-summary.projector';
import { toNewEvents } from '../dossiers/testing';
import { ProjectionRunner } from '../projection-runner';
import { SummaryRefusals1763891300000 } from './1763891300000-summary-refusals';

describe('summary refusals migration, on read models already projected', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase({ stopBefore: SummaryRefusals1763891300000 });
    store = new PostgresEventStore(db.openPool());
    const refused = history(...filingCommands(), cmd.submit('province'), cmd.refuse('c-income'));
    await store.append('dossier-d-1', 'no-stream', toNewEvents(refused));
    // As a worker left them before the column: a folded state and the checkpoint past the events.
    await db.dataSource.query(
      `insert into read_models.dossier_states (dossier_id, state) values ('d-1', '{"status": "refused"}')`,
    );
    await db.dataSource.query(
      `insert into read_models.projection_checkpoints (name, transaction_id, global_position, updated_at)
       values ($1, '1'::xid8, $2, now())`,
      [dossierSummaryProjector.name, refused.length],
    );
  });
  afterAll(async () => {
    await store.drain();
    await db.drop();
  });

  const count = async (table: string) =>
    (await db.dataSource.query(`select count(*)::int as count from read_models.${table}`))[0].count as number;

  it('marks the summaries for rebuild (rows and folded states emptied); the catch-up fills the refusals from the events', async () => {
    expect(await count('dossier_states')).toBe(1);
    const applied = await db.dataSource.runMigrations();
    expect(applied.map((migration) => migration.name)).toEqual(['SummaryRefusals1763891300000']);
    expect([await count('dossier_summaries'), await count('dossier_states')]).toEqual([0, 0]);
    // The projector is today's: the later columns it writes come first, as a deploy would add them.
    await db.applyLaterMigrations();
    const runner = new ProjectionRunner(db.dataSource, store, [dossierSummaryProjector]);
    const [row] = await projectedRows(runner, [dossierSummaryProjector.name], () =>
      db.dataSource.query(`select status, refusals from read_models.dossier_summaries`),
    );
    expect(row).toEqual({
      status: 'refused',
      refusals: [{ round: 1, reasons: [{ criterionId: 'c-income', reason: 'Chưa đạt' }] }],
    });
  });

  it('down drops the column and marks the summaries for rebuild again', async () => {
    await db.dataSource.undoLastMigration();
    const columns = await db.dataSource.query(
      `select column_name from information_schema.columns
       where table_schema = 'read_models' and table_name = 'dossier_summaries' and column_name = 'refusals'`,
    );
    expect(columns).toEqual([]);
    expect(await count('dossier_summaries')).toBe(0);
  });
});
