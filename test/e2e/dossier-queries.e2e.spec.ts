import { randomUUID } from 'node:crypto';

import type { DossierCommand, DossierEvent } from '@ntm/domain';
import {
  clearStep,
  cmd,
  criterionIds,
  filingCommands,
  history,
  recognitionCommands,
} from '@ntm/domain/testing/fixtures';
import { stepwiseRevocationCommands } from '@ntm/domain/testing/revocation-fixtures';
import { PostgresEventStore } from '@ntm/event-store';
import { startTestSystem, type TestSystem, until } from '@ntm/test-support';
import type { Pool } from 'pg';

import { MIN_VERSION_MARGIN, READ_YOUR_WRITE_WAIT_MS } from '@ntm/api/dossier-queries/dossier-detail.query';
import { toNewEvents } from '../../libs/projections/src/dossiers/testing';
import { DEMO_ADMINISTRATOR, devLoginHeaders } from '../support/dev-login';

interface Page {
  readonly items: { readonly dossierId: string; readonly [field: string]: unknown }[];
  readonly nextCursor?: string;
}
const page = async (response: Response) => (await response.json()) as Page;

/** Quân Hà commune (02005) of Bắc Kạn (06), as the demo users' grants expect. */
function dossierHistory(dossierId: string, commands: DossierCommand[]): DossierEvent[] {
  return history(...commands).map((event) =>
    event.type === 'DossierRegistered'
      ? ({
          ...event,
          data: { ...event.data, dossierId, unit: { code: '02005', kind: 'commune' }, province: '06' },
        } as DossierEvent)
      : event,
  );
}

