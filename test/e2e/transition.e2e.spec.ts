import type { Identity, Role } from '@ntm/auth';
import type { PinnedRules } from '@ntm/catalogue';

import { EVIDENCE, meetingValues, rulesFiledOn } from '../support/dossier-journey';
import { apiJourney } from '../support/api-journey';
import { until } from '../support/until';

const PROVINCE = '19'; // Thái Nguyên, which Bắc Kạn joined on 1/7/2025
const CAM_GIANG = '02008'; // formed on 1/7/2025 from Quân Hà (02005), Nguyên Phúc and Cao Sơn; seeded in group 2
const QUAN_HA = '02005';
const json = { 'content-type': 'application/json' };

/** An events-table row as these tests read it: the registration carries the pinned rules. */
interface StoredRow {
  readonly type: string;
  readonly data: { readonly rules?: PinnedRules; readonly [field: string]: unknown };
  readonly metadata: Record<string, unknown>;
}

describe('current rules and the 2025 reorganisation through the HTTP API (QĐ 51/2025/QĐ-TTg)', () => {
  const { as, sign, system } = apiJourney();
  const tokenOf = async (user: Identity) => `Bearer ${(await sign(user)).accessToken}`;
  const call = async (role: Role, unit: string, method: string, path: string, body?: unknown) => {
    const authorization = await tokenOf({ userId: `${role}-${unit}`, name: role, grants: [{ role, unit }] });
    const response = await system().request(`/api/v1${path}`, {
      method,
      headers: { authorization, ...(body === undefined ? {} : json) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const events = (streamId: string): Promise<StoredRow[]> =>
    system().db.dataSource.query(
      'select type, data, metadata from event_store.events where stream_id = $1 order by stream_version',
      [streamId],
    );
  const register = (body: Record<string, unknown>, unit = CAM_GIANG) =>
    as('commune-officer', unit)('/dossiers', { unitCode: unit, level: 'ntm', ...body });

  it('a dossier pins its commune’s group at filing: changing the group afterwards leaves it alone, a new one takes the new group', async () => {
    const filed = await register({ year: 2026 });
    expect(filed.status).toBe(201);
    const inFlight = String(filed.body.dossierId);

    const changed = await call('province-coordinator', PROVINCE, 'PUT', `/communes/${CAM_GIANG}/groups/2026.1`, {
      group: 1,
      reason: 'Xã được quy hoạch thành phường',
    });
    expect(changed).toMatchObject({ status: 200, body: { groups: { '2026.1': 1 }, version: 1 } });
    const [assigned] = await events(`commune-group-${CAM_GIANG}`);
    expect(assigned).toMatchObject({
      type: 'CommuneGroupAssigned',
      data: { group: 1, previousGroup: 2, reason: 'Xã được quy hoạch thành phường' },
      metadata: { role: 'province-coordinator', unit: PROVINCE },
    });

    // Values at group 2's thresholds: they meet group 2 and fall short of group 1 (e.g. 2.2: 90% < 100%).
    const group2 = rulesFiledOn('2026-11-23', PROVINCE, { group: 2 });
    const selfAssessment = {
      indicators: meetingValues(group2.criteriaSet, { group: 2 }),
      constructionDebt: { outstanding: false, evidence: EVIDENCE },
      securityAndOrder: { complicated: false, evidence: EVIDENCE },
    };
    expect(
      (await as('commune-officer', CAM_GIANG)(`/dossiers/${inFlight}/self-assessment`, selfAssessment)).status,
    ).toBe(200);
    const inFlightEvents = await events(`dossier-${inFlight}`);
    expect(inFlightEvents[0].data.rules).toMatchObject({ catalogueVersion: '2026.1', variant: { group: 2 } });
    expect(inFlightEvents[0].data.rules?.criteriaSet.criteria).toHaveLength(10);
    expect(inFlightEvents[1].data).toMatchObject({ metCount: 10, total: 10, unmet: [] });

    const later = await register({ year: 2027 });
    expect(later.status).toBe(201);
    const laterId = String(later.body.dossierId);
    await as('commune-officer', CAM_GIANG)(`/dossiers/${laterId}/self-assessment`, selfAssessment);
    const laterEvents = await events(`dossier-${laterId}`);
    expect(laterEvents[0].data.rules?.variant).toEqual({ group: 1 });
    expect(laterEvents[1].data.unmet).toContain('2');

    // Side by side for planning: 10 new criteria, each with the old ones it takes over (7 is new).
    const comparison = await until(async () => {
      const answer = await call('province-coordinator', PROVINCE, 'GET', `/communes/${CAM_GIANG}/criteria-comparison`);
      return (answer.body.current as { measured?: boolean })?.measured === true && answer;
    }, 'the comparison with the measured values');
    expect(comparison).toMatchObject({
      status: 200,
      body: {
        old: { setId: 'xa-ntm-2021-2025', total: 19 },
        current: { setId: 'xa-ntm-2026-2030', total: 10, measured: true },
      },
    });
    const rows = comparison.body.rows as {
      criterion: { criterionId: string };
      isNew: boolean;
      predecessors: unknown[];
    }[];
    expect(rows).toHaveLength(10);
    expect(rows.find((row) => row.criterion.criterionId === '7')?.isNew).toBe(true);
  });

  it('a registration naming another group than the commune’s recorded one is refused, nothing filed', async () => {
    const same = await register({ year: 2028, communeGroup: 3 }, '01969'); // Phủ Thông is seeded in group 3…
    expect(same.status).toBe(201);
    const mismatch = await register({ year: 2028, communeGroup: 2 }, '01912'); // …and Chợ Rã too
    expect(mismatch.status).toBe(422);
    expect(mismatch.body).toMatchObject({ code: 'commune-group.mismatch', errors: [{ field: 'communeGroup' }] });
  });

  it('only a coordinator changes a group, with a reason, for a commune in force and a grouped catalogue version', async () => {
    const put = (role: Role, unit: string, code: string, version: string, body: unknown) =>
      call(role, unit, 'PUT', `/communes/${code}/groups/${version}`, body);
    expect((await put('commune-officer', '01969', '01969', '2026.1', { group: 2, reason: 'x' })).status).toBe(403);
    expect((await put('province-coordinator', PROVINCE, '01969', '2026.1', { group: 4, reason: 'x' })).status).toBe(
      400,
    );
    expect((await put('province-coordinator', PROVINCE, '01969', '2026.1', { group: 3, reason: 'x' })).status).toBe(
      409,
    );
    expect((await put('province-coordinator', PROVINCE, '01969', '2022.1', { group: 2, reason: 'x' })).status).toBe(
      422,
    );
    // Quân Hà ceased on 30/6/2025 (merged into Cẩm Giàng): within Thái Nguyên's scope, but no longer a commune.
    expect((await put('province-coordinator', PROVINCE, QUAN_HA, '2026.1', { group: 2, reason: 'x' })).status).toBe(
      422,
    );
    expect(await events('commune-group-01969')).toEqual([]);
  });

  it('the coordinator corrects a commune’s region; a 2021–2025 dossier filed afterwards pins it, and a registration may not contradict it', async () => {
    const NGUYEN_PHUC = '01999'; // merged into Cẩm Giàng on 1/7/2025; its old dossiers keep the 2021–2025 criteria
    const region = (role: Role, unit: string, method = 'GET', body?: unknown) =>
      call(role, unit, method, `/communes/${NGUYEN_PHUC}/region`, body);
    expect((await region('province-coordinator', PROVINCE)).body).toMatchObject({
      region: 'northern-midlands-mountains',
      version: 0,
    });
    const correction = { region: 'red-river-delta', reason: 'Theo quyết định phân vùng của tỉnh' };
    expect((await region('commune-officer', NGUYEN_PHUC, 'PUT', correction)).status).toBe(403);
    expect(await region('province-coordinator', PROVINCE, 'PUT', correction)).toMatchObject({
      status: 200,
      body: { region: 'red-river-delta', version: 1 },
    });
    expect(await events(`unit-region-${NGUYEN_PHUC}`)).toEqual([
      expect.objectContaining({
        type: 'UnitRegionAssigned',
        data: expect.objectContaining({ region: 'red-river-delta', previousRegion: 'northern-midlands-mountains' }),
      }),
    ]);
    const filing = { year: 2025, filedOn: '2025-05-10' };
    const contradicting = await register({ ...filing, region: 'northern-midlands-mountains' }, NGUYEN_PHUC);
    expect(contradicting.body).toMatchObject({ status: 422, code: 'region.mismatch' });
    const filed = await register(filing, NGUYEN_PHUC);
    expect(filed.status).toBe(201);
    const [registered] = await events(`dossier-${String(filed.body.dossierId)}`);
    expect(registered?.data.rules?.variant).toEqual({ region: 'red-river-delta' });
  });

  it('a merged commune’s open dossier is carried over to the commune formed from it, recorded in its audit timeline', async () => {
    const filed = await register({ year: 2025, region: 'northern-midlands-mountains', filedOn: '2025-06-01' }, QUAN_HA);
    expect(filed.status).toBe(201);
    const id = String(filed.body.dossierId);
    // The detail names the commune Quân Hà was merged into, which the coordinator's page offers.
    const successors = async () => {
      const detail = await call('province-coordinator', PROVINCE, 'GET', `/dossiers/${id}`);
      return detail.status === 200 && (detail.body.successorUnits as unknown[]);
    };
    expect(await until(successors, 'the merged dossier in the read model')).toEqual([
      { code: CAM_GIANG, name: 'Xã Cẩm Giàng' },
    ]);
    const wrong = await call('province-coordinator', PROVINCE, 'POST', `/dossiers/${id}/merger/carry-over`, {
      successorUnit: '01969',
      note: 'Chuyển nhầm',
    });
    expect(wrong).toMatchObject({ status: 422, body: { code: 'merger.not-a-successor' } });
    const byCommune = await call('commune-officer', QUAN_HA, 'POST', `/dossiers/${id}/merger/carry-over`, {
      successorUnit: CAM_GIANG,
      note: 'x',
    });
    expect(byCommune.status).toBe(403);

    const carried = await call('province-coordinator', PROVINCE, 'POST', `/dossiers/${id}/merger/carry-over`, {
      successorUnit: CAM_GIANG,
      note: 'Xã Cẩm Giàng tiếp tục hồ sơ của xã Quân Hà',
    });
    expect(carried).toMatchObject({ status: 200, body: { events: ['DossierCarriedOver'], status: 'registered' } });
    const stored = await events(`dossier-${id}`);
    expect(stored.at(-1)).toMatchObject({
      type: 'DossierCarriedOver',
      data: { previousUnit: { code: QUAN_HA }, unit: { code: CAM_GIANG } },
      metadata: { role: 'province-coordinator', unit: PROVINCE },
    });
    // Carried over, the dossier's commune is one in force: no successor left to offer.
    await until(async () => {
      const found = await successors();
      return found !== false && found.length === 0;
    }, 'the carried-over dossier under Cẩm Giàng');
    // The 2021–2025 rules pinned at filing stay with the dossier under its new commune.
    expect(stored[0].data.rules?.criteriaSet.criteria).toHaveLength(19);

    const timeline = await call('auditor', PROVINCE, 'GET', `/audit/dossiers/${id}/timeline`);
    expect(timeline.status).toBe(200);
    expect(JSON.stringify(timeline.body)).toContain(
      `chuyển hồ sơ từ Xã Quân Hà (${QUAN_HA}) sang Xã Cẩm Giàng (${CAM_GIANG})`,
    );
    const selfAssessed = await as('commune-officer', CAM_GIANG)(`/dossiers/${id}/self-assessment`, {
      indicators: meetingValues(
        rulesFiledOn('2025-06-01', '06', { region: 'northern-midlands-mountains' }).criteriaSet,
        {
          region: 'northern-midlands-mountains',
        },
      ),
      constructionDebt: { outstanding: false, evidence: EVIDENCE },
      securityAndOrder: { complicated: false, evidence: EVIDENCE },
    });
    expect(selfAssessed.status).toBe(200);
  });

  it('or is closed by the coordinator with the reason recorded', async () => {
    // Xã Mỹ Thanh (02011), also merged into Cẩm Giàng: Quân Hà's 2025 dossier holds Quân Hà's claim.
    const filed = await register({ year: 2025, region: 'northern-midlands-mountains', filedOn: '2025-05-20' }, '02011');
    const id = String(filed.body.dossierId);
    const closed = await call('province-coordinator', PROVINCE, 'POST', `/dossiers/${id}/merger/closure`, {
      successorUnit: CAM_GIANG,
      reason: 'Xã Cẩm Giàng lập hồ sơ mới theo bộ tiêu chí 2026–2030',
    });
    expect(closed).toMatchObject({ status: 200, body: { events: ['DossierClosedOnMerger'], status: 'withdrawn' } });
    expect((await events(`dossier-${id}`)).at(-1)).toMatchObject({
      type: 'DossierClosedOnMerger',
      data: { reason: 'Xã Cẩm Giàng lập hồ sơ mới theo bộ tiêu chí 2026–2030', successor: { code: CAM_GIANG } },
    });
  });
});
