import { randomUUID } from 'node:crypto';

import type { Pool } from 'pg';

import { AUDIT_READ, type AuditReadData, type StoredEventLine } from '@ntm/audit';
import {
  auditReadStreamId,
  dossierNoticeStreamId,
  dossierStreamId,
  LOG_START,
  PostgresEventStore,
  type RecordedEvent,
} from '@ntm/event-store';
import { startTestSystem, type TestSystem } from '@ntm/test-support';

import { appendHistory, type DossierAddress, recognitionHistory } from '../../libs/audit/src/testing/histories';
import { devLoginHeaders } from '../support/dev-login';
import { until } from '../support/until';

/** Xã Quân Hà (02005) and Phường Nguyễn Thị Minh Khai (01834), tỉnh Bắc Kạn (06). */
const QUAN_HA: DossierAddress = { dossierId: 'hs-02005-2026', unit: '02005', province: '06' };
const MINH_KHAI: DossierAddress = { dossierId: 'hs-01834-2026', unit: '01834', province: '06' };
/** Xã Tân Hiệp (25361), huyện Hớn Quản (694), tỉnh Bình Phước (70) until 30/6/2025. */
const TAN_HIEP: DossierAddress = { dossierId: 'hs-25361-2025', unit: '25361', province: '70' };
/** Each event its own recorded instant (milliseconds), so a time range can start or end on any one of them. */
const PAUSE_MS = 2;

interface SearchPage {
  readonly events: StoredEventLine[];
  readonly nextCursor: string | null;
}

const streamsOf = (...dossiers: DossierAddress[]) =>
  new Set(
    dossiers.flatMap(({ dossierId: id }) => [dossierStreamId(id), dossierNoticeStreamId(id), auditReadStreamId(id)]),
  );
/** What a search line and a log event are compared by: the event, where it stands in the log and its stream. */
const keyOf = (event: StoredEventLine | RecordedEvent) => ({
  eventId: event.eventId,
  streamId: event.streamId,
  position: 'position' in event ? event.position : event.globalPosition,
});

