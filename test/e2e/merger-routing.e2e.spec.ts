import { vietnamDateOf } from '@ntm/calendar';
import { loadCatalogue } from '@ntm/catalogue';
import { bodyToday } from '@ntm/domain';

import { apiJourney } from '../support/api-journey';
import { EVIDENCE, rulesFiledOn, type Send } from '../support/dossier-journey';
import { apiReader } from '../support/read-models';
import { ok, queueOf, threeTierSteps } from '../support/three-tier-journey';

const OLD_PROVINCE = '70'; // Bình Phước, part of Đồng Nai since 1/7/2025
const PROVINCE = '75'; // Đồng Nai
const COMMUNE = '25361'; // Xã Tân Hiệp, merged into Xã Tân Khai (25357) on 1/7/2025
const COMMUNE_TODAY = '25357';
const VARIANT = { region: 'southeast' } as const;
const FILED_ON = '2025-06-01'; // the 2021–2025 rules and the three-tier procedure (QĐ 18/2022/QĐ-TTg)

interface StoredRow {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

describe('a dossier filed before the 2025 mergers is appraised to the end by the bodies that exist today', () => {
  const { as, sign, system } = apiJourney();
  const admin = as('administrator', PROVINCE);
  const rules = rulesFiledOn(FILED_ON, OLD_PROVINCE, VARIANT);
  const today = { departments: loadCatalogue().departments, province: PROVINCE };
  const departmentToday = (stepIndex: number, criterionId: string, department: string) =>
    bodyToday(rules, { criterionId, stepIndex, department }, today)?.department ?? '?';

  /** An appraiser of Đồng Nai's department, granted through the administration API as it can be today. */
  const appraisers = new Map<string, Promise<Send>>();
  const appraiserOf = (department: string) => {
    const userId = `tham-dinh-${PROVINCE}-${department.toLowerCase()}`;
    const granted = async () => {
      await admin('/admin/users', { userId, name: 'Cán bộ thẩm định', unit: PROVINCE });
      const grant = { role: 'department-appraiser', unit: PROVINCE, department };
      expect((await admin(`/admin/users/${userId}/grants`, grant)).status).toBe(201);
      return as('department-appraiser', PROVINCE, { userId, department });
    };
    if (!appraisers.has(department)) appraisers.set(department, granted());
    return appraisers.get(department)!;
  };
  /** The queue of one of Đồng Nai's departments, once it lists the criterion awaited. */
  const queueOfDepartment = async (department: string, criterionId: string) => {
    const userId = `tham-dinh-${PROVINCE}-${department.toLowerCase()}`;
    const grants = [{ role: 'department-appraiser' as const, unit: PROVINCE, department }];
    const read = apiReader(system().api.url, sign)({ userId, name: 'Cán bộ thẩm định', grants });
    await queueOf(read, (ids) => ids.includes(criterionId), `${PROVINCE}/${department}`);
    const { items } = (await read('/work-queues/department')) as { items: Record<string, unknown>[] };
    return items;
  };
  const item = (items: Record<string, unknown>[], criterionId: string) =>
    items.find((queued) => queued.criterionId === criterionId);
  const events = (dossierId: string): Promise<StoredRow[]> =>
    system().db.dataSource.query(
      'select type, data, metadata from event_store.events where stream_id = $1 order by stream_version',
      [`dossier-${dossierId}`],
    );

  it('Tân Hiệp (Bình Phước, huyện Hớn Quản), filed on 1/6/2025: verified and appraised by Đồng Nai’s departments, its district step taken over by the province, recognised today', async () => {
    const created = await admin('/admin/users', { userId: 'tham-dinh-70', name: 'Cán bộ thẩm định', unit: PROVINCE });
    expect(created.status).toBe(201);
    const pinnedGrant = { role: 'department-appraiser', unit: OLD_PROVINCE, department: 'SNNPTNT' };
    expect(await admin('/admin/users/tham-dinh-70/grants', pinnedGrant)).toMatchObject({
      status: 422,
      body: { code: 'grant.not-in-force' },
    });

    const commune = as('commune-officer', COMMUNE_TODAY);
    const coordinator = as('province-coordinator', PROVINCE);
    const secretary = as('council-secretary', PROVINCE);
    const registered = await commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2025, filedOn: FILED_ON });
    expect(registered.status).toBe(201);
    const id = String(registered.body.dossierId);
    expect(rules.regime.steps.map((step) => step.tier)).toEqual(['district', 'province']);
    // Criterion 3 (thủy lợi) was pinned to Sở NN&PTNT, 11 (nghèo đa chiều) and 12 (lao động) to Sở LĐ-TB&XH.
    expect([rules.assignments['3'], rules.assignments['11'], rules.assignments['12']]).toEqual([
      'SNNPTNT',
      'SLDTBXH',
      'SLDTBXH',
    ]);
    const steps = threeTierSteps(id, rules, VARIANT, {
      commune,
      surveyOfficer: as('survey-officer', COMMUNE_TODAY),
      reviewer: (stepIndex, criterionId, department) =>
        appraiserOf(departmentToday(stepIndex, criterionId, department)),
      // Hớn Quản's coordination office and council are gone too: the province's take the district step over,
      // and the commune sends the dossier on to the province itself, as it does under two tiers.
      districtCoordinator: coordinator,
      districtSecretary: secretary,
      districtCouncilMember: (userId) => as('council-member', PROVINCE, { userId }),
      toProvince: commune,
      provinceCoordinator: coordinator,
      secretary,
      councilMember: (userId) => as('council-member', PROVINCE, { userId }),
    });
    await steps.fileToDistrict();

    // Thẩm tra: the divisions of Hớn Quản are gone; the departments of Đồng Nai find the criteria in their queues.
    const agriculture = await queueOfDepartment('SNNMT', '3');
    expect(item(agriculture, '3')).toMatchObject({
      department: 'PNNPTNT',
      todayUnit: PROVINCE,
      todayDepartment: 'SNNMT',
    });
    expect(item(agriculture, '11')).toMatchObject({ department: 'PLDTBXH', todayDepartment: 'SNNMT' });
    expect(item(await queueOfDepartment('SGDDT', '12'), '12')).toMatchObject({ todayDepartment: 'SGDDT' });
    const elsewhere = await (
      await appraiserOf('SXD')
    )(`/dossiers/${id}/criteria/3/appraisal`, {
      verdict: 'met',
      findings: 'Đạt',
    });
    expect(elsewhere.status).toBe(403);
    await steps.review(0, 'Đạt qua kiểm tra thực tế');
    await steps.districtCouncilToProvince();

    // Thẩm định: a supplement asked by the successor, then every criterion appraised by today's departments.
    const appraisal = item(await queueOfDepartment('SNNMT', '11'), '11');
    expect(appraisal).toMatchObject({ tier: 'province', department: 'SLDTBXH', todayDepartment: 'SNNMT' });
    const poverty = await appraiserOf('SNNMT');
    await ok(poverty(`/dossiers/${id}/criteria/11/supplement-requests`, { reason: 'Bổ sung danh sách hộ nghèo' }));
    await ok(
      commune(`/dossiers/${id}/criteria/11/supplements`, { note: 'Đã bổ sung', documents: EVIDENCE, indicators: [] }),
    );
    await steps.review(1, 'Đạt');
    await steps.provinceCouncil();
    const decided = await as('approver', PROVINCE)(`/dossiers/${id}/decision`, {
      decisionNumber: '2468/QĐ-UBND',
      decisionDate: vietnamDateOf(new Date()),
      signer: 'Chủ tịch UBND tỉnh Đồng Nai',
    });
    expect(decided).toMatchObject({ status: 200, body: { status: 'recognised', events: ['DossierRecognised'] } });

    // The history keeps the pinned assignment; who acted for it is in the metadata.
    const appraised = (await events(id)).filter((event) => event.type === 'CriterionAppraised');
    expect(appraised.find((event) => event.data.criterionId === '3' && event.data.stepIndex === 0)).toMatchObject({
      data: { department: 'PNNPTNT' },
      metadata: { role: 'department-appraiser', unit: PROVINCE, department: 'SNNMT' },
    });
    expect(appraised.find((event) => event.data.criterionId === '11' && event.data.stepIndex === 1)).toMatchObject({
      data: { department: 'SLDTBXH' },
      metadata: { unit: PROVINCE, department: 'SNNMT' },
    });
  });
});
