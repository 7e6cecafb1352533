import type { KeyObject } from 'node:crypto';

import {
  byStreamId,
  type CheckpointHead,
  checkpointSignatureValid,
  signCheckpoint,
  type SignedCheckpoint,
} from './checkpoint';
import { eventHash, type VerifyResult } from './hash-chain';
import { type Queryable, STORED_COLUMNS, type StoredRow, toStoredLink } from './rows';

interface CheckpointRow {
  readonly taken_at: Date;
  readonly heads: CheckpointHead[];
  readonly signature: string;
  readonly public_key: string;
}

/** Takes, stores and checks signed checkpoints of the stream heads. */
export class PostgresCheckpoints {
  constructor(private readonly db: Queryable) {}

  /**
   * Reads every head in one statement (one snapshot, so the heads belong to one instant), signs
   * them and stores the checkpoint.
   */
  async take(privateKey: KeyObject): Promise<SignedCheckpoint> {
    const { rows } = await this.db.query<{ taken_at: Date; heads: CheckpointHead[] | null }>(
      `select date_trunc('milliseconds', clock_timestamp()) as taken_at,
              jsonb_agg(jsonb_build_object('streamId', stream_id, 'version', version, 'hash', last_hash)
                        order by stream_id collate "C") as heads
       from event_store.streams`,
    );
    const body = { takenAt: rows[0].taken_at.toISOString(), heads: rows[0].heads ?? [] };
    const signed = signCheckpoint(body, privateKey);
    await this.db.query(
      `insert into event_store.checkpoints (taken_at, heads, signature, public_key) values ($1, $2, $3, $4)`,
      [signed.takenAt, JSON.stringify(signed.heads), signed.signature, signed.publicKey],
    );
    return signed;
  }

  async latest(): Promise<SignedCheckpoint | undefined> {
    const { rows } = await this.db.query<CheckpointRow>(
      `select taken_at, heads, signature, public_key from event_store.checkpoints
       order by checkpoint_id desc limit 1`,
    );
    const row = rows.at(0);
    return (
      row && {
        takenAt: row.taken_at.toISOString(),
        heads: row.heads,
        signature: row.signature,
        publicKey: row.public_key,
      }
    );
  }

  /**
   * Checks the signature under the trusted key, then that each checkpointed stream (or only
   * `streamId`) still hashes, at the checkpointed version, to the signed head hash. The hash is
   * recomputed from the stored event, not read from its hash column, so a re-chained stream differs
   * even where every stored link agrees with its neighbour.
   */
  async verify(
    checkpoint: SignedCheckpoint,
    trustedPublicKey: KeyObject | string,
    streamId?: string,
  ): Promise<VerifyResult> {
    const { takenAt } = checkpoint;
    if (!checkpointSignatureValid(checkpoint, trustedPublicKey)) {
      return { ok: false, reason: 'checkpoint-signature-invalid', checkpointTakenAt: takenAt };
    }
    const heads = checkpoint.heads
      .filter((head) => streamId === undefined || head.streamId === streamId)
      .sort(byStreamId);
    const rows = await this.rowsAt(heads);
    for (const head of heads) {
      const row = rows.get(`${head.version}:${head.streamId}`);
      // No stored event at the checkpointed version: the position names none (0).
      const at = { ok: false, streamId: head.streamId, version: head.version } as const;
      if (!row) return { ...at, position: 0, reason: 'checkpoint-missing-version' };
      const link = toStoredLink(row);
      if (eventHash(link) !== head.hash) return { ...at, position: link.position, reason: 'checkpoint-mismatch' };
    }
    return { ok: true, checked: heads.length, anchoredAt: takenAt };
  }

  private async rowsAt(heads: readonly CheckpointHead[]): Promise<Map<string, StoredRow>> {
    const { rows } = await this.db.query<StoredRow>(
      `select ${STORED_COLUMNS} from event_store.events e
       join unnest($1::text[], $2::integer[]) as h(stream_id, version)
         on e.stream_id = h.stream_id and e.stream_version = h.version`,
      [heads.map((head) => head.streamId), heads.map((head) => head.version)],
    );
    return new Map(rows.map((row) => [`${row.stream_version}:${row.stream_id}`, row]));
  }
}
