import type { Pool } from 'pg';

import { PostgresEventStore } from '@ntm/event-store';
import { ProjectionRunner, usersProjector } from '@ntm/projections';
import { startTestSystem, type TestSystem, until } from '@ntm/test-support';

import { DEMO_ADMINISTRATOR, devLoginHeaders } from '../support/dev-login';

const json = { 'content-type': 'application/json' };

describe('administration of users, grants and units', () => {
  let system: TestSystem;
  let pool: Pool;
  let runner: ProjectionRunner;
  let admin: Record<string, string>;

  beforeAll(async () => {
    system = await startTestSystem();
    pool = system.db.openPool(2);
    runner = new ProjectionRunner(system.db.dataSource, new PostgresEventStore(pool), [usersProjector]);
    admin = await devLoginHeaders(system.api.url, DEMO_ADMINISTRATOR);
  });
  afterAll(async () => {
    await system?.stop();
  });

  const send = (path: string, method: string, headers: Record<string, string>, body?: unknown) =>
    system.request(`/api/v1/admin${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : json) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const eventsOf = (userId: string): Promise<{ type: string; metadata: Record<string, string> }[]> =>
    system.db.dataSource.query(
      'select type, metadata from event_store.events where stream_id = $1 order by stream_version',
      [`user-${userId}`],
    );

  /**
   * The list reads the read model: wait until it shows the user. Events are read only once every
   * older transaction of the cluster ended, so other test files' transactions may delay them.
   */
  async function projected(userId: string): Promise<void> {
    await until(async () => {
      await runner.catchUp(usersProjector.name);
      const rows = await system.db.dataSource.query('select 1 from read_models.users where user_id = $1', [userId]);
      return rows.length > 0;
    }, `${userId} in the users read model`);
  }

  it('a registered user logs in with the grant given, loses it on revocation, and is refused once deactivated', async () => {
    // Thái Nguyên (19): the province Bắc Kạn joined on 1/7/2025, whose departments are in force today.
    const admin = await devLoginHeaders(system.api.url, 'quan-tri-thai-nguyen');
    const created = await send('/users', 'POST', admin, { userId: 'ha-thi-mai', name: 'Hà Thị Mai', unit: '19' });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('W/"1"');
    const granted = await send('/users/ha-thi-mai/grants', 'POST', admin, {
      role: 'department-appraiser',
      unit: '19',
      department: 'SXD',
    });
    expect(granted.status).toBe(201);
    const { grants } = (await granted.json()) as { grants: { grantId: string }[] };
    const mai = await devLoginHeaders(system.api.url, 'ha-thi-mai');
    const me = await system.request('/api/v1/auth/me', { headers: mai });
    expect(await me.json()).toMatchObject({
      grants: [{ role: 'department-appraiser', unit: '19', department: 'SXD' }],
    });

    expect((await send(`/users/ha-thi-mai/grants/${grants[0].grantId}`, 'DELETE', admin)).status).toBe(200);
    expect(await (await system.request('/api/v1/auth/me', { headers: mai })).json()).toMatchObject({ grants: [] });
    expect((await send('/users/ha-thi-mai/deactivation', 'POST', admin)).status).toBe(200);
    const refused = await system.request('/api/v1/auth/me', { headers: mai });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ reason: 'deactivated' });

    const events = await eventsOf('ha-thi-mai');
    expect(events.map((event) => event.type)).toEqual([
      'UserRegistered',
      'RoleGranted',
      'RoleRevoked',
      'UserDeactivated',
    ]);
    for (const { metadata } of events) {
      expect(metadata).toMatchObject({ actor: 'quan-tri-thai-nguyen', role: 'administrator', unit: '19' });
      expect(metadata.correlationId).toBeTruthy();
      expect(metadata.clientAddress).toBeTruthy();
    }
  });

  it('the same Idempotency-Key twice gives the same answer and one event', async () => {
    const headers = { ...admin, 'idempotency-key': 'dang-ky-tran-van-binh' };
    const body = { userId: 'tran-van-binh', name: 'Trần Văn Bình', unit: '06' };
    const first = await send('/users', 'POST', headers, body);
    const second = await send('/users', 'POST', headers, body);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(await second.json()).toEqual(await first.json());
    expect(await eventsOf('tran-van-binh')).toHaveLength(1);
  });

  it('a stale If-Match is refused with 412 and the current version', async () => {
    await send('/users', 'POST', admin, { userId: 'ly-van-cu', name: 'Lý Văn Cù', unit: '06' });
    const grant = { role: 'council-member', unit: '06' };
    expect((await send('/users/ly-van-cu/grants', 'POST', { ...admin, 'if-match': 'W/"1"' }, grant)).status).toBe(201);
    const stale = await send('/users/ly-van-cu/deactivation', 'POST', { ...admin, 'if-match': 'W/"1"' });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ code: 'user.version-changed', currentVersion: 2 });
  });

  it.each([
    ['an unknown unit', { role: 'approver', unit: '99' }, 'unit'],
    ['an unknown role', { role: 'king', unit: '06' }, 'role'],
    ['an appraiser without a department', { role: 'department-appraiser', unit: '06' }, 'department'],
  ])('a grant with %s is a 400 problem naming the field', async (_, grant, field) => {
    await send('/users', 'POST', admin, { userId: 'la-thi-don', name: 'La Thị Đơn', unit: '06' });
    const response = await send('/users/la-thi-don/grants', 'POST', admin, grant);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((error) => error.field)).toContain(field);
  });

  it.each([
    ['a department outside the catalogue', '19', 'xay-dung', 'not in the catalogue in force'],
    ['a department merged in 2025 (Sở NN&PTNT into Sở NN&MT)', '19', 'SNNPTNT', 'merged into SNNMT'],
    ['a department of Bắc Kạn, merged into Thái Nguyên', '06', 'SXD', 'retired with its province: grant it at 19'],
  ])(
    'a grant naming %s is a 422 problem naming the department and why, and writes nothing',
    async (_, unit, department, reason) => {
      const userId = `tham-dinh-${unit}-${department.toLowerCase()}`;
      await send('/users', 'POST', admin, { userId, name: 'Cán bộ thẩm định', unit: '06' });
      const response = await send(`/users/${userId}/grants`, 'POST', admin, {
        role: 'department-appraiser',
        unit,
        department,
      });
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await response.json()) as { code: string; errors: { field: string; reason: string }[] };
      expect(problem.code).toBe('grant.not-in-force');
      expect(problem.errors).toEqual([{ field: 'department', reason: expect.stringContaining(reason) }]);
      expect((await eventsOf(userId)).map((event) => event.type)).toEqual(['UserRegistered']);
    },
  );

  it('a coordinator grants within the province, not administrator roles, and finds users elsewhere not found', async () => {
    await send('/users', 'POST', admin, { userId: 'be-van-son', name: 'Bế Văn Sơn', unit: '06' });
    const coordinator = await devLoginHeaders(system.api.url, 'dieu-phoi-bac-kan');
    const grant = (role: string) => send('/users/be-van-son/grants', 'POST', coordinator, { role, unit: '06' });
    expect((await grant('council-member')).status).toBe(201);
    expect((await grant('administrator')).status).toBe(403);
    const elsewhere = await devLoginHeaders(system.api.url, 'dieu-phoi-binh-phuoc');
    expect((await send('/users/be-van-son/grants', 'POST', elsewhere, { role: 'approver', unit: '70' })).status).toBe(
      404,
    );
    expect((await send('/users/be-van-son', 'GET', elsewhere)).status).toBe(404);
  });

  it('an auditor reads users and units but cannot write; a commune officer cannot even read', async () => {
    const auditor = await devLoginHeaders(system.api.url, 'thanh-tra-bac-kan');
    await send('/users', 'POST', admin, { userId: 'vi-van-doc', name: 'Vi Văn Đọc', unit: '06' });
    const read = await send('/users/vi-van-doc', 'GET', auditor);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('W/"1"');
    expect((await send('/units/06/children', 'GET', auditor)).status).toBe(200);
    // Xã Cẩm Giàng kept its code on 1/7/2025: one unit, now under Thái Nguyên, earlier under Bạch Thông (Bắc Kạn).
    const thaiNguyen = await devLoginHeaders(system.api.url, 'quan-tri-thai-nguyen');
    expect(await (await send('/units/02008', 'GET', thaiNguyen)).json()).toMatchObject({
      name: 'Xã Cẩm Giàng',
      divisionType: 'xã',
      parent: '19',
      predecessors: ['01999', '02005', '02011'],
      earlier: [{ name: 'Xã Cẩm Giàng', parent: '063', validTo: '2025-06-30' }],
    });
    expect((await send('/users', 'POST', auditor, { userId: 'x', name: 'X', unit: '06' })).status).toBe(403);
    const officer = await devLoginHeaders(system.api.url, 'can-bo-quan-ha');
    expect((await send('/users/vi-van-doc', 'GET', officer)).status).toBe(403);
  });

  it('lists the users managed within the caller scope, page by page', async () => {
    for (const userId of ['a-mot', 'a-hai', 'a-ba'])
      await send('/users', 'POST', admin, { userId, name: userId, unit: '06' });
    const outsider = await devLoginHeaders(system.api.url, 'quan-tri-binh-phuoc');
    await send('/users', 'POST', outsider, { userId: 'a-bon', name: 'a-bon', unit: '70' });
    await projected('a-bon');
    const first = (await (await send('/users?limit=2', 'GET', admin)).json()) as {
      items: { userId: string }[];
      nextCursor: string;
    };
    expect(first.items.map((user) => user.userId)).toEqual(['a-ba', 'a-hai']);
    const second = (await (await send(`/users?limit=2&cursor=${first.nextCursor}`, 'GET', admin)).json()) as {
      items: { userId: string }[];
    };
    expect(second.items.map((user) => user.userId)).toContain('a-mot');
    const all = [...first.items, ...second.items].map((user) => user.userId);
    expect(all).not.toContain('a-bon');
  });
});
