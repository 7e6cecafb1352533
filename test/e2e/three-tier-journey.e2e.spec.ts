import { apiJourney } from '../support/api-journey';
import { appraisalPlan, rulesFiledOn } from '../support/dossier-journey';
import { apiReader } from '../support/read-models';
import { appraiserIdentity, queueOf, threeTierSteps } from '../support/three-tier-journey';

const PROVINCE = '06'; // Bắc Kạn, before it joined Thái Nguyên on 1/7/2025
const DISTRICT = '063'; // Huyện Bạch Thông
const COMMUNE = '02005';
const VARIANT = { region: 'northern-midlands-mountains' } as const;
const FILED_ON = '2025-06-01'; // the 2021–2025 rules and the three-tier procedure (QĐ 18/2022/QĐ-TTg)

describe('a three-tier dossier through the HTTP API alone: district verification by its divisions, district council, then the province', () => {
  const { as, sign, system } = apiJourney();

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
    const districtCoordinator = as('district-coordinator', DISTRICT);
    const steps = threeTierSteps(id, rules, VARIANT, {
      commune,
      surveyOfficer: as('survey-officer', COMMUNE),
      // Thẩm tra by the district divisions, thẩm định by the province departments, each on its criteria.
      reviewer: (stepIndex, _, department) =>
        stepIndex === 0
          ? as('district-appraiser', DISTRICT, { department })
          : as('department-appraiser', PROVINCE, { department }),
      // Hội đồng thẩm tra cấp huyện, recorded by the district coordination office, which sends the dossier on.
      districtCoordinator,
      districtSecretary: districtCoordinator,
      districtCouncilMember: (userId) => as('district-council-member', DISTRICT, { userId }),
      toProvince: districtCoordinator,
      provinceCoordinator: as('province-coordinator', PROVINCE),
      secretary: as('council-secretary', PROVINCE),
      councilMember: (userId) => as('council-member', PROVINCE, { userId }),
    });
    await steps.fileToDistrict();

    // Thẩm tra: each criterion goes to the district division that mirrors its province department.
    const [first] = appraisalPlan(rules, 0);
    const provinceDepartment = appraisalPlan(rules)[0].department;
    expect(first.department).toBe(rules.regime.steps[0].divisions?.[provinceDepartment]);
    const division = apiReader(
      system().api.url,
      sign,
    )(appraiserIdentity('district-appraiser', DISTRICT, first.department));
    const divisionQueue = await queueOf(division, (ids) => ids.includes(first.criterionId), first.department);
    expect(divisionQueue).toContain(first.criterionId);
    const tooEarly = await as('department-appraiser', PROVINCE, { department: provinceDepartment })(
      `/dossiers/${id}/criteria/${first.criterionId}/appraisal`,
      { verdict: 'met', findings: 'Đạt' },
    );
    expect(tooEarly.status).toBe(403);
    await steps.review(0, 'Đạt qua kiểm tra thực tế');
    await steps.districtCouncilToProvince();

    // Thẩm định: the province departments, then the provincial council and the decision.
    await steps.review(1, 'Đạt');
    const overreach = await districtCoordinator(`/dossiers/${id}/review-step/completion`, { tier: 'province' });
    expect(overreach).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    const members = ['hd-tinh-1', 'hd-tinh-2', 'hd-tinh-3'];
    expect((await districtCoordinator(`/dossiers/${id}/council`, { tier: 'province', members })).status).toBe(403);
    await steps.provinceCouncil();
    const decided = await as('approver', PROVINCE)(`/dossiers/${id}/decision`, {
      decisionNumber: '1357/QĐ-UBND',
      decisionDate: '2026-11-20',
      signer: 'Chủ tịch UBND tỉnh Bắc Kạn',
    });
    expect(decided).toMatchObject({ status: 200, body: { status: 'recognised', events: ['DossierRecognised'] } });
  });
});
