/**
 * The parts of `event_store.append_to_stream`, shared by the migrations that (re)create it: each
 * migration orders the checks its own way, the chaining and the writes stay one text.
 */

/** Signature, variables and the per-stream advisory lock (see CreateEventStore1763890000000). */
export const APPEND_HEADER = `
  create or replace function event_store.append_to_stream(
    p_stream_id text, p_expected_version integer, p_event_ids uuid[], p_types text[],
    p_schema_versions integer[], p_data text[], p_metadata text[]
  ) returns table (appended_position bigint, appended_version integer) language plpgsql as $$
  declare
    v_version integer;
    v_hash text;
    v_last_at timestamptz;
    v_now timestamptz;
    v_iso text;
    v_found integer;
    v_prev text[] := '{}';
    v_hashes text[] := '{}';
  begin
    perform pg_advisory_xact_lock(hashtextextended(p_stream_id, 0));

`;

/** A batch whose ids are all stored in this stream is answered with their positions (a retry); partly, or elsewhere, ES003. */
export const ANSWER_IF_STORED = `
    if exists (select 1 from event_store.events e where e.event_id = any(p_event_ids)) then
      return query
        select e.global_position, e.stream_version
        from unnest(p_event_ids) with ordinality as ids(event_id, ord)
        join event_store.events e on e.event_id = ids.event_id and e.stream_id = p_stream_id
        order by ids.ord;
      get diagnostics v_found = row_count;
      if v_found <> cardinality(p_event_ids) then
        raise exception 'event ids partly stored or stored in another stream'
          using errcode = 'ES003', detail = format('%s of %s already stored in this stream', v_found, cardinality(p_event_ids));
      end if;
      return;
    end if;`;

/** The stream's head: version, last hash and time (version 0 when the stream is new). */
export const READ_HEAD = `
    select s.version, s.last_hash, s.last_recorded_at into v_version, v_hash, v_last_at
      from event_store.streams s where s.stream_id = p_stream_id;
    v_version := coalesce(v_version, 0);`;

/** The expected version is not the stream's: ES002 with the actual version. */
export const REFUSE_VERSION = `
      raise exception 'stream % is at version %, expected %', p_stream_id, v_version, p_expected_version
        using errcode = 'ES002', detail = v_version::text;`;

/** Hashes chained from the head, the events written in one insert, the head moved. */
export const CHAIN_AND_WRITE = `

    -- Milliseconds, as JavaScript reads them back; never before the stream's previous event.
    v_now := greatest(date_trunc('milliseconds', clock_timestamp()), v_last_at);
    v_iso := to_char(v_now at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    for i in 1 .. cardinality(p_event_ids) loop
      v_prev[i] := v_hash;
      -- RFC 8785: keys in code-unit order, strings escaped as JSON.stringify does (to_json agrees).
      v_hash := encode(sha256(convert_to(
        '{"data":' || p_data[i]
        || ',"eventId":"' || p_event_ids[i]::text
        || '","metadata":' || p_metadata[i]
        || ',"prevHash":' || coalesce(to_json(v_hash)::text, 'null')
        || ',"recordedAt":"' || v_iso
        || '","schemaVersion":' || p_schema_versions[i]
        || ',"streamId":' || to_json(p_stream_id)::text
        || ',"type":' || to_json(p_types[i])::text
        || ',"version":' || (v_version + i) || '}', 'UTF8')), 'hex');
      v_hashes[i] := v_hash;
    end loop;

    return query
      insert into event_store.events as e
        (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash)
      select p_stream_id, v_version + t.ord::integer, t.event_id, t.type, t.schema_version, t.data::jsonb,
             t.metadata::jsonb, v_now, v_prev[t.ord::integer], v_hashes[t.ord::integer]
      from unnest(p_event_ids, p_types, p_schema_versions, p_data, p_metadata)
        with ordinality as t(event_id, type, schema_version, data, metadata, ord)
      order by t.ord
      returning e.global_position, e.stream_version;

    insert into event_store.streams as s (stream_id, version, last_hash, last_recorded_at)
      values (p_stream_id, v_version + cardinality(p_event_ids), v_hash, v_now)
      on conflict (stream_id) do update
        set version = excluded.version, last_hash = excluded.last_hash, last_recorded_at = excluded.last_recorded_at;
  end $$`;

/**
 * The function as CreateEventStore1763890000000 made it: every append looks its ids up first.
 * Serialises appends per stream with an advisory lock taken BEFORE the first write, so the
 * transaction id (assigned at the first write) grows with the stream version: commit-safe readers
 * ordering by (transaction_id, global_position) then see every stream in version order.
 * Expected version NULL means 'any'; 0 means 'no stream yet'.
 */
export const APPEND_LOOKING_UP_IDS_FIRST =
  APPEND_HEADER +
  ANSWER_IF_STORED +
  READ_HEAD +
  `
    if p_expected_version is not null and p_expected_version <> v_version then` +
  REFUSE_VERSION +
  `
    end if;` +
  CHAIN_AND_WRITE;

/** AppendProbesIdsOnMismatch1763892200000: only when the expected version is not the stream's, or 'any'. */
export const PROBE_ON_MISMATCH = 'p_expected_version is null or p_expected_version <> v_version';

/**
 * The function that looks its ids up only `when` the condition holds (SQL over the head read):
 * otherwise an id already stored meets the unique index `events_event_id_key` at the insert.
 */
export function appendLookingUpIdsWhen(when: string): string {
  return (
    APPEND_HEADER +
    READ_HEAD +
    `
    if ${when} then` +
    ANSWER_IF_STORED +
    `
      if p_expected_version is not null and p_expected_version <> v_version then` +
    REFUSE_VERSION +
    `
      end if;
    end if;` +
    CHAIN_AND_WRITE
  );
}
