import type { StoredEventLine } from '@ntm/audit';
import {
  DOSSIER_STREAMS_PATTERN,
  type EventRow,
  type LogPosition,
  type Queryable,
  STORED_COLUMNS,
  type StoredRow,
  toStoredLink,
} from '@ntm/event-store';

/** The dossier a stream belongs to: its own stream, its notices, its audit reads. */
const DOSSIER_OF_STREAM = `substring(e.stream_id from '${DOSSIER_STREAMS_PATTERN}')`;

export interface LogSearchPage {
  readonly events: StoredEventLine[];
  /** Where the page ended: the log position of its last event. */
  readonly end?: LogPosition;
}

export interface LogSearch {
  readonly actor?: string;
  readonly from?: Date;
  readonly to?: Date;
  /** Where the previous page ended in the log's commit-safe order. */
  readonly after: LogPosition;
  readonly limit: number;
  /** Unit codes in the caller's jurisdiction (ScopeFilter). */
  readonly units: readonly string[];
}

/**
 * Stored rows as they are hashed (never upcast), straight from the events table: what the export
 * and the cross-dossier search need beyond the event store port (prev_hash, the whole log by actor).
 */
export class StoredEvents {
  constructor(private readonly db: Queryable) {}

  async lines(streamIds: readonly string[]): Promise<StoredEventLine[]> {
    const { rows } = await this.db.query<StoredRow>(
      `select ${STORED_COLUMNS} from event_store.events e where e.stream_id = any($1) order by e.stream_id, e.stream_version`,
      [streamIds],
    );
    return rows.map(toLine);
  }

  /** The unit and province a dossier was registered for: what its jurisdiction is checked against. */
  async jurisdictionOf(dossierId: string): Promise<readonly string[] | undefined> {
    const { rows } = await this.db.query<{ unit: string; province: string }>(
      `select data->'unit'->>'code' as unit, data->>'province' as province from event_store.events
       where stream_id = $1 and type = 'DossierRegistered' order by stream_version limit 1`,
      [`dossier-${dossierId}`],
    );
    return rows[0] ? [rows[0].unit, rows[0].province] : undefined;
  }

  /** The units recorded in the metadata of a stream's events (the jurisdiction of a non-dossier stream). */
  async unitsOf(streamId: string): Promise<readonly string[]> {
    const { rows } = await this.db.query<{ unit: string }>(
      `select distinct metadata->>'unit' as unit from event_store.events
       where stream_id = $1 and metadata->>'unit' is not null`,
      [streamId],
    );
    return rows.map((row) => row.unit);
  }

  /**
   * The whole log in commit-safe order (as subscribers read it), one page: only events of
   * transactions older than every one still running, so none can later appear before the page's end.
   * Jurisdiction rule: an event of a dossier's streams (dossier-, dossier-notices-, audit-reads-) is
   * visible when the dossier's registered unit or province is in scope; an event of any other stream
   * when its metadata `unit` is in scope.
   */
  async search(query: LogSearch): Promise<LogSearchPage> {
    const { rows } = await this.db.query<EventRow>(
      `select ${STORED_COLUMNS}, e.transaction_id::text as transaction_id
       from event_store.events e
       left join lateral (
         select r.data->'unit'->>'code' as unit, r.data->>'province' as province from event_store.events r
         where r.stream_id = 'dossier-' || ${DOSSIER_OF_STREAM} and r.type = 'DossierRegistered' limit 1
       ) d on true
       where (e.transaction_id, e.global_position) > ($1::xid8, $2)
         and e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
         and ($3::text is null or e.metadata->>'actor' = $3)
         and ($4::timestamptz is null or e.recorded_at >= $4)
         and ($5::timestamptz is null or e.recorded_at <= $5)
         and (case when d.unit is null then e.metadata->>'unit' = any($6) else (d.unit = any($6) or d.province = any($6)) end)
       order by e.transaction_id, e.global_position limit $7`,
      [
        query.after.transactionId,
        query.after.globalPosition,
        query.actor ?? null,
        query.from ?? null,
        query.to ?? null,
        query.units,
        query.limit,
      ],
    );
    const last = rows.at(-1);
    return {
      events: rows.map(toLine),
      ...(last ? { end: { transactionId: last.transaction_id, globalPosition: Number(last.global_position) } } : {}),
    };
  }
}

/** A line as exported and searched: the stored link, its instant rendered as the ISO text the hash covers. */
function toLine(row: StoredRow): StoredEventLine {
  const link = toStoredLink(row);
  return { ...link, recordedAt: link.recordedAt.toISOString() };
}
