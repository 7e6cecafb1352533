import { randomUUID } from 'node:crypto';

import { cmd } from '@ntm/domain/testing/fixtures';
import { notificationPreferenceStreamId, notificationReadStreamId, PostgresEventStore } from '@ntm/event-store';
import { startTestSystem, type TestSystem, until } from '@ntm/test-support';
import type { Pool } from 'pg';

import { toNewEvents } from '../../libs/projections/src/dossiers/testing';
import { dispatchedInCamGiang, revokedInCamGiang } from '../../libs/projections/src/notifications/testing';
import { devLoginHeaders } from '../support/dev-login';

interface Inbox {
  readonly items: {
    notificationId: string;
    kind: string;
    dossierId: string;
    subject: string;
    body: string;
    read: boolean;
  }[];
  readonly unreadCount: number;
  readonly nextCursor?: string;
}

/** Thái Nguyên's departments as the demo appraiser holds two of them (SXD, SNNMT) and not the third (SYT). */
const DEPARTMENTS = { 'c-planning': 'SXD', 'c-income': 'SNNMT', 'c-poverty': 'SYT' };

describe('the in-app inbox (e2e)', () => {
  let system: TestSystem;
  let pool: Pool;
  let store: PostgresEventStore;
  const logins = new Map<string, Promise<Record<string, string>>>();
  const headers = (userId: string) => {
    if (!logins.has(userId)) logins.set(userId, devLoginHeaders(system.api.url, userId));
    return logins.get(userId)!;
  };
  const inbox = async (userId: string, query = '') => {
    const response = await system.request(`/api/v1/me/notifications${query}`, { headers: await headers(userId) });
    expect(response.status).toBe(200);
    return (await response.json()) as Inbox;
  };
  const markRead = async (userId: string, notificationId: string) =>
    system.request(`/api/v1/me/notifications/${notificationId}/read`, {
      method: 'POST',
      headers: { ...(await headers(userId)), 'idempotency-key': randomUUID() },
    });

  const markAllRead = async (userId: string) =>
    system.request('/api/v1/me/notifications/read-all', {
      method: 'POST',
      headers: { ...(await headers(userId)), 'idempotency-key': randomUUID() },
    });

  beforeAll(async () => {
    system = await startTestSystem();
    pool = system.db.openPool(2);
    store = new PostgresEventStore(pool);
    await store.append(
      'dossier-cg-inbox',
      'no-stream',
      toNewEvents(dispatchedInCamGiang('cg-inbox', DEPARTMENTS, cmd.requestSupplement('c-income'))),
    );
    await store.drain();
    await until(async () => (await inbox('tham-dinh-thai-nguyen')).items.length >= 2, 'the dispatch told');
  });
  afterAll(async () => {
    await system.stop();
  });

  it("the department appraiser is told of each criterion sent to one of their departments, with its due date, and of no other department's", async () => {
    const { items, unreadCount } = await inbox('tham-dinh-thai-nguyen');
    expect(items.map((item) => item.kind)).toEqual(['criterion-dispatched', 'criterion-dispatched']);
    expect(unreadCount).toBe(2);
    expect(items[0].subject).toBe('Tiêu chí cần thẩm định: Xã Cẩm Giàng');
    expect(items.map((item) => item.body).join(' ')).toContain('Hạn thẩm định: 15/04/2026.');
  });

  it('the commune officer is told of the supplement asked; another commune hears nothing', async () => {
    const { items } = await inbox('can-bo-cam-giang');
    expect(items).toEqual([
      expect.objectContaining({ kind: 'supplement-requested', subject: 'Yêu cầu bổ sung hồ sơ: Xã Cẩm Giàng' }),
    ]);
    expect((await inbox('can-bo-quan-ha')).items).toEqual([]);
  });

  it('a notification marked read turns read and leaves the unread count, recorded once however often it is marked', async () => {
    const { items } = await inbox('tham-dinh-thai-nguyen');
    const target = items[1].notificationId;
    const marked = await markRead('tham-dinh-thai-nguyen', target);
    expect(marked.status).toBe(200);
    expect(await marked.json()).toMatchObject({ notificationId: target, read: true });
    expect((await markRead('tham-dinh-thai-nguyen', target)).status).toBe(200);
    await until(async () => (await inbox('tham-dinh-thai-nguyen')).unreadCount === 1, 'the read mark projected');
    const after = await inbox('tham-dinh-thai-nguyen');
    expect(after.items.find((item) => item.notificationId === target)?.read).toBe(true);
    expect((await inbox('tham-dinh-thai-nguyen', '?unread=true')).items.map((i) => i.notificationId)).toEqual([
      items[0].notificationId,
    ]);
    expect(await store.readStream(notificationReadStreamId('tham-dinh-thai-nguyen'))).toHaveLength(1);
  });

  it("someone else's notification is 404, as if it did not exist, and nothing is recorded", async () => {
    const [theirs] = (await inbox('can-bo-cam-giang')).items;
    const response = await markRead('tham-dinh-thai-nguyen', theirs.notificationId);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'notification.not-found' });
    expect(await store.readStream(notificationReadStreamId('tham-dinh-thai-nguyen'))).toHaveLength(1);
  });

  it('pages newest first by cursor; a malformed cursor or limit is 400 naming the field', async () => {
    const first = await inbox('tham-dinh-thai-nguyen', '?limit=1');
    expect(first.items).toHaveLength(1);
    const second = await inbox('tham-dinh-thai-nguyen', `?limit=1&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.notificationId)).not.toContain(first.items[0].notificationId);
    expect(second.nextCursor).toBeUndefined();
    for (const [query, field] of [
      ['?cursor=kh%C3%B4ng', 'cursor'],
      [`?cursor=${Buffer.from(JSON.stringify(['một', 'hai'])).toString('base64url')}`, 'cursor'],
      ['?limit=0', 'limit'],
    ]) {
      const response = await system.request(`/api/v1/me/notifications${query}`, {
        headers: await headers('tham-dinh-thai-nguyen'),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [expect.objectContaining({ field })] });
    }
  });

  it('the preferences start in-app only; turning e-mail on needs a valid address (400 naming it, nothing recorded)', async () => {
    const put = async (body: unknown) =>
      system.request('/api/v1/me/notification-preferences', {
        method: 'PUT',
        headers: { ...(await headers('can-bo-cam-giang')), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const read = async () =>
      (
        await system.request('/api/v1/me/notification-preferences', { headers: await headers('can-bo-cam-giang') })
      ).json();
    expect(await read()).toEqual({
      email: null,
      channels: { inApp: true, email: false, dailyDigest: false },
      emailAvailable: false,
      version: 0,
    });
    for (const body of [{ emailEnabled: true }, { emailEnabled: true, email: 'khong-phai-dia-chi' }]) {
      const refused = await put(body);
      expect(refused.status).toBe(400);
      const { errors } = (await refused.json()) as { errors: { field: string }[] };
      expect(new Set(errors.map((error) => error.field))).toEqual(new Set(['email']));
    }
    expect(await store.readStream(notificationPreferenceStreamId('can-bo-cam-giang'))).toHaveLength(0);
    const chosen = await put({ emailEnabled: true, dailyDigest: true, email: 'mới@camgiang.thainguyen.gov.vn' });
    expect(chosen.status).toBe(200);
    const expected = {
      email: 'mới@camgiang.thainguyen.gov.vn',
      channels: { inApp: true, email: true, dailyDigest: true },
      version: 1,
    };
    expect(await chosen.json()).toMatchObject(expected);
    expect(await read()).toMatchObject(expected);
  });

  it('a revocation tells the commune its explanation deadline, then the commune and the coordinator the deadline passed and the decision with its number', async () => {
    await store.append('dossier-cg-revoked', 'no-stream', toNewEvents(revokedInCamGiang('cg-revoked', '45/QĐ-UBND')));
    await store.drain();
    const told = async (userId: string) =>
      (await inbox(userId, '?limit=100')).items.filter((item) => item.dossierId === 'cg-revoked');
    await until(async () => (await told('dieu-phoi-thai-nguyen')).length >= 2, 'the revocation told');
    const commune = await told('can-bo-cam-giang');
    expect(commune.map((item) => item.kind)).toEqual([
      'recognition-revoked',
      'revocation-explanation-overdue',
      'revocation-proposed',
      'dossier-recognised',
    ]);
    const [revoked, overdue, proposed] = commune;
    expect(proposed.body).toBe('Có đề nghị thu hồi quyết định công nhận của Xã Cẩm Giàng. Hạn giải trình: 29/04/2026.');
    expect(overdue.subject).toBe('Hết hạn giải trình đề nghị thu hồi: Xã Cẩm Giàng');
    expect(overdue.body).toContain('Đã hết hạn giải trình (29/04/2026) mà Xã Cẩm Giàng chưa giải trình');
    expect(revoked.subject).toBe('Quyết định thu hồi công nhận: Xã Cẩm Giàng');
    expect(revoked.body).toMatch(
      /^Quyết định số 45\/QĐ-UBND ngày 01\/06\/2027 thu hồi quyết định công nhận Xã Cẩm Giàng/,
    );
    const coordinator = await told('dieu-phoi-thai-nguyen');
    expect(coordinator.map(({ kind, subject, body }) => ({ kind, subject, body }))).toEqual(
      [revoked, overdue].map(({ kind, subject, body }) => ({ kind, subject, body })),
    );
    expect(await told('can-bo-quan-ha')).toEqual([]);
  });

  it("'mark all read' marks every unread notification of the caller's, recorded once, and nobody else's", async () => {
    const before = await inbox('can-bo-cam-giang', '?unread=true&limit=100');
    expect(before.unreadCount).toBeGreaterThanOrEqual(5);
    const coordinatorUnread = (await inbox('dieu-phoi-thai-nguyen')).unreadCount;
    const [first, ...rest] = before.items;
    expect((await markRead('can-bo-cam-giang', first.notificationId)).status).toBe(200);
    await until(
      async () => (await inbox('can-bo-cam-giang')).unreadCount === before.unreadCount - 1,
      'the one read mark projected',
    );
    // Twice at once: the read model has not followed the first when the second lists the unread.
    const answers = await Promise.all([markAllRead('can-bo-cam-giang'), markAllRead('can-bo-cam-giang')]);
    expect(answers.map((response) => response.status)).toEqual([200, 200]);
    // Each lists every unread one, or none if the other's mark was already read back.
    const counts = (await Promise.all(answers.map((response) => response.json()))) as { marked: number }[];
    expect(counts.map(({ marked }) => marked)).toContain(rest.length);
    expect(counts.every(({ marked }) => marked === rest.length || marked === 0)).toBe(true);
    await until(async () => (await inbox('can-bo-cam-giang')).unreadCount === 0, 'every mark projected');
    expect((await inbox('can-bo-cam-giang', '?limit=100')).items.every((item) => item.read)).toBe(true);
    const marks = await store.readStream(notificationReadStreamId('can-bo-cam-giang'));
    expect(marks.map((event) => event.type)).toEqual(['NotificationRead', 'NotificationsRead']);
    expect(new Set((marks[1].data as { notificationIds: string[] }).notificationIds)).toEqual(
      new Set(rest.map((i) => i.notificationId)),
    );
    expect(await (await markAllRead('can-bo-cam-giang')).json()).toEqual({ marked: 0 });
    expect(await store.readStream(notificationReadStreamId('can-bo-cam-giang'))).toHaveLength(2);
    expect((await inbox('dieu-phoi-thai-nguyen')).unreadCount).toBe(coordinatorUnread);
  });

  it("'mark all read' without a session is 401 problem+json", async () => {
    const response = await system.request('/api/v1/me/notifications/read-all', { method: 'POST' });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
