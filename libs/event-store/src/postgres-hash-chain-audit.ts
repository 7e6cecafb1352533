import type { HashChainAudit } from './event-store.port';
import { StreamChainCheck, type StreamHead, type VerifyResult } from './hash-chain';
import { type Queryable, STORED_COLUMNS, type StoredRow, toStoredLink } from './rows';

const BATCH = 1000;

/** A stored row with its stream's recorded head. */
type LinkRow = StoredRow & {
  readonly head_version: number | null;
  readonly head_hash: string | null;
};

/** Walks stored rows (never upcast: the hash covers what is stored) stream by stream, in version order. */
export class PostgresHashChainAudit implements HashChainAudit {
  constructor(private readonly db: Queryable) {}

  async verify(streamId?: string): Promise<VerifyResult> {
    let checked = 0;
    let current: { check: StreamChainCheck; head: StreamHead | undefined } | undefined;
    for await (const row of this.rows(streamId)) {
      if (row.stream_id !== current?.check.streamId) {
        const broken = current?.check.end(current.head);
        if (broken) return broken;
        current = { check: new StreamChainCheck(row.stream_id), head: headOf(row) };
      }
      const broken = current.check.next(toStoredLink(row));
      if (broken) return broken;
      checked += 1;
    }
    return current?.check.end(current.head) ?? { ok: true, checked };
  }

  private async *rows(streamId: string | undefined): AsyncGenerator<LinkRow> {
    for (let after: LinkRow | undefined; ;) {
      const rows = await this.batch(streamId, after);
      yield* rows;
      if (rows.length < BATCH) return;
      after = rows.at(-1);
    }
  }

  private async batch(streamId: string | undefined, after?: LinkRow): Promise<LinkRow[]> {
    const { rows } = await this.db.query<LinkRow>(
      `select ${STORED_COLUMNS}, s.version as head_version, s.last_hash as head_hash
       from event_store.events e left join event_store.streams s using (stream_id)
       where ($1::text is null or e.stream_id = $1) and (e.stream_id, e.stream_version) > ($2, $3)
       order by e.stream_id, e.stream_version limit ${BATCH}`,
      [streamId ?? null, after?.stream_id ?? '', after?.stream_version ?? 0],
    );
    return rows;
  }
}

function headOf(row: LinkRow): StreamHead | undefined {
  return row.head_version !== null && row.head_hash !== null
    ? { version: row.head_version, lastHash: row.head_hash }
    : undefined;
}
