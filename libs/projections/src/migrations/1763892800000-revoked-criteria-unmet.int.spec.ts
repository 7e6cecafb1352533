import { PostgresEventStore } from '@ntm/event-store';
import { history } from '@ntm/domain/testing/fixtures';
import { LAPSED_CRITERIA, revokedStepwise } from '@ntm/domain/testing/revocation-fixtures';
import { createTestDatabase, projectedRows, type TestDatabase } from '@ntm/test-support';

import { dossierSummaryProjector } from '../dossiers/dossier-summary.projector';
import { toNewEvents } from '../dossiers/testing';
import { programmeDashboardProjector } from '../programme/programme-dashboard.projector';
import { ProjectionRunner } from '../projection-runner';
import { RevokedCriteriaUnmet1763892800000 } from './1763892800000-revoked-criteria-unmet';

const REBUILT = [dossierSummaryProjector.name, programmeDashboardProjector.name];

describe('revoked criteria migration, on read models already projected', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  beforeAll(async () => {
    db = await createTestDatabase({ stopBefore: RevokedCriteriaUnmet1763892800000 });
    store = new PostgresEventStore(db.openPool());
    await store.append('dossier-d-1', 'no-stream', toNewEvents(history(...revokedStepwise())));
    runner = new ProjectionRunner(db.dataSource, store, [dossierSummaryProjector, programmeDashboardProjector]);
    await projectedRows(runner, REBUILT, () => db.dataSource.query(`select 1 from read_models.programme_dossiers`));
    // As the earlier projector left them: the revoked dossier with its last appraisal, every criterion met.
    await db.dataSource.query(`update read_models.dossier_summaries set met_count = total, unmet_ids = '[]'`);
    await db.dataSource.query(
      `update read_models.programme_dossiers set met_count = total,
         criterion_verdicts = (select jsonb_object_agg(key, 'met') from jsonb_object_keys(criterion_verdicts) key)`,
    );
  });
  afterAll(async () => {
    await store.drain();
    await db.drop();
  });

  it('replays the summaries and the dashboard’s dossiers: the criteria the revocation stood on count as unmet', async () => {
    const applied = await db.dataSource.runMigrations();
    expect(applied.map((migration) => migration.name)).toEqual(['RevokedCriteriaUnmet1763892800000']);
    const [row] = await projectedRows(runner, REBUILT, () =>
      db.dataSource.query(
        `select s.status, s.unmet_ids, p.criterion_verdicts->>'c-income' as income, p.met_count = p.total - 2 as counted
         from read_models.dossier_summaries s join read_models.programme_dossiers p using (dossier_id)`,
      ),
    );
    expect(row).toEqual({ status: 'revoked', unmet_ids: LAPSED_CRITERIA, income: 'not-met', counted: true });
  });
});
