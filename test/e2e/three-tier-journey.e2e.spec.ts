import type { Role } from '@ntm/auth';

import { apiJourney } from '../support/api-journey';
import { until } from '../support/until';
import { appraisalPlan, filingSteps, type Send, rulesFiledOn } from '../support/dossier-journey';
import { apiReader } from '../support/read-models';

const PROVINCE = '06'; // Bắc Kạn, before it joined Thái Nguyên on 1/7/2025
const DISTRICT = '063'; // Huyện Bạch Thông
const COMMUNE = '02005';
const VARIANT = { region: 'northern-midlands-mountains' } as const;
const FILED_ON = '2025-06-01'; // the 2021–2025 rules and the three-tier procedure (QĐ 18/2022/QĐ-TTg)

describe('a three-tier dossier through the HTTP API alone: district verification by its divisions, district council, then the province', () => {
  const { as, sign, system } = apiJourney();

  /** A command that must succeed: on failure the problem+json shows in the report. */
  const ok = async (reply: ReturnType<Send>) => {
    const { status, body } = await reply;
    expect({ status, body: status === 200 ? 'ok' : body }).toEqual({ status: 200, body: 'ok' });
  };

  /** A division's or department's work queue, once the projection shows what the test waits for. */
  const queueOf = async (role: Role, unit: string, department: string, ready: (ids: string[]) => boolean) => {
    const read = apiReader(
      system().api.url,
      sign,
    )({
      userId: `${role}-${unit}-${department}`,
      name: 'Cán bộ thẩm tra',
      grants: [{ role, unit, department }],
    });
    return until(async () => {
      const { items } = (await read('/work-queues/department')) as { items: { criterionId: string }[] };
      const ids = items.map((item) => item.criterionId);
      return ready(ids) && ids;
    }, `the queue of ${role} ${department}`);
  };

  it('is verified criterion by criterion by the district divisions, voted by the district council, appraised by the province and recognised', async () => {
    const commune = as('commune-officer', COMMUNE);
    const registered = await commune('/dossiers', {
      unitCode: COMMUNE,
      level: 'ntm',
      year: 2025,
      region: VARIANT.region,
      filedOn: FILED_ON,
    });
    expect(registered.status).toBe(201);
    const id = String(registered.body.dossierId);
    const rules = rulesFiledOn(FILED_ON, PROVINCE, VARIANT);
    expect(rules.regime.steps.map((step) => step.tier)).toEqual(['district', 'province']);
    const filing = filingSteps(rules, VARIANT, commune, as('survey-officer', COMMUNE)).slice(0, -1);
    for (const [send, path, body] of filing) await ok(send(`/dossiers/${id}/${path}`, body));
    await ok(commune(`/dossiers/${id}/submissions`, { tier: 'district' }));

    // Thẩm tra: each criterion goes to the district division that mirrors its province department.
    const verification = appraisalPlan(rules, 0);
    const [first] = verification;
    expect(first.department).toBe(rules.regime.steps[0].divisions?.[appraisalPlan(rules)[0].department]);
    const divisionQueue = await queueOf('district-appraiser', DISTRICT, first.department, (ids) =>
      ids.includes(first.criterionId),
    );
    expect(divisionQueue).toContain(first.criterionId);
    const provinceDepartment = appraisalPlan(rules)[0].department;
    const tooEarly = await as('department-appraiser', PROVINCE, { department: provinceDepartment })(
      `/dossiers/${id}/criteria/${first.criterionId}/appraisal`,
      { verdict: 'met', findings: 'Đạt' },
    );
    expect(tooEarly.status).toBe(403);
    for (const { criterionId, department, judgements } of verification) {
      const division = as('district-appraiser', DISTRICT, { department });
      const body = { verdict: 'met', findings: 'Đạt qua kiểm tra thực tế', judgements };
      await ok(division(`/dossiers/${id}/criteria/${criterionId}/appraisal`, body));
    }
    const districtCoordinator = as('district-coordinator', DISTRICT);
    await ok(districtCoordinator(`/dossiers/${id}/review-step/completion`, { tier: 'district' }));

    // Hội đồng thẩm tra cấp huyện, recorded by the district coordination office.
    const districtMembers = ['hd-huyen-1', 'hd-huyen-2', 'hd-huyen-3'];
    await ok(districtCoordinator(`/dossiers/${id}/council`, { tier: 'district', members: districtMembers }));
    for (const userId of districtMembers) {
      await ok(as('district-council-member', DISTRICT, { userId })(`/dossiers/${id}/council/votes`, { approve: true }));
    }
    await ok(districtCoordinator(`/dossiers/${id}/council/closure`, { tier: 'district' }));
    await ok(districtCoordinator(`/dossiers/${id}/submissions`, { tier: 'province' }));

    // Thẩm định: the province departments, then the provincial council and the decision.
    for (const { criterionId, department, judgements } of appraisalPlan(rules)) {
      const appraiser = as('department-appraiser', PROVINCE, { department });
      await ok(
        appraiser(`/dossiers/${id}/criteria/${criterionId}/appraisal`, { verdict: 'met', findings: 'Đạt', judgements }),
      );
    }
    const overreach = await districtCoordinator(`/dossiers/${id}/review-step/completion`, { tier: 'province' });
    expect(overreach).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    await ok(as('province-coordinator', PROVINCE)(`/dossiers/${id}/review-step/completion`, { tier: 'province' }));
    const secretary = as('council-secretary', PROVINCE);
    const members = ['hd-tinh-1', 'hd-tinh-2', 'hd-tinh-3'];
    expect((await districtCoordinator(`/dossiers/${id}/council`, { tier: 'province', members })).status).toBe(403);
    await ok(secretary(`/dossiers/${id}/council`, { tier: 'province', members }));
    for (const userId of members) {
      await ok(as('council-member', PROVINCE, { userId })(`/dossiers/${id}/council/votes`, { approve: true }));
    }
    await ok(secretary(`/dossiers/${id}/council/closure`, { tier: 'province' }));
    const decided = await as('approver', PROVINCE)(`/dossiers/${id}/decision`, {
      decisionNumber: '1357/QĐ-UBND',
      decisionDate: '2026-11-20',
      signer: 'Chủ tịch UBND tỉnh Bắc Kạn',
    });
    expect(decided).toMatchObject({ status: 200, body: { status: 'recognised', events: ['DossierRecognised'] } });
  });
});
