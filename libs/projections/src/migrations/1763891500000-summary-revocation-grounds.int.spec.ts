import { PostgresEventStore } from '@ntm/event-store';
import { history, recognitionCommands, twoTierRegime } from '@ntm/domain/testing/fixtures';
import { lapsedValues, revocationCmd } from '@ntm/domain/testing/revocation-fixtures';
import { createTestDatabase, projectedRows, type TestDatabase } from '@ntm/test-support';

import { dossierSummaryProjector } from '../dossiers/dossier-summary.projector';
import { toNewEvents } from '../dossiers/testing';
import { ProjectionRunner } from '../projection-runner';
import { SummaryRevocationGrounds1763891500000 } from './1763891500000-summary-revocation-grounds';

describe('summary revocation grounds migration, on read models already projected', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase({ stopBefore: SummaryRevocationGrounds1763891500000 });
    store = new PostgresEventStore(db.openPool());
    const caseRaised = history(...recognitionCommands(twoTierRegime), revocationCmd.reviewRound(lapsedValues));
    await store.append('dossier-d-1', 'no-stream', toNewEvents(caseRaised));
    // As a worker left them before the grounds were shown: a folded state without them, the checkpoint past the events.
    await db.dataSource.query(
      `insert into read_models.dossier_states (dossier_id, state) values ('d-1', '{"status": "recognised"}')`,
    );
    await db.dataSource.query(
      `insert into read_models.projection_checkpoints (name, transaction_id, global_position, updated_at)
       values ($1, '1'::xid8, $2, now())`,
      [dossierSummaryProjector.name, caseRaised.length],
    );
  });
  afterAll(async () => {
    await store.drain();
    await db.drop();
  });

  it('marks the summaries for rebuild; the catch-up shows the case with its Điều 23 grounds', async () => {
    const applied = await db.dataSource.runMigrations();
    expect(applied.map((migration) => migration.name)).toEqual(['SummaryRevocationGrounds1763891500000']);
    // The projector is today's: the later columns it writes come first, as a deploy would add them.
    await db.applyLaterMigrations();
    const runner = new ProjectionRunner(db.dataSource, store, [dossierSummaryProjector]);
    const [row] = await projectedRows(runner, [dossierSummaryProjector.name], () =>
      db.dataSource.query(`select revocation from read_models.dossier_summaries`),
    );
    expect(row).toMatchObject({
      revocation: {
        phase: 'case-open',
        grounds: { share: 0.5, band: 'full', criticalUnmet: ['c-income'], sufficient: true },
      },
    });
  });
});
