import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import type { Pool } from 'pg';

import { type TimelineEntry } from '@ntm/audit';
import { auditReadStreamId, PostgresEventStore } from '@ntm/event-store';
import { startTestSystem, type TestSystem } from '@ntm/test-support';

import { appendHistory, recognitionHistory } from '../../libs/audit/src/testing/histories';
import { devLoginHeaders } from '../support/dev-login';

const run = promisify(execFile);
const VERIFIER = join(__dirname, '../../tools/verify-archive.mjs');
const DOSSIER = 'hs-02005-2026';
/** Xã Quân Hà (02005), tỉnh Bắc Kạn (06). */
const ADDRESS = { dossierId: DOSSIER, unit: '02005', province: '06' };

async function verifyArchiveFile(path: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, [VERIFIER, path]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

describe('audit of a dossier through the API', () => {
  let system: TestSystem;
  let pool: Pool;
  let store: PostgresEventStore;
  let auditor: Record<string, string>;
  let events: number;
  const get = (path: string, headers = auditor) =>
    system.request(`/api/v1/audit/dossiers/${DOSSIER}${path}`, { headers });

  beforeAll(async () => {
    system = await startTestSystem();
    pool = system.db.openPool(2);
    store = new PostgresEventStore(pool);
    const history = recognitionHistory(ADDRESS);
    events = history.length;
    await appendHistory(store, DOSSIER, history);
    auditor = await devLoginHeaders(system.api.url, 'thanh-tra-bac-kan');
  });
  afterAll(async () => {
    await store?.drain();
    await system?.stop();
  });

  it('shows an auditor of the province every event with actor, sentence, evidence and hash', async () => {
    const response = await get('/timeline');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { events: TimelineEntry[] };
    expect(body.events).toHaveLength(events);
    expect(body.events[0]).toMatchObject({ type: 'DossierRegistered', version: 1, actor: 'commune-officer-1' });
    expect(body.events.find((e) => e.type === 'SelfAssessmentRecorded')?.evidence).toEqual([
      { sha256: 'a'.repeat(64), name: 'bien-ban.pdf' },
    ]);
    const filtered = await get('/timeline?type=VoteCast');
    expect(((await filtered.json()) as { events: TimelineEntry[] }).events.every((e) => e.type === 'VoteCast')).toBe(
      true,
    );
  });

  it('answers state and diff at versions of the history', async () => {
    const state = await get(`/state?version=${events}`);
    expect(await state.json()).toMatchObject({ status: 'recognised', version: events });
    const diff = await get(`/diff?from=1&to=${events}`);
    expect(await diff.json()).toMatchObject({ status: { from: 'registered', to: 'recognised' } });
  });

  it.each([
    '/timeline?from=2026-W14',
    '/timeline?to=2026-02-30T00:00:00Z',
    '/timeline?from=2026-04-01T09:00',
    '/state?at=2026-W14',
    '/state?at=2026-04-01',
    '/diff?from=2026-02-30T00:00:00Z&to=2',
    '/diff?to=2026-04-01T09:00:00&from=1',
  ])('refuses an instant that is no calendar instant (%s) with a 400 naming the field', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((error) => error.field)).toEqual([/[?&](\w+)=/.exec(path)?.[1]]);
  });

  it.each(['/state?version=59225747787309780', '/diff?from=1&to=99999999999', '/diff?from=2147483648&to=1'])(
    'refuses a version no stream can reach (%s, versions are 32-bit) with a 400 naming the field',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((error) => error.field)).toEqual([/(version|to|from)=\d{10}/.exec(path)?.[1]]);
    },
  );

  it('exports an archive that verifies offline, and finds a one-byte change at its line', async () => {
    const response = await get('/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-tar');
    const tar = Buffer.from(await response.arrayBuffer());
    const dir = await mkdtemp(join(tmpdir(), 'ntm-audit-'));
    const intact = join(dir, 'intact.tar');
    await writeFile(intact, tar);
    expect(await verifyArchiveFile(intact)).toEqual({ code: 0, output: expect.stringMatching(/^OK: /) as string });

    for (const line of [1, Math.ceil(events / 2), events]) {
      const tampered = Buffer.from(tar);
      const start = nthLineOffset(tampered, line);
      // One hexadecimal digit of the line's event id: still valid JSON, no longer the hashed content.
      const at = tampered.indexOf('"eventId":"', start) + '"eventId":"'.length;
      tampered[at] = tampered[at] === 0x30 ? 0x31 : 0x30;
      const file = join(dir, `line-${line}.tar`);
      await writeFile(file, tampered);
      const result = await verifyArchiveFile(file);
      expect(result.code).toBe(1);
      expect(result.output).toContain(`events.jsonl line ${line}:`);
    }
  });

  it('refuses an auditor any write (403) and hides the dossier from an auditor of another province (404)', async () => {
    const write = await system.request(`/api/v1/dossiers/${DOSSIER}/refusal`, {
      method: 'POST',
      headers: { ...auditor, 'content-type': 'application/json', 'idempotency-key': 'k-1' },
      body: JSON.stringify({ reasons: [{ reason: 'x' }] }),
    });
    expect(write.status).toBe(403);
    const elsewhere = await devLoginHeaders(system.api.url, 'thanh-tra-hon-quan');
    expect((await get('/timeline', elsewhere)).status).toBe(404);
    expect((await get('/export', elsewhere)).status).toBe(404);
  });

  it('records each read as an AuditRead with the reader, what was read and the query', async () => {
    const reads = await store.readStream(auditReadStreamId(DOSSIER));
    expect(reads.every((e) => e.type === 'AuditRead' && e.metadata.actor === 'thanh-tra-bac-kan')).toBe(true);
    expect(reads.map((e) => (e.data as { what: string }).what)).toEqual([
      'timeline',
      'timeline',
      'state',
      'diff',
      'export',
    ]);
    expect(reads[1].data).toEqual({ dossierId: DOSSIER, what: 'timeline', query: { type: 'VoteCast' } });
  });
});

/** Where line `n` (1-based) of events.jsonl starts inside the tar (the file is stored as is). */
function nthLineOffset(tar: Buffer, n: number): number {
  let offset = tar.indexOf('{"data":');
  for (let line = 1; line < n; line += 1) offset = tar.indexOf('\n', offset) + 1;
  return offset;
}
