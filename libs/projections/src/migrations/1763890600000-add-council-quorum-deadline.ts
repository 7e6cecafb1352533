import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The council agenda shows a session whose quorum deadline passed (escalated to the coordinator). */
export class AddCouncilQuorumDeadline1763890600000 implements MigrationInterface {
  name = 'AddCouncilQuorumDeadline1763890600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`alter table read_models.council_agenda
      add column quorum_due_date text, add column quorum_overdue boolean not null default false`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `alter table read_models.council_agenda drop column quorum_due_date, drop column quorum_overdue`,
    );
  }
}
