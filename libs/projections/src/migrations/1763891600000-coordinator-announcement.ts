import type { MigrationInterface, QueryRunner } from 'typeorm';

import { markForRebuild } from './1763891300000-summary-refusals';

/**
 * A signed recognition now waits on the coordinator's desk until it is announced (công bố): the
 * summaries' coordinator task is recomputed by replaying them from the event store. No column changes.
 */
export class CoordinatorAnnouncement1763891600000 implements MigrationInterface {
  name = 'CoordinatorAnnouncement1763891600000';

  async up(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
  }
}
