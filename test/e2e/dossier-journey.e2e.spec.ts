import type { Role } from '@ntm/auth';
import { DEV_TOKEN_SIGNER } from '@ntm/api/auth/auth.tokens';
import type { DevTokenSigner } from '@ntm/auth';
import { startTestSystem, type TestSystem } from '@ntm/test-support';

import { apiActor, appraisalPlan, type Send, EVIDENCE, meetingValues, rulesFiledOn } from '../support/dossier-journey';

const PROVINCE = '19'; // Thái Nguyên, which Bắc Kạn joined on 1/7/2025
const COMMUNE = '90103'; // Xã Bạch Thông (formed 1/7/2025)
const GROUP = { group: 2 } as const;

describe('a dossier through the HTTP API alone, each role with its own token (two-tier, QĐ 51/2025)', () => {
  let system: TestSystem;
  let sign: DevTokenSigner;
  beforeAll(async () => {
    system = await startTestSystem();
    sign = system.api.app.get<symbol, DevTokenSigner>(DEV_TOKEN_SIGNER);
  });
  afterAll(() => system?.stop());

  // Lazy: the system starts in beforeAll, after these actors are declared.
  const as =
    (role: Role, unit: string, options: { userId?: string; department?: string } = {}): Send =>
    (...request) =>
      apiActor(system.api.url, sign)(role, unit, options)(...request);

  /** The department's work queue as its appraiser sees it, once the projection shows what is awaited. */
  const departmentQueue = async (
    department: string,
    ready: (items: { dossierId: string; criterionId: string }[]) => boolean,
  ) => {
    const { accessToken } = await sign({
      userId: `tham-dinh-${department}`,
      name: 'Cán bộ Sở',
      grants: [{ role: 'department-appraiser', unit: PROVINCE, department }],
    });
    for (let attempt = 0; ; attempt++) {
      const response = await system.request('/api/v1/work-queues/department', {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      const { items } = (await response.json()) as {
        items: { dossierId: string; criterionId: string; status: string }[];
      };
      if (ready(items) || attempt === 50) return items;
      await new Promise((done) => setTimeout(done, 200));
    }
  };

  const commune = as('commune-officer', COMMUNE);
  const coordinator = as('province-coordinator', PROVINCE);

  it('registers, is refused out of order, and goes through appraisal, council and decision to recognition', async () => {
    const registration = { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 };
    const registered = await commune('/dossiers', registration, { 'idempotency-key': 'dang-ky-bach-thong-2026' });
    expect(registered.status).toBe(201);
    const again = await commune('/dossiers', registration, { 'idempotency-key': 'dang-ky-bach-thong-2026' });
    expect(again.body.dossierId).toBe(registered.body.dossierId);
    const id = String(registered.body.dossierId);
    const rules = rulesFiledOn(new Date().toISOString().slice(0, 10), PROVINCE, GROUP);
    const plan = appraisalPlan(rules);

    const early = await as('department-appraiser', PROVINCE, { department: plan[0].department })(
      `/dossiers/${id}/criteria/${plan[0].criterionId}/appraisal`,
      { verdict: 'met', findings: 'Đạt' },
    );
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'appraisal.not-pending' });

    const elsewhere = await as('commune-officer', '01852')(`/dossiers/${id}/withdrawal`, { reason: 'thử' });
    expect(elsewhere.status).toBe(404);

    const day = 24 * 3600 * 1000;
    const steps: [ReturnType<typeof as>, string, unknown][] = [
      [
        commune,
        'self-assessment',
        {
          indicators: meetingValues(rules.criteriaSet, GROUP),
          constructionDebt: { outstanding: false, evidence: EVIDENCE },
        },
      ],
      [
        commune,
        'posting',
        {
          postedFrom: new Date(Date.now() - 20 * day).toISOString(),
          postedUntil: new Date(Date.now() - 3 * day).toISOString(),
          places: ['Nhà văn hóa xã'],
        },
      ],
      [commune, 'posting/closure', {}],
      [
        as('survey-officer', COMMUNE),
        'survey-result',
        { respondents: 400, satisfied: 372, certifiedBy: 'Ban Thường trực UBMTTQ xã', report: EVIDENCE },
      ],
      [commune, 'submissions', { tier: 'province' }],
    ];
    for (const [send, path, body] of steps) expect((await send(`/dossiers/${id}/${path}`, body)).status).toBe(200);

    const queue = await departmentQueue(plan[0].department, (items) => items.some((i) => i.dossierId === id));
    expect(queue.find((i) => i.dossierId === id && i.criterionId === plan[0].criterionId)).toMatchObject({
      status: 'pending',
    });

    for (const { criterionId, department, judgements } of plan) {
      const appraiser = as('department-appraiser', PROVINCE, { department });
      const appraised = await appraiser(`/dossiers/${id}/criteria/${criterionId}/appraisal`, {
        verdict: 'met',
        findings: 'Đạt',
        judgements,
      });
      expect({ criterionId, status: appraised.status, body: appraised.status === 200 ? 'ok' : appraised.body }).toEqual(
        { criterionId, status: 200, body: 'ok' },
      );
    }
    expect((await coordinator(`/dossiers/${id}/review-step/completion`, { tier: 'province' })).status).toBe(200);

    const members = ['thanh-vien-1', 'thanh-vien-2', 'thanh-vien-3'];
    const secretary = as('council-secretary', PROVINCE);
    expect((await secretary(`/dossiers/${id}/council`, { tier: 'province', members })).status).toBe(200);
    for (const userId of members) {
      const voted = await as('council-member', PROVINCE, { userId })(`/dossiers/${id}/council/votes`, {
        approve: true,
      });
      expect(voted.status).toBe(200);
    }
    const closed = await secretary(`/dossiers/${id}/council/closure`, { tier: 'province' });
    expect(closed.status).toBe(200);

    const stale = await as('approver', PROVINCE)(
      `/dossiers/${id}/decision`,
      { decisionNumber: '1/QĐ-UBND', decisionDate: '2026-11-20', signer: 'Chủ tịch UBND tỉnh' },
      { 'if-match': 'W/"1"' },
    );
    expect(stale.status).toBe(412);
    const decided = await as('approver', PROVINCE)(
      `/dossiers/${id}/decision`,
      { decisionNumber: '1234/QĐ-UBND', decisionDate: '2026-11-20', signer: 'Chủ tịch UBND tỉnh Thái Nguyên' },
      { 'if-match': String(closed.etag) },
    );
    expect(decided).toMatchObject({ status: 200, body: { status: 'recognised', events: ['DossierRecognised'] } });
  });

  it('refuses a malformed command with the field and reason, and a wrong role with 403', async () => {
    const bad = await commune('/dossiers', { unitCode: COMMUNE, level: 'tot', year: 1999 });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['level', 'year']);
    const missingGroup = await commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026 });
    expect(missingGroup.body).toMatchObject({ status: 400, errors: [{ field: 'communeGroup' }] });
    const wrongRole = await as('approver', PROVINCE)('/dossiers', {
      unitCode: COMMUNE,
      level: 'ntm',
      year: 2026,
      communeGroup: 2,
    });
    expect(wrongRole.status).toBe(403);
  });
});
