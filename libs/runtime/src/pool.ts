import { Pool } from 'pg';

/**
 * A `pg` pool that survives the server dropping an idle connection (restart, shutdown, a dropped
 * database): without an 'error' listener, node-postgres crashes the whole process.
 */
export function createPool(url: string, max: number, onIdleError: (error: Error) => void): Pool {
  const pool = new Pool({ connectionString: url, max });
  pool.on('error', onIdleError);
  return pool;
}
