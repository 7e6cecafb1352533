import type { Role } from '@ntm/auth';

import { apiJourney } from '../support/api-journey';
import { dossierInPosting } from '../support/dossier-journey';

const PROVINCE = '19';
const COMMUNE = '02008';

describe('an Idempotency-Key names one request: reused for another route or body it is refused', () => {
  const { as, sign, system } = apiJourney();
  const commune = as('commune-officer', COMMUNE);
  let dossierId = '';

  const call = async (role: Role, unit: string, method: string, path: string, body: unknown, key: string) => {
    const { accessToken } = await sign({ userId: `${role}-${unit}`, name: 'Người dùng', grants: [{ role, unit }] });
    const response = await system().request(`/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const streamLength = async (streamId: string) => {
    const [{ count }] = await system().db.dataSource.query(
      'select count(*)::int as count from event_store.events where stream_id = $1',
      [streamId],
    );
    return count as number;
  };
  const comment = (content: string) => ({ author: 'Người dân thôn 2', content, receivedOn: new Date().toISOString() });
  const reused = (firstRoute: string) => ({
    status: 422,
    body: expect.objectContaining({ code: 'idempotency.key-reused', firstRoute: expect.stringContaining(firstRoute) }),
  });

  beforeAll(async () => {
    ({ dossierId } = await dossierInPosting(as, COMMUNE, PROVINCE));
  });

  it('a retried comment gets its first answer; the key with another comment or on the closure is refused, and nothing is recorded', async () => {
    const key = { 'idempotency-key': 'y-kien-1' };
    const body = comment('Đường thôn còn hỏng');
    const first = await commune(`/dossiers/${dossierId}/comments`, body, key);
    expect(first.status).toBe(200);
    // The same request again, its fields in another order: the same body.
    const again = await commune(
      `/dossiers/${dossierId}/comments`,
      Object.fromEntries(Object.entries(body).reverse()),
      key,
    );
    expect(again.body).toEqual(first.body);
    const before = await streamLength(`dossier-${dossierId}`);
    const otherBody = await commune(`/dossiers/${dossierId}/comments`, comment('Ý kiến khác'), key);
    expect(otherBody).toMatchObject(reused(`/dossiers/${dossierId}/comments`));
    const otherRoute = await commune(`/dossiers/${dossierId}/posting/closure`, {}, key);
    expect(otherRoute).toMatchObject(reused(`/dossiers/${dossierId}/comments`));
    expect(await streamLength(`dossier-${dossierId}`)).toBe(before);
  });

  it('a request refused as malformed gives its key back for the corrected request', async () => {
    const key = { 'idempotency-key': 'y-kien-sua' };
    const malformed = await commune(`/dossiers/${dossierId}/comments`, { author: 'A' }, key);
    expect(malformed.status).toBe(400);
    expect((await commune(`/dossiers/${dossierId}/comments`, comment('Đã sửa lại'), key)).status).toBe(200);
  });

  it('two different requests racing with one key: one is taken, the other refused', async () => {
    const key = { 'idempotency-key': 'y-kien-dua' };
    const answers = await Promise.all(
      ['Một', 'Hai'].map((text) => commune(`/dossiers/${dossierId}/comments`, comment(text), key)),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 422]);
  });

  it('the same for account and commune-group commands', async () => {
    const user = { userId: 'ngo-thi-lan', name: 'Ngô Thị Lan', unit: PROVINCE };
    expect((await call('administrator', PROVINCE, 'POST', '/admin/users', user, 'tk-1')).status).toBe(201);
    const otherUser = { ...user, userId: 'ngo-van-hai' };
    expect(await call('administrator', PROVINCE, 'POST', '/admin/users', otherUser, 'tk-1')).toMatchObject(
      reused('/admin/users'),
    );
    expect(await streamLength('user-ngo-van-hai')).toBe(0);

    const path = `/communes/${COMMUNE}/groups/2026.1`;
    const change = { group: 1, reason: 'Rà soát lại nhóm xã' };
    expect((await call('province-coordinator', PROVINCE, 'PUT', path, change, 'nhom-1')).status).toBe(200);
    const otherChange = { group: 3, reason: 'Rà soát lại nhóm xã' };
    expect(await call('province-coordinator', PROVINCE, 'PUT', path, otherChange, 'nhom-1')).toMatchObject(
      reused(path),
    );
    expect(await streamLength(`commune-group-${COMMUNE}`)).toBe(1);
  });
});
