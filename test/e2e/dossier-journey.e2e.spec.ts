import { vietnamDateOf } from '@ntm/calendar';
import type { Role } from '@ntm/auth';

import { apiJourney } from '../support/api-journey';
import { until } from '../support/until';
import { appraisalPlan, filingSteps, rulesFiledOn } from '../support/dossier-journey';
import { apiReader, projectionsCaughtUp, readModelsSeenBy, rebuildEveryProjection } from '../support/read-models';
import { workflowsListed, workflowsListedNow } from '../support/temporal-visibility';

const PROVINCE = '19'; // Thái Nguyên, which Bắc Kạn joined on 1/7/2025
const COMMUNE = '02008'; // Xã Cẩm Giàng (formed 1/7/2025)
const GROUP = { group: 2 } as const;

describe('a dossier through the HTTP API alone, each role with its own token (two-tier, QĐ 51/2025)', () => {
  const { as, sign, system } = apiJourney();

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
    return until(async () => {
      const response = await system().request('/api/v1/work-queues/department', {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      const { items } = (await response.json()) as {
        items: { dossierId: string; criterionId: string; status: string }[];
      };
      return ready(items) && items;
    }, `the ${department} queue`);
  };

  const commune = as('commune-officer', COMMUNE);
  const coordinator = as('province-coordinator', PROVINCE);

  it('registers, is refused out of order, and goes through appraisal, council and decision to recognition', async () => {
    const registration = { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 };
    const registered = await commune('/dossiers', registration, { 'idempotency-key': 'dang-ky-cam-giang-2026' });
    expect(registered.status).toBe(201);
    const again = await commune('/dossiers', registration, { 'idempotency-key': 'dang-ky-cam-giang-2026' });
    expect(again.body.dossierId).toBe(registered.body.dossierId);
    const id = String(registered.body.dossierId);
    // One dossier per unit, level and year: a second registration is refused, naming the first.
    const second = await commune('/dossiers', registration, { 'idempotency-key': 'dang-ky-cam-giang-2026-lan-hai' });
    expect(second.body).toMatchObject({
      status: 409,
      code: 'registration.duplicate',
      errors: [{ field: 'unitCode' }],
      details: { existingDossierId: id, existingStatus: 'registered' },
    });
    const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP);
    const plan = appraisalPlan(rules);

    const early = await as('department-appraiser', PROVINCE, { department: plan[0].department })(
      `/dossiers/${id}/criteria/${plan[0].criterionId}/appraisal`,
      { verdict: 'met', findings: 'Đạt' },
    );
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'appraisal.not-pending' });

    const elsewhere = await as('commune-officer', '01852')(`/dossiers/${id}/withdrawal`, { reason: 'thử' });
    expect(elsewhere.status).toBe(404);

    const steps = filingSteps(rules, GROUP, commune, as('survey-officer', COMMUNE));
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
    // Công bố: the coordinator announces the decision, once, no earlier than its date.
    const announcement = { announcedOn: '2026-11-23', places: ['Cổng thông tin điện tử tỉnh', 'Trụ sở UBND xã'] };
    const announce = (body: typeof announcement) => coordinator(`/dossiers/${id}/recognition-announcement`, body);
    expect(await announce({ ...announcement, announcedOn: '2026-11-19' })).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'announcedOn' }] },
    });
    expect(await announce(announcement)).toMatchObject({ status: 200, body: { events: ['RecognitionAnnounced'] } });
    expect((await announce(announcement)).body).toMatchObject({ status: 409, code: 'recognition.already-announced' });

    // Operators find the dossier in Temporal by its typed search attributes (dev server visibility).
    const temporal = {
      address: String(system().config.TEMPORAL_ADDRESS),
      namespace: system().config.TEMPORAL_NAMESPACE,
    };
    const workflowId = `dossier-${id}`;
    const where = (status: string) =>
      `WorkflowId = '${workflowId}' AND NtmProvince = '${PROVINCE}' AND NtmCommune = '${COMMUNE}' AND NtmStatus = '${status}'
        AND NtmStage = 'province/council-concluded' AND NtmLevel = 'ntm' AND NtmYear = 2026
        AND NtmRegime = '${rules.regime.id}' AND NtmCatalogueVersion = '${rules.catalogueVersion}'`;
    expect(await workflowsListed(temporal, where('recognised'))).toEqual([workflowId]);
    expect(await workflowsListedNow(temporal, where('in-review'))).toEqual([]);
  });

  it('refuses a malformed command with the field and reason, and a wrong role with 403', async () => {
    const bad = await commune('/dossiers', { unitCode: COMMUNE, level: 'tot', year: 1999 });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['level', 'year']);
    // The group is the one the province recorded for the commune (#11): another is refused, naming the field.
    const otherGroup = await commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 3 });
    expect(otherGroup.body).toMatchObject({
      status: 422,
      code: 'commune-group.mismatch',
      errors: [{ field: 'communeGroup' }],
    });
    // A phường is urban: not an NTM unit (QĐ 51/2025/QĐ-TTg), refused with the reason and nothing recorded.
    const ward = await as('commune-officer', '01843')('/dossiers', {
      unitCode: '01843',
      level: 'ntm',
      year: 2026,
      communeGroup: 1,
    });
    expect(ward.body).toMatchObject({ status: 422, code: 'unit.not-rural', errors: [{ field: 'unitCode' }] });
    const wrongRole = await as('approver', PROVINCE)('/dossiers', {
      unitCode: COMMUNE,
      level: 'ntm',
      year: 2026,
      communeGroup: 2,
    });
    expect(wrongRole.status).toBe(403);
  });

  it('two registrations racing for one unit, level and year: one is filed, the other refused; a withdrawal frees them', async () => {
    const officer = as('commune-officer', '01912');
    const registration = { unitCode: '01912', level: 'ntm', year: 2027, communeGroup: 3 };
    const answers = await Promise.all(
      ['dua-1', 'dua-2'].map((key) => officer('/dossiers', registration, { 'idempotency-key': key })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const filed = answers.find((answer) => answer.status === 201);
    const refused = answers.find((answer) => answer.status === 409);
    expect(refused?.body).toMatchObject({ details: { existingDossierId: filed?.body.dossierId } });
    const withdrawn = await officer(`/dossiers/${String(filed?.body.dossierId)}/withdrawal`, { reason: 'Nộp lại' });
    expect(withdrawn.status).toBe(200);
    const refiled = await officer('/dossiers', registration, { 'idempotency-key': 'nop-lai' });
    expect(refiled.status).toBe(201);
  });

  it('at the end, every projection rebuilt from the event store gives the same read models through the API', async () => {
    // Two more dossiers in flight, so that queues and the agenda are not empty: one waiting on a
    // supplement and an unappraised criterion, one before its council with a vote cast.
    const group = { group: 3 } as const;
    const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, group);
    const plan = appraisalPlan(rules);
    const inReview: string[] = [];
    for (const unitCode of ['01969', '01912']) {
      const officer = as('commune-officer', unitCode);
      const registered = await officer('/dossiers', { unitCode, level: 'ntm', year: 2026, communeGroup: 3 });
      const id = String(registered.body.dossierId);
      for (const [send, path, body] of filingSteps(rules, group, officer, as('survey-officer', unitCode)))
        expect((await send(`/dossiers/${id}/${path}`, body)).status).toBe(200);
      inReview.push(id);
    }
    const [waiting, atCouncil] = inReview;
    const appraise = (id: string, { criterionId, department, judgements }: (typeof plan)[number]) =>
      as('department-appraiser', PROVINCE, { department })(`/dossiers/${id}/criteria/${criterionId}/appraisal`, {
        verdict: 'met',
        findings: 'Đạt',
        judgements,
      });
    for (const criterion of plan.slice(2)) expect((await appraise(waiting, criterion)).status).toBe(200);
    const supplement = await as('department-appraiser', PROVINCE, { department: plan[0].department })(
      `/dossiers/${waiting}/criteria/${plan[0].criterionId}/supplement-requests`,
      { reason: 'Bổ sung biên bản kiểm tra thực tế' },
    );
    expect(supplement.status).toBe(200);
    for (const criterion of plan) expect((await appraise(atCouncil, criterion)).status).toBe(200);
    expect((await coordinator(`/dossiers/${atCouncil}/review-step/completion`, { tier: 'province' })).status).toBe(200);
    const secretary = as('council-secretary', PROVINCE);
    const members = ['thanh-vien-4', 'thanh-vien-5', 'thanh-vien-6'];
    expect((await secretary(`/dossiers/${atCouncil}/council`, { tier: 'province', members })).status).toBe(200);
    const vote = as('council-member', PROVINCE, { userId: members[0] });
    expect((await vote(`/dossiers/${atCouncil}/council/votes`, { approve: true })).status).toBe(200);

    const read = apiReader(system().api.url, sign);
    const admin = read({ userId: 'quan-tri', name: 'Quản trị', grants: [{ role: 'administrator', unit: PROVINCE }] });
    const reader = (role: Role, unit: string, department?: string) =>
      read({
        userId: `${role}-${unit}`,
        name: 'Người đọc',
        grants: [{ role, unit, ...(department ? { department } : {}) }],
      });
    const byCoordinator = reader('province-coordinator', PROVINCE);
    const departments = [...new Set(plan.map((c) => c.department))].sort();
    const views = {
      list: () => byCoordinator(`/dossiers?province=${PROVINCE}`),
      ...Object.fromEntries(inReview.map((id) => [`detail ${id}`, () => byCoordinator(`/dossiers/${id}`)] as const)),
      ...Object.fromEntries(
        departments.map((d) => [
          `queue ${d}`,
          () => reader('department-appraiser', PROVINCE, d)('/work-queues/department'),
        ]),
      ),
      agenda: () => reader('council-member', PROVINCE)('/work-queues/council'),
      coordinator: () => byCoordinator('/work-queues/coordinator'),
      ...Object.fromEntries(
        [COMMUNE, '01969', '01912'].map((u) => [
          `commune ${u}`,
          () => reader('commune-officer', u)('/work-queues/commune'),
        ]),
      ),
    };
    await projectionsCaughtUp(admin);
    const before = await readModelsSeenBy(views);
    // The detail says which thresholds of its (draft) catalogue still await the province's confirmation.
    expect(before[`detail ${inReview[0]}`]).toMatchObject({
      catalogueVersion: '2026.1',
      unconfirmedThresholds: expect.arrayContaining(['2.2', '3.1']),
    });
    // One person appraising for two departments sees both in one queue, each criterion under its department.
    type Queue = { items: { dossierId: string; criterionId: string; department: string }[] };
    const [first, second] = departments;
    const grants = [first, second].map((department) => ({
      role: 'department-appraiser' as const,
      unit: PROVINCE,
      department,
    }));
    const both = (await read({ userId: 'hai-so', name: 'Hai sở', grants })(
      '/work-queues/department?limit=100',
    )) as Queue;
    const keys = (queue: unknown) => (queue as Queue).items.map((item) => `${item.dossierId}/${item.criterionId}`);
    expect(keys(both).sort()).toEqual([...keys(before[`queue ${first}`]), ...keys(before[`queue ${second}`])].sort());
    expect(both.items.every((item) => [first, second].includes(item.department))).toBe(true);
    // The read models hold what the journey did, so the comparison below compares something.
    expect((before.list as { items: { dossierId: string }[] }).items.map((d) => d.dossierId)).toEqual(
      expect.arrayContaining(inReview),
    );
    expect((before.agenda as { items: { votesCount: number }[] }).items).toEqual([
      expect.objectContaining({ dossierId: atCouncil, votesCount: 1 }),
    ]);
    expect(before[`queue ${plan[0].department}`]).toMatchObject({
      items: expect.arrayContaining([
        expect.objectContaining({
          dossierId: waiting,
          criterionId: plan[0].criterionId,
          status: 'supplement-requested',
        }),
      ]),
    });

    const post = as('administrator', PROVINCE, { userId: 'quan-tri' });
    const rebuilt = await rebuildEveryProjection(admin, (path) => post(path));
    expect(Object.keys(rebuilt)).toEqual(
      expect.arrayContaining(['dossier_summaries', 'criterion_reviews', 'council_agenda']),
    );
    expect(rebuilt.dossier_summaries).toBeGreaterThan(0);
    expect(await readModelsSeenBy(views)).toEqual(before);
  });
});
