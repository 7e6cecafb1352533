import type { DossierStatus } from '@ntm/domain';
import { createTestDatabase, type TestDatabase } from '@ntm/test-support';

import { AddCouncilAgendaSubject1763891050000 } from './1763891050000-add-council-agenda-subject';

/** A dossier's summary and its open council session, written as they were before the agenda had a subject. */
async function openCouncil(db: TestDatabase, dossierId: string, status: DossierStatus): Promise<void> {
  await db.dataSource.query(
    `insert into read_models.dossier_summaries (dossier_id, unit_code, unit_kind, province, level, year, status,
       round, catalogue_version, criteria_set_id, regime_id, met_count, total, unmet_ids, pending_appraisals,
       comments_unanswered, last_version, updated_at, state)
     values ($1, '00001', 'commune', '01', 'ntm', 2025, $2, 1, 'v1', 'xa-ntm', 'two-tier', 0, 0, '[]', 0, 0, 9, now(), '{}')`,
    [dossierId, status],
  );
  await db.dataSource.query(
    `insert into read_models.council_agenda (dossier_id, round, step_index, tier, session, members, votes_count, opened_at)
     values ($1, 1, 0, 'province', 1, '["member-1"]', 0, now())`,
    [dossierId],
  );
}

describe('council agenda subject migration, on sessions already open', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ stopBefore: AddCouncilAgendaSubject1763891050000 });
    await openCouncil(db, 'dossier-revoking', 'revocation-proposed');
    await openCouncil(db, 'dossier-in-review', 'in-review');
  });
  afterAll(() => db.drop());

  const agenda = (columns: string) =>
    db.dataSource.query(`select ${columns} from read_models.council_agenda order by dossier_id`);

  it('marks the session of a dossier whose revocation is proposed as a revocation council; the others stay recognition', async () => {
    const applied = await db.dataSource.runMigrations();
    expect(applied.map((migration) => migration.name)).toEqual(['AddCouncilAgendaSubject1763891050000']);
    await expect(agenda('dossier_id, subject')).resolves.toEqual([
      { dossier_id: 'dossier-in-review', subject: 'recognition' },
      { dossier_id: 'dossier-revoking', subject: 'revocation' },
    ]);
  });

  it('down drops the subject and keeps the sessions', async () => {
    await db.dataSource.undoLastMigration();
    const subject = await db.dataSource.query(
      `select 1 from information_schema.columns
       where table_schema = 'read_models' and table_name = 'council_agenda' and column_name = 'subject'`,
    );
    expect(subject).toEqual([]);
    await expect(agenda('dossier_id')).resolves.toEqual([
      { dossier_id: 'dossier-in-review' },
      { dossier_id: 'dossier-revoking' },
    ]);
  });
});
