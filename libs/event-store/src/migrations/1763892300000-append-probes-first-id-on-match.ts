import type { MigrationInterface, QueryRunner } from 'typeorm';

import { appendLookingUpIdsWhen, PROBE_ON_MISMATCH } from './append-function';

/**
 * A retry can meet the stream at the very version it expects: a dossier's run that recorded a
 * command continued as new at that version, and the request is retried in the new run. Its ids are
 * all stored, so the append must answer with them rather than meet the unique index. When the
 * version matches, one index probe of the batch's first id tells a retry from a first attempt (a
 * batch stored only from its second id on is refused by the unique index, as it should be).
 */
export class AppendProbesFirstIdOnMatch1763892300000 implements MigrationInterface {
  name = 'AppendProbesFirstIdOnMatch1763892300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      appendLookingUpIdsWhen(
        `${PROBE_ON_MISMATCH} or exists (select 1 from event_store.events e where e.event_id = p_event_ids[1])`,
      ),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(appendLookingUpIdsWhen(PROBE_ON_MISMATCH));
  }
}
