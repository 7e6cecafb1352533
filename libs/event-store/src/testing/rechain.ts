import type { Pool } from 'pg';

import { eventHash } from '../hash-chain';
import { type StoredRow, toStoredLink } from '../rows';

/**
 * The attack a plain chain cannot see: a superuser adds `patch` to one event's data, then
 * recomputes and rewrites every later hash and the stream head, so every stored link agrees with
 * its neighbour again.
 */
export async function rechainAsSuperuser(pool: Pool, streamId: string, version: number, patch: object): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('alter table event_store.events disable trigger events_append_only');
    await client.query(
      `update event_store.events set data = data || $3::jsonb where stream_id = $1 and stream_version = $2`,
      [streamId, version, JSON.stringify(patch)],
    );
    const { rows } = await client.query<StoredRow>(
      `select * from event_store.events where stream_id = $1 order by stream_version`,
      [streamId],
    );
    let prevHash: string | null = null;
    for (const row of rows) {
      const hash = eventHash({ ...toStoredLink(row), prevHash });
      await client.query(`update event_store.events set prev_hash = $2, hash = $3 where event_id = $1`, [
        row.event_id,
        prevHash,
        hash,
      ]);
      prevHash = hash;
    }
    await client.query(`update event_store.streams set last_hash = $2 where stream_id = $1`, [streamId, prevHash]);
    await client.query('alter table event_store.events enable always trigger events_append_only');
    await client.query('commit');
  } finally {
    client.release();
  }
}
