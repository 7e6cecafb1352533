import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The in-app inbox (issue #23): notifications by audience and the marks of who read them. Created
 * empty with no checkpoint: the projection runner builds them from the first event on.
 */
export class CreateNotifications1763892400000 implements MigrationInterface {
  name = 'CreateNotifications1763892400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create table read_models.notifications (
      notification_id uuid primary key,
      kind text not null,
      dossier_id text not null,
      audience_role text,
      audience_unit text,
      audience_department text,
      audience_user text,
      params jsonb not null,
      position bigint not null,
      created_at timestamptz not null,
      check ((audience_user is null) <> (audience_role is null and audience_unit is null))
    )`);
    // The inbox asks "for these roles at these units" or "for me", newest first.
    await runner.query(
      `create index notifications_by_grant on read_models.notifications (audience_role, audience_unit, position desc)`,
    );
    await runner.query(
      `create index notifications_by_user on read_models.notifications (audience_user, position desc) where audience_user is not null`,
    );
    await runner.query(`create table read_models.notification_reads (
      user_id text not null,
      notification_id uuid not null,
      read_at timestamptz not null,
      primary key (user_id, notification_id)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table read_models.notification_reads`);
    await runner.query(`drop table read_models.notifications`);
  }
}
