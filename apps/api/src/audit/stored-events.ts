import type { StoredEventLine } from '@ntm/audit';
import { type Queryable, STORED_COLUMNS, type StoredRow, toStoredLink } from '@ntm/event-store';

/** The dossier a stream belongs to: its own stream, its notices, its audit reads. */
const DOSSIER_OF_STREAM = `substring(e.stream_id from '^(?:dossier-notices-|audit-reads-|dossier-)(.+)$')`;

export interface LogSearch {
  readonly actor?: string;
  readonly from?: Date;
  readonly to?: Date;
  /** Global position of the last event of the previous page. */
  readonly after: number;
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
   * The whole log in position order, one page. Jurisdiction rule: an event of a dossier's streams
   * (dossier-, dossier-notices-, audit-reads-) is visible when the dossier's registered unit or
   * province is in scope; an event of any other stream when its metadata `unit` is in scope.
   */
  async search(query: LogSearch): Promise<StoredEventLine[]> {
    const { rows } = await this.db.query<StoredRow>(
      `select ${STORED_COLUMNS}
       from event_store.events e
       left join lateral (
         select r.data->'unit'->>'code' as unit, r.data->>'province' as province from event_store.events r
         where r.stream_id = 'dossier-' || ${DOSSIER_OF_STREAM} and r.type = 'DossierRegistered' limit 1
       ) d on true
       where e.global_position > $1
         and ($2::text is null or e.metadata->>'actor' = $2)
         and ($3::timestamptz is null or e.recorded_at >= $3)
         and ($4::timestamptz is null or e.recorded_at <= $4)
         and (case when d.unit is null then e.metadata->>'unit' = any($5) else (d.unit = any($5) or d.province = any($5)) end)
       order by e.global_position limit $6`,
      [query.after, query.actor ?? null, query.from ?? null, query.to ?? null, query.units, query.limit],
    );
    return rows.map(toLine);
  }
}

/** A line as exported and searched: the stored link, its instant rendered as the ISO text the hash covers. */
function toLine(row: StoredRow): StoredEventLine {
  const link = toStoredLink(row);
  return { ...link, recordedAt: link.recordedAt.toISOString() };
}
