import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifications' channels beyond the inbox (issue #23): users' preferences and the deliveries
 * recorded. The notifications projector reads their events from now on: its checkpoint is dropped
 * so it rebuilds with them.
 */
export class CreateNotificationChannels1763892410000 implements MigrationInterface {
  name = 'CreateNotificationChannels1763892410000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create table read_models.notification_preferences (
      user_id text primary key,
      email text,
      email_enabled boolean not null,
      grants jsonb not null,
      since timestamptz not null
    )`);
    await runner.query(`create table read_models.notification_deliveries (
      notification_id uuid not null,
      user_id text not null,
      channel text not null,
      delivered_at timestamptz not null,
      primary key (notification_id, user_id, channel)
    )`);
    await runner.query(`delete from read_models.notification_reads`);
    await runner.query(`delete from read_models.notifications`);
    await runner.query(`delete from read_models.projection_checkpoints where name = 'notifications'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table read_models.notification_deliveries`);
    await runner.query(`drop table read_models.notification_preferences`);
  }
}
