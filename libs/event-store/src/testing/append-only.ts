import type { Pool } from 'pg';

import { SQLSTATE } from '../errors';

/**
 * `sql` is refused as a change to an append-only table, both plainly and on a session that
 * bypasses triggers as a superuser may (`session_replication_role = replica`).
 */
export async function expectRefusedEvenBypassingTriggers(pool: Pool, sql: string): Promise<void> {
  await expect(pool.query(sql)).rejects.toMatchObject({ code: SQLSTATE.appendOnly });
  const client = await pool.connect();
  try {
    await client.query('set session_replication_role = replica');
    await expect(client.query(sql)).rejects.toMatchObject({ code: SQLSTATE.appendOnly });
  } finally {
    await client.query('reset session_replication_role');
    client.release();
  }
}
