import { LOG_START, type LogPosition } from '@ntm/event-store';
import type { EntityManager } from 'typeorm';

const TABLE = 'read_models.projection_checkpoints';

export async function loadCheckpoint(manager: EntityManager, name: string): Promise<LogPosition> {
  const rows: { transaction_id: string; global_position: string }[] = await manager.query(
    `select transaction_id::text as transaction_id, global_position from ${TABLE} where name = $1`,
    [name],
  );
  return rows.length === 0
    ? LOG_START
    : { transactionId: rows[0].transaction_id, globalPosition: Number(rows[0].global_position) };
}

/**
 * Moves the checkpoint from `from` to `to` only if it is still at `from`: of two runners of one
 * projection (two workers, or a rebuild racing the live loop) the one behind skips its batch.
 * Locks the checkpoint row until commit, before any read-model write (the order rebuild uses too).
 */
export async function advanceCheckpoint(
  manager: EntityManager,
  name: string,
  from: LogPosition,
  to: LogPosition,
): Promise<boolean> {
  const moved: unknown[] = await manager.query(
    `insert into ${TABLE} as c (name, transaction_id, global_position, updated_at)
     values ($1, $4::xid8, $5, now())
     on conflict (name) do update
       set transaction_id = excluded.transaction_id, global_position = excluded.global_position, updated_at = now()
       where c.transaction_id = $2::xid8 and c.global_position = $3
     returning name`,
    [name, from.transactionId, from.globalPosition, to.transactionId, to.globalPosition],
  );
  return moved.length === 1;
}

export async function resetCheckpoint(manager: EntityManager, name: string): Promise<void> {
  await manager.query(
    `insert into ${TABLE} (name, transaction_id, global_position, updated_at) values ($1, $2::xid8, $3, now())
     on conflict (name) do update set transaction_id = excluded.transaction_id,
       global_position = excluded.global_position, updated_at = now()`,
    [name, LOG_START.transactionId, LOG_START.globalPosition],
  );
}