describe('cross-dossier event search (GET /api/v1/audit/events)', () => {
  let system: TestSystem;
  let pool: Pool;
  let store: PostgresEventStore;
  let bacKan: Record<string, string>;
  let binhPhuoc: Record<string, string>;
  /** The whole log, read in its commit-safe order by the event store itself. */
  let log: RecordedEvent[];

  const request = (query: string, headers = bacKan) => system.request(`/api/v1/audit/events?${query}`, { headers });
  const search = async (query: string, headers = bacKan): Promise<SearchPage> => {
    const response = await request(query, headers);
    expect(response.status).toBe(200);
    return (await response.json()) as SearchPage;
  };
  /** Every page of a search, following `nextCursor` until the last. */
  const allPages = async (filters: string, limit: number): Promise<SearchPage[]> => {
    const pages = [await search(`${filters}&limit=${limit}`)];
    for (let cursor = pages[0].nextCursor; cursor !== null; cursor = pages[pages.length - 1].nextCursor) {
      pages.push(await search(`${filters}&limit=${limit}&cursor=${encodeURIComponent(cursor)}`));
    }
    return pages;
  };
  const logOf = (...dossiers: DossierAddress[]) => log.filter((event) => streamsOf(...dossiers).has(event.streamId));
  /**
   * The log once every event committed to this test's streams is in it: the store's commit-safe
   * reading stops short of an older transaction still running anywhere in the cluster (other
   * suites share it), and catches up when it ends.
   */
  const readLog = async () => {
    const streams = [...streamsOf(QUAN_HA, TAN_HIEP, MINH_KHAI)];
    log = await until(async () => {
      const { rows } = await pool.query<{ events: number }>(
        'select count(*)::integer as events from event_store.events where stream_id = any($1)',
        [streams],
      );
      const all = await store.readAll(LOG_START, 10_000);
      return all.filter((event) => streams.includes(event.streamId)).length === rows[0].events && all;
    }, 'every committed event of the test in the commit-safe log');
  };

  /** A deadline notice the workflow leaves in the dossier's notice stream (no unit in its metadata). */
  const appendNotice = ({ dossierId }: DossierAddress) =>
    store.append(dossierNoticeStreamId(dossierId), 'any', [
      {
        eventId: randomUUID(),
        type: 'AppraisalOverdue',
        data: { dossierId, at: new Date().toISOString() },
        metadata: { actor: 'he-thong', role: 'system', now: new Date().toISOString() },
      },
    ]);

  beforeAll(async () => {
    system = await startTestSystem();
    pool = system.db.openPool(2);
    store = new PostgresEventStore(pool);
    [bacKan, binhPhuoc] = await Promise.all(
      ['thanh-tra-bac-kan', 'thanh-tra-hon-quan'].map((user) => devLoginHeaders(system.api.url, user)),
    );
    // Bình Phước's dossier is written between the two of Bắc Kạn: its positions lie inside Bắc Kạn's range.
    await appendHistory(store, QUAN_HA.dossierId, recognitionHistory(QUAN_HA), PAUSE_MS);
    await appendNotice(QUAN_HA);
    await appendHistory(store, TAN_HIEP.dossierId, recognitionHistory(TAN_HIEP), PAUSE_MS);
    await appendNotice(TAN_HIEP);
    await appendHistory(store, MINH_KHAI.dossierId, recognitionHistory(MINH_KHAI), PAUSE_MS);
    // Reading a dossier's timeline is itself recorded (AuditRead), in the dossier's jurisdiction.
    for (const [{ dossierId }, reader] of [
      [TAN_HIEP, binhPhuoc],
      [QUAN_HA, bacKan],
    ] as const) {
      expect((await system.request(`/api/v1/audit/dossiers/${dossierId}/timeline`, { headers: reader })).status).toBe(
        200,
      );
    }
    await readLog();
  });
  afterAll(async () => {
    await store?.drain();
    await system?.stop();
  });

  it("gives a province's auditor every event of its dossiers (records, notices, audit reads) in log order, and none of another province's", async () => {
    const bacKanLog = logOf(QUAN_HA, MINH_KHAI);
    // Quân Hà's record, notice and audit read; Minh Khai's record.
    expect(new Set(bacKanLog.map((event) => event.streamId)).size).toBe(4);
    const page = await search('limit=1000');
    expect(page.events.map(keyOf)).toEqual(bacKanLog.map(keyOf));
    expect(page.nextCursor).toBeNull();

    const other = await search('limit=1000', binhPhuoc);
    expect(other.events.map(keyOf)).toEqual(logOf(TAN_HIEP).map(keyOf));
  });

  it('pages by cursor through exactly the same events, over the positions of the other province', async () => {
    const pages = await allPages('', 7);
    expect(pages.every((page) => page.events.length <= 7)).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(logOf(QUAN_HA, MINH_KHAI).length / 7));
    expect(pages.flatMap((page) => page.events).map(keyOf)).toEqual(logOf(QUAN_HA, MINH_KHAI).map(keyOf));
  });

  it('finds what one person did, only in dossiers within scope', async () => {
    const byCoordinator = (events: readonly RecordedEvent[]) =>
      events.filter((event) => event.metadata.actor === 'coordinator-1');
    // The same account name acts in Bình Phước's dossier: the filter alone would let those through.
    expect(byCoordinator(logOf(TAN_HIEP)).length).toBeGreaterThan(0);
    const page = await search('actor=coordinator-1&limit=1000');
    expect(page.events.map(keyOf)).toEqual(byCoordinator(logOf(QUAN_HA, MINH_KHAI)).map(keyOf));
    expect((await search('actor=khong-ai&limit=1000')).events).toEqual([]);
  });

  it('finds what was recorded between two instants, both included', async () => {
    const first = logOf(QUAN_HA)
      .filter((event) => event.streamId === dossierStreamId(QUAN_HA.dossierId))
      .at(-5);
    const last = logOf(MINH_KHAI)[4];
    if (!first || !last) throw new Error('the histories are shorter than the test assumes');
    const within = (event: RecordedEvent) =>
      event.recordedAt >= first.recordedAt && event.recordedAt <= last.recordedAt;
    // Bình Phước's whole dossier was recorded within the range.
    expect(logOf(TAN_HIEP).filter(within).length).toBeGreaterThan(20);

    const from = first.recordedAt.toISOString();
    const to = last.recordedAt.toISOString();
    const page = await search(`from=${from}&to=${to}&limit=1000`);
    expect(page.events.map(keyOf)).toEqual(logOf(QUAN_HA, MINH_KHAI).filter(within).map(keyOf));
    expect(page.events[0].eventId).toBe(first.eventId);
    expect(page.events.at(-1)?.eventId).toBe(last.eventId);
  });

  it('combines actor, time range and paging', async () => {
    const from = logOf(QUAN_HA)[2].recordedAt;
    const to = logOf(MINH_KHAI).at(-3)?.recordedAt ?? new Date();
    const expected = logOf(QUAN_HA, MINH_KHAI).filter(
      (event) => event.metadata.actor === 'coordinator-1' && event.recordedAt >= from && event.recordedAt <= to,
    );
    const pages = await allPages(`actor=coordinator-1&from=${from.toISOString()}&to=${to.toISOString()}`, 3);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((page) => page.events).map(keyOf)).toEqual(expected.map(keyOf));
  });

  it.each([
    ['from', 'from=hom-qua'],
    ['from', 'from=2026-02-30T00:00:00Z'],
    ['to', 'to=2026-W14'],
    ['to', 'to=20260401'],
    ['cursor', 'cursor=-1'],
    ['cursor', 'cursor=abc'],
    ['limit', 'limit=0'],
    ['limit', 'limit=1001'],
    ['limit', 'limit=mot-tram'],
  ])('refuses a malformed %s (%s) with a 400 problem naming the field', async (field, query) => {
    const response = await request(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { status: number; errors: { field: string }[] };
    expect(problem.status).toBe(400);
    expect(problem.errors.length).toBeGreaterThan(0);
    expect(problem.errors.every((error) => error.field === field)).toBe(true);
  });

  it('never pages past an event whose transaction was still running: the next page shows it', async () => {
    const slow = await pool.connect();
    try {
      await slow.query('begin');
      await new PostgresEventStore(slow).append(auditReadStreamId(MINH_KHAI.dossierId), 'any', [
        anAuditRead(MINH_KHAI),
      ]);
      await store.append(auditReadStreamId(QUAN_HA.dossierId), 'any', [anAuditRead(QUAN_HA)]);
      const whileRunning = await search(`limit=1000`);
      // The page a client would have paged to while the write was still running: a full one, with a cursor.
      const cursor = (await search(`limit=${whileRunning.events.length}`)).nextCursor;
      expect(cursor).not.toBeNull();
      await slow.query('commit');
      await readLog();
      const after = await search(`limit=1000&cursor=${encodeURIComponent(cursor ?? '')}`);
      const seen = [...whileRunning.events, ...after.events];
      const expected = logOf(QUAN_HA, MINH_KHAI);
      expect(seen.slice(0, expected.length).map(keyOf)).toEqual(expected.map(keyOf));
      // The searches record their own reads, after answering: those the log read missed come last.
      expect(seen.slice(expected.length).every((event) => event.streamId.startsWith('audit-reads-'))).toBe(true);
    } finally {
      await slow.query('rollback');
      slow.release();
    }
  });
});

/** An audit read written straight to the store (as AuditReads does), to hold it in a transaction of the test's own. */
function anAuditRead({ dossierId }: DossierAddress) {
  const data: AuditReadData = { dossierId, what: 'timeline', query: {} };
  return {
    eventId: randomUUID(),
    type: AUDIT_READ,
    data,
    metadata: { actor: 'thanh-tra-bac-kan', role: 'auditor', now: new Date().toISOString() },
  };
}
