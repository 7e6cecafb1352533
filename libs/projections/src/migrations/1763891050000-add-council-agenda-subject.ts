import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The council agenda says whether a session sits on a revocation proposal. A session open on a
 * dossier whose revocation is proposed can only be the revocation's (review councils close before
 * recognition), so rows already there are marked from the dossier's status.
 */
export class AddCouncilAgendaSubject1763891050000 implements MigrationInterface {
  name = 'AddCouncilAgendaSubject1763891050000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`alter table read_models.council_agenda add column subject text not null default 'recognition'`);
    await runner.query(`update read_models.council_agenda a set subject = 'revocation'
      from read_models.dossier_summaries s where s.dossier_id = a.dossier_id and s.status = 'revocation-proposed'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`alter table read_models.council_agenda drop column subject`);
  }
}
