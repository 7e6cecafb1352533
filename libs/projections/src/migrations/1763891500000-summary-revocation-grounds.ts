import type { MigrationInterface, QueryRunner } from 'typeorm';

import { markForRebuild } from './1763891300000-summary-refusals';

/**
 * The summary's revocation view now shows the grounds (share, band, sufficiency, the set counted
 * on), the explanation due date and the residents' consultation (#16.5), which the coordinator's
 * and the commune's queues read. The folded states kept beside the rows predate them: the summaries
 * are marked for rebuild and replayed from the event store. No column changes.
 */
export class SummaryRevocationGrounds1763891500000 implements MigrationInterface {
  name = 'SummaryRevocationGrounds1763891500000';

  async up(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
  }
}
