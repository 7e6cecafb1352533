import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifications projector reads two more events (issue #23): the end of a revocation's
 * explanation period and the revocation decision. Its checkpoint is dropped so it rebuilds and
 * those already recorded reach the inbox too; the rebuild upserts by notification id, so nothing
 * already derived, read or delivered changes.
 */
export class NotificationsOfRevocation1763892730000 implements MigrationInterface {
  name = 'NotificationsOfRevocation1763892730000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`delete from read_models.projection_checkpoints where name = 'notifications'`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the rows the rebuild added are derived from the record like the others.
  }
}
