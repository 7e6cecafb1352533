import type { Pool } from 'pg';

import type { RoundTripActivities } from '@ntm/workflows/round-trip/activities';

export function createRoundTripActivities(pool: Pool): RoundTripActivities {
  return {
    async recordRoundTrip(input) {
      // Idempotent by request id: a retried activity returns the row the first attempt wrote.
      const { rows } = await pool.query<{ id: string; workflow_id: string; requested_by: string; recorded_at: Date }>(
        `insert into ops.round_trips (id, requested_by, workflow_id) values ($1, $2, $3)
         on conflict (id) do update set id = excluded.id
         returning id, workflow_id, requested_by, recorded_at`,
        [input.requestId, input.requestedBy, input.workflowId],
      );
      const row = rows[0];
      return {
        id: row.id,
        workflowId: row.workflow_id,
        requestedBy: row.requested_by,
        recordedAt: row.recorded_at.toISOString(),
      };
    },
  };
}