describe('dossier queries (e2e)', () => {
  let system: TestSystem;
  let pool: Pool;
  // One login per user: the dev login is rate-limited like any login.
  const logins = new Map<string, Promise<Record<string, string>>>();
  const loggedIn = (userId: string) => {
    if (!logins.has(userId)) logins.set(userId, devLoginHeaders(system.api.url, userId));
    return logins.get(userId)!;
  };
  const as = async (userId: string, path: string) => system.request(path, { headers: await loggedIn(userId) });

  beforeAll(async () => {
    system = await startTestSystem();
    pool = system.db.openPool(2);
    const store = new PostgresEventStore(pool);
    const dispatched = [...filingCommands(), cmd.submit('province'), cmd.assign('province')];
    for (const id of ['qh-a', 'qh-b', 'qh-c']) {
      await store.append(`dossier-${id}`, 'no-stream', toNewEvents(dossierHistory(id, dispatched)));
    }
    await store.drain();
    // Every projection, not just the summaries: the work queues read criterion reviews.
    await until(async () => {
      const { details } = (await (await system.request('/health')).json()) as {
        details: { projections: Record<string, { events?: number }> };
      };
      return Object.values(details.projections).every((lag) => lag.events === undefined || lag.events === 0);
    }, 'every projection caught up');
  });
  afterAll(async () => {
    await system.stop();
  });

  it('the commune officer reads the detail with per-criterion status and the stream version as ETag', async () => {
    const response = await as('can-bo-quan-ha', '/api/v1/dossiers/qh-a');
    expect(response.status).toBe(200);
    const detail = (await response.json()) as { version: number; criteriaStatus: unknown[] };
    expect(response.headers.get('etag')).toBe(`W/"${detail.version}"`);
    expect(detail).toMatchObject({ dossierId: 'qh-a', status: 'in-review', unit: { code: '02005' } });
    expect(detail.criteriaStatus).toContainEqual(
      expect.objectContaining({ criterionId: 'c-income', review: expect.objectContaining({ status: 'pending' }) }),
    );
    expect(detail).not.toHaveProperty('state');
  });

  it('a minVersion no write has reached is refused at once, not held for the read-your-write wait', async () => {
    const { version } = (await (await as('can-bo-quan-ha', '/api/v1/dossiers/qh-a')).json()) as { version: number };
    expect((await as('can-bo-quan-ha', `/api/v1/dossiers/qh-a?minVersion=${version}`)).status).toBe(200);
    const refusedQuickly = async (userId: string, path: string) => {
      await loggedIn(userId);
      const started = Date.now();
      const response = await as(userId, path);
      expect(Date.now() - started).toBeLessThan(READ_YOUR_WRITE_WAIT_MS);
      expect(response.status).toBe(400);
      return (await response.json()) as Record<string, unknown>;
    };
    const beyond = version + MIN_VERSION_MARGIN + 1;
    for (const minVersion of [beyond, Number.MAX_SAFE_INTEGER]) {
      expect(await refusedQuickly('can-bo-quan-ha', `/api/v1/dossiers/qh-a?minVersion=${minVersion}`)).toMatchObject({
        errors: [{ field: 'minVersion' }],
      });
    }
    // Another province's officer: the same answer for this dossier as for one that does not exist.
    const elsewhere = await refusedQuickly('can-bo-tan-loi', `/api/v1/dossiers/qh-a?minVersion=${beyond}`);
    const nowhere = await refusedQuickly('can-bo-tan-loi', `/api/v1/dossiers/qh-z?minVersion=${beyond}`);
    expect({ ...elsewhere, instance: '', requestId: '' }).toEqual({ ...nowhere, instance: '', requestId: '' });
  });

  it('a commune officer of another province gets 404 and sees none of them in lists', async () => {
    expect((await as('can-bo-tan-loi', '/api/v1/dossiers/qh-a')).status).toBe(404);
    const { items } = await page(await as('can-bo-tan-loi', '/api/v1/dossiers'));
    expect(items).toEqual([]);
  });

  it('an auditor lists them page by page with an opaque cursor', async () => {
    const first = await page(await as('thanh-tra-bac-kan', '/api/v1/dossiers?limit=2'));
    expect(first.items.map((d) => d.dossierId)).toEqual(['qh-a', 'qh-b']);
    const second = await page(await as('thanh-tra-bac-kan', `/api/v1/dossiers?limit=2&cursor=${first.nextCursor}`));
    expect(second.items.map((d) => d.dossierId)).toEqual(['qh-c']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('a bad filter is a 400 problem naming the field', async () => {
    const response = await as('thanh-tra-bac-kan', '/api/v1/dossiers?limit=500&status=bogus');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const { errors } = (await response.json()) as { errors: { field: string }[] };
    const fields = errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['limit', 'status']));
  });

  it('health reports the lag of every projection', async () => {
    const body = (await (await system.request('/health')).json()) as {
      details: Record<string, Record<string, unknown>>;
    };
    expect(body.details.projections.status).toBe('up');
    expect(body.details.projections.dossier_summaries).toEqual({
      events: expect.any(Number),
      seconds: expect.any(Number),
    });
  });

  it('an administrator rebuilds a read model and gets the same rows; an unknown name is 404', async () => {
    const rows = () => system.db.dataSource.query('select * from read_models.dossier_summaries order by dossier_id');
    const before = await rows();
    const headers = { ...(await devLoginHeaders(system.api.url, DEMO_ADMINISTRATOR)) };
    const rebuilt = await system.request('/api/v1/admin/projections/dossier_summaries/rebuild', {
      method: 'POST',
      headers,
    });
    expect(rebuilt.status).toBe(200);
    expect(await rebuilt.json()).toMatchObject({ projection: 'dossier_summaries', eventsRead: expect.any(Number) });
    expect(await rows()).toEqual(before);
    const unknown = await system.request('/api/v1/admin/projections/nope/rebuild', { method: 'POST', headers });
    expect(unknown.status).toBe(404);
    expect((await as('thanh-tra-bac-kan', '/api/v1/admin/projections')).status).toBe(403);
  });

  it('council sessions short of their quorum at their deadline are on the agenda and the coordinator’s queue, a revocation’s as such', async () => {
    const store = new PostgresEventStore(pool);
    const councilOpen = [...filingCommands(), ...clearStep('province').slice(0, criterionIds.length + 5)];
    await store.append('dossier-qh-d', 'no-stream', toNewEvents(dossierHistory('qh-d', councilOpen)));
    // Recognised, then a revocation council opened, two votes of five.
    const revocationCouncil = [...recognitionCommands(), ...stepwiseRevocationCommands().slice(0, 8)];
    await store.append('dossier-qh-r', 'no-stream', toNewEvents(dossierHistory('qh-r', revocationCouncil)));
    const escalate = async (dossierId: string, dueDate: string, about: { subject?: 'revocation' } = {}) => {
      const notice = { dossierId, ...about, round: 1, stepIndex: 0, tier: 'province', session: 1, dueDate };
      const metadata = { actor: 'he-thong', role: 'system', now: `${dueDate}T17:00:00.000Z` };
      await store.append(`dossier-notices-${dossierId}`, 'any', [
        { eventId: randomUUID(), type: 'CouncilQuorumOverdue', data: { ...notice, members: 5, present: 1 }, metadata },
      ]);
    };
    await escalate('qh-d', '2026-04-08');
    await escalate('qh-r', '2026-06-12', { subject: 'revocation' });
    // One login: the dev login is rate-limited, the queue is polled.
    const headers = await loggedIn('dieu-phoi-bac-kan');
    const queue = async () =>
      (await (await system.request('/api/v1/work-queues/coordinator', { headers })).json()) as {
        councilsWithoutQuorum: { dossierId: string }[];
      };
    await until(async () => (await queue()).councilsWithoutQuorum.length >= 2, 'both quorum notices in the queue');
    expect((await queue()).councilsWithoutQuorum).toEqual([
      expect.objectContaining({
        dossierId: 'qh-d',
        subject: 'recognition',
        votesCount: 1,
        quorumDueDate: '2026-04-08',
      }),
      expect.objectContaining({ dossierId: 'qh-r', subject: 'revocation', votesCount: 2, quorumDueDate: '2026-06-12' }),
    ]);
    const agenda = await page(await as('hoi-dong-bac-kan', '/api/v1/work-queues/council'));
    expect(agenda.items).toContainEqual(
      expect.objectContaining({ dossierId: 'qh-d', subject: 'recognition', quorumOverdue: true }),
    );
    expect(agenda.items).toContainEqual(
      expect.objectContaining({ dossierId: 'qh-r', subject: 'revocation', quorumOverdue: true }),
    );
  });

  it('the pipeline board counts the coordinator’s dossiers by status and phase, as the dossier list has them', async () => {
    type Stage = { status: string; phase: string | null; count: number };
    const headers = await loggedIn('dieu-phoi-bac-kan');
    const board = async () =>
      ((await (await system.request('/api/v1/work-queues/pipeline', { headers })).json()) as { items: Stage[] }).items;
    const appraising = async () => (await board()).find((s) => s.status === 'in-review' && s.phase === 'appraising');
    const before = (await appraising())?.count ?? 0;
    const store = new PostgresEventStore(pool);
    const dispatched = [...filingCommands(), cmd.submit('province'), cmd.assign('province')];
    await store.append('dossier-qh-p', 'no-stream', toNewEvents(dossierHistory('qh-p', dispatched)));
    await until(async () => (await appraising())?.count === before + 1, 'the new dossier on the board');
    const stages = await board();
    for (const status of new Set(stages.map((stage) => stage.status))) {
      const listed = await page(await as('dieu-phoi-bac-kan', `/api/v1/dossiers?status=${status}&limit=100`));
      const counted = stages.filter((stage) => stage.status === status).reduce((sum, stage) => sum + stage.count, 0);
      expect([status, counted]).toEqual([status, listed.items.length]);
    }
    // Another province's coordinator sees none of Bắc Kạn's.
    const elsewhere = await system.request('/api/v1/work-queues/pipeline', {
      headers: await loggedIn('dieu-phoi-binh-phuoc'),
    });
    expect(((await elsewhere.json()) as { items: Stage[] }).items).toEqual([]);
  });

  it('a refused dossier shows the commune what was refused, criterion by criterion', async () => {
    const store = new PostgresEventStore(pool);
    const refused = [...filingCommands(), cmd.submit('province'), cmd.refuse('c-income')];
    await store.append('dossier-qh-tra', 'no-stream', toNewEvents(dossierHistory('qh-tra', refused)));
    const detail = await until(async () => {
      const response = await as('can-bo-quan-ha', '/api/v1/dossiers/qh-tra');
      return response.status === 200 && ((await response.json()) as { status: string; refusals: unknown[] });
    }, 'the refused dossier projected');
    expect(detail).toMatchObject({
      status: 'refused',
      refusals: [{ round: 1, reasons: [{ criterionId: 'c-income', reason: 'Chưa đạt' }] }],
    });
  });
});
