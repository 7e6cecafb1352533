import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A user may take their e-mail as one daily digest instead of one message per notification (issue #23). */
export class NotificationDigest1763892420000 implements MigrationInterface {
  name = 'NotificationDigest1763892420000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `alter table read_models.notification_preferences add column daily_digest boolean not null default false`,
    );
    await runner.query(`delete from read_models.notification_preferences`);
    await runner.query(`delete from read_models.projection_checkpoints where name = 'notifications'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`alter table read_models.notification_preferences drop column daily_digest`);
  }
}
