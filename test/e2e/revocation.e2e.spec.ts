import type { Role } from '@ntm/auth';
import { vietnamDateOf } from '@ntm/calendar';

import { appraisalPlan, EVIDENCE, filingSteps, rulesFiledOn, type Send } from '../support/dossier-journey';
import { apiJourney } from '../support/api-journey';
import { until } from '../support/until';
import { councilApproves, lapsedReview } from '../support/revocation-journey';

const PROVINCE = '19'; // Thái Nguyên
const COMMUNE = '02008'; // Xã Cẩm Giàng
const GROUP = { group: 2 } as const;
const TODAY = vietnamDateOf(new Date());
const RECOGNITION = { decisionNumber: '1234/QĐ-UBND', decisionDate: TODAY, signer: 'Chủ tịch UBND tỉnh Thái Nguyên' };
const REVOCATION = { decisionNumber: '77/QĐ-UBND', decisionDate: TODAY, signer: 'Chủ tịch UBND tỉnh Thái Nguyên' };

interface TimelineEntry {
  streamId: string;
  version: number;
  type: string;
  actor: string | null;
  role: string | null;
  sentence: { vi: string; en: string };
}

describe('revocation through the HTTP API: periodic review, revocation steps, public status, re-recognition, audit story', () => {
  const { as, sign, system } = apiJourney();
  const read = async (role: Role, unit: string, path: string, token = true) => {
    const { accessToken } = await sign({ userId: `${role}-${unit}`, name: 'Người đọc', grants: [{ role, unit }] });
    const headers: Record<string, string> = token ? { authorization: `Bearer ${accessToken}` } : {};
    const response = await system().request(`/api/v1${path}`, { headers });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  /** The detail once the projection has reached the version a command returned. */
  const detail = async (id: string, minVersion: number) => {
    return until(async () => {
      const answer = await read('province-coordinator', PROVINCE, `/dossiers/${id}?minVersion=${minVersion}`);
      return answer.status === 200 && answer;
    }, `the detail of ${id} at version ${minVersion}`);
  };

  const commune = as('commune-officer', COMMUNE);
  const coordinator = as('province-coordinator', PROVINCE);
  const approver = as('approver', PROVINCE);
  const rules = rulesFiledOn(TODAY, PROVINCE, GROUP);

  const ok = async (send: Send, path: string, body: unknown) => {
    const answer = await send(path, body);
    expect({ path, status: answer.status, body: answer.status === 200 ? 'ok' : answer.body }).toEqual({
      path,
      status: 200,
      body: 'ok',
    });
    return answer.body as { version: number; status: string; events: string[] };
  };
  const register = (extra: Record<string, unknown> = {}) =>
    commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2, ...extra });
  const recognise = async () => {
    const registered = await register();
    expect(registered.status).toBe(201);
    const id = String(registered.body.dossierId);
    for (const [send, path, body] of filingSteps(rules, GROUP, commune, as('survey-officer', COMMUNE)))
      await ok(send, `/dossiers/${id}/${path}`, body);
    for (const { criterionId, department, judgements } of appraisalPlan(rules)) {
      const appraiser = as('department-appraiser', PROVINCE, { department });
      // The dispatch on submission is the workflow's: retry until the criterion is pending.
      await until(async () => {
        const answer = await appraiser(`/dossiers/${id}/criteria/${criterionId}/appraisal`, {
          verdict: 'met',
          findings: 'Đạt',
          judgements,
        });
        return answer.status === 200;
      }, `criterion ${criterionId} appraised`);
    }
    await ok(coordinator, `/dossiers/${id}/review-step/completion`, { tier: 'province' });
    await councilApproves(as, PROVINCE, id);
    await ok(approver, `/dossiers/${id}/decision`, RECOGNITION);
    return id;
  };

  /**
   * The proposal on the coordinator's queue with its Điều 23 grounds, and the commune's explanation
   * due date (5 working days on the province's calendar) in the detail and the commune's queue.
   */
  const proposalShown = async (id: string, version: number, unmet: readonly string[]) => {
    const shown = await detail(id, version);
    const revocation = shown.body.revocation as { explanationDueDate: string; grounds: unknown };
    const share = unmet.length / rules.criteriaSet.criteria.length;
    expect(revocation).toMatchObject({
      phase: 'proposed',
      grounds: { share, band: share >= 0.5 ? 'full' : 'partial', sufficient: true, basis: null, communes: null },
      explanationDueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      steps: { consultation: 'awaited', explanation: 'awaited' },
    });
    expect(revocation.explanationDueDate > vietnamDateOf(new Date().toISOString())).toBe(true);
    const queue = await read('province-coordinator', PROVINCE, '/work-queues/revocations');
    expect(queue.body.items).toEqual([
      expect.objectContaining({ dossierId: id, revocation: expect.objectContaining({ grounds: revocation.grounds }) }),
    ]);
    const communeQueue = await read('commune-officer', COMMUNE, '/work-queues/commune');
    expect(communeQueue.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          dossierId: id,
          revocation: { explanationDueDate: revocation.explanationDueDate, consultationAwaited: true },
        }),
      ]),
    );
  };

  /** Nghị định 131/2025/NĐ-CP, Điều 44: the commune records the residents' consultation, required before the decision. */
  const residentsConsulted = async (id: string) => {
    const early = await approver(`/dossiers/${id}/revocation-decision`, { outcome: 'revoke', ...REVOCATION });
    expect(early).toMatchObject({ status: 409, body: { code: 'revocation.consultation-pending' } });
    const path = `/dossiers/${id}/revocation-consultation`;
    const heldOn = vietnamDateOf(new Date().toISOString());
    const consultation = {
      heldOn,
      participants: 320,
      inFavour: 250,
      summary: 'Đa số đồng ý thu hồi',
      evidence: EVIDENCE,
    };
    expect(await coordinator(path, consultation)).toMatchObject({ status: 403 });
    expect(await commune(path, { ...consultation, participants: 0 })).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'participants' }] },
    });
    expect(await commune(path, { ...consultation, inFavour: 321 })).toMatchObject({
      status: 400,
      body: { code: 'command.invalid-field', errors: [{ field: 'inFavour' }] },
    });
    await ok(commune, path, consultation);
    expect(await commune(path, consultation)).toMatchObject({
      status: 409,
      body: { code: 'revocation.already-consulted' },
    });
  };

  let revokedId = '';
  let lastVersion = 0;

  it('revoke after a criterion falls below threshold: the review round raises a case on the coordinator’s queue, then every step to the announcement', async () => {
    revokedId = await recognise();
    const id = revokedId;
    // A recognition decided here is the prerequisite of hiện đại (QĐ 51/2025/QĐ-TTg), once the read model has it.
    const modern = () => register({ level: 'modern' });
    await until(async () => (await modern()).status === 201, 'a hiện đại registration on the NTM recognition');
    const lapsed = lapsedReview(rules, GROUP);

    const reviewed = await ok(coordinator, `/dossiers/${id}/review-rounds`, { indicators: lapsed.indicators });
    expect(reviewed).toMatchObject({ status: 'recognised', events: ['ReviewRoundRecorded', 'RevocationCaseRaised'] });
    const queued = await detail(id, reviewed.version);
    expect(queued.body.revocation).toMatchObject({
      phase: 'case-open',
      reviewRound: 1,
      unmetCriterionIds: lapsed.criteria,
    });
    const queue = await read('province-coordinator', PROVINCE, '/work-queues/revocations');
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        dossierId: id,
        status: 'recognised',
        revocation: expect.objectContaining({ phase: 'case-open' }),
      }),
    ]);
    expect((await read('commune-officer', COMMUNE, '/work-queues/revocations')).status).toBe(403);

    // Not revoked yet: no decision before the steps.
    const early = await approver(`/dossiers/${id}/revocation-decision`, { outcome: 'revoke', ...REVOCATION });
    expect(early).toMatchObject({ status: 409, body: { code: 'dossier.invalid-state' } });

    const proposed = await ok(coordinator, `/dossiers/${id}/revocation-case/resolution`, {
      outcome: 'propose',
      grounds: 'Rà soát định kỳ: các tiêu chí không còn đạt',
    });
    await proposalShown(id, proposed.version, lapsed.criteria);
    const unverified = await approver(`/dossiers/${id}/revocation-decision`, { outcome: 'revoke', ...REVOCATION });
    expect(unverified).toMatchObject({ status: 409, body: { code: 'revocation.not-verified' } });
    const findings = lapsed.criteria.map((criterionId) => ({
      criterionId,
      met: false,
      findings: 'Không đạt',
      evidence: EVIDENCE,
    }));
    await ok(coordinator, `/dossiers/${id}/revocation-verification`, { findings });
    await ok(commune, `/dossiers/${id}/revocation-explanation`, {
      explanation: 'Xã đang khắc phục',
      evidence: EVIDENCE,
    });
    await residentsConsulted(id);
    const noCouncil = await approver(`/dossiers/${id}/revocation-decision`, { outcome: 'revoke', ...REVOCATION });
    expect(noCouncil).toMatchObject({ status: 422, body: { code: 'decision.council-not-approved' } });
    await councilApproves(as, PROVINCE, id);
    const revoked = await ok(approver, `/dossiers/${id}/revocation-decision`, { outcome: 'revoke', ...REVOCATION });
    expect(revoked).toMatchObject({ status: 'revoked', events: ['RecognitionRevoked'] });
    const announced = await ok(coordinator, `/dossiers/${id}/revocation-announcement`, {
      announcedOn: TODAY,
      places: ['Cổng thông tin điện tử tỉnh Thái Nguyên'],
    });
    lastVersion = announced.version;

    const shown = await detail(id, lastVersion);
    expect(shown.body).toMatchObject({
      status: 'revoked',
      recognition: { decisionNumber: RECOGNITION.decisionNumber },
      revocation: {
        phase: 'revoked',
        decision: { decisionNumber: REVOCATION.decisionNumber, decisionDate: TODAY },
        announcedOn: TODAY,
        steps: { verified: true, consultation: 'recorded', explanation: 'given', council: 'approved' },
      },
    });
    // Revoked, the recognition is no prerequisite any more.
    expect(await register({ level: 'modern', year: 2027 })).toMatchObject({
      status: 422,
      body: { code: 'registration.prerequisite-missing', details: { level: 'modern', requiredLevel: 'ntm' } },
    });
  });

  it('the public sees the revoked commune with decision number and date, without logging in and without personal data', async () => {
    const listed = await read('auditor', PROVINCE, `/public/recognitions?province=${PROVINCE}`, false);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      {
        unit: { code: COMMUNE, name: expect.any(String) },
        level: 'ntm',
        year: 2026,
        status: 'revoked',
        recognition: { decisionNumber: RECOGNITION.decisionNumber, decisionDate: TODAY, authority: expect.any(String) },
        revocation: { decisionNumber: REVOCATION.decisionNumber, decisionDate: TODAY, announcedOn: TODAY },
      },
    ]);
    expect(JSON.stringify(listed.body)).not.toMatch(new RegExp(`${revokedId}|thanh-vien|province-coordinator|signer`));
    const bad = await read('auditor', PROVINCE, '/public/recognitions?province=99', false);
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ field: 'province' }] } });
  });

  it('re-recognition after revocation: the new dossier names the revoked one, each detail links the other', async () => {
    const unknown = await register({ previousDossierId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toMatchObject({
      status: 422,
      body: { code: 'registration.previous-not-revoked', errors: [{ field: 'previousDossierId' }] },
    });
    const again = await register({ previousDossierId: revokedId });
    expect(again.status).toBe(201);
    const newId = String(again.body.dossierId);
    const fresh = await detail(newId, Number(again.body.version));
    expect(fresh.body).toMatchObject({
      status: 'registered',
      history: {
        previous: {
          dossierId: revokedId,
          status: 'revoked',
          recognition: { decisionNumber: RECOGNITION.decisionNumber },
          revocation: { decisionNumber: REVOCATION.decisionNumber, decisionDate: TODAY },
        },
        later: [],
      },
    });
    const earlier = await detail(revokedId, lastVersion);
    expect(earlier.body).toMatchObject({
      history: { previous: null, later: [{ dossierId: newId, status: 'registered' }] },
    });
    const notRevoked = await register({ previousDossierId: newId });
    expect(notRevoked).toMatchObject({ status: 422, body: { code: 'registration.previous-not-revoked' } });
  });

  it('the audit timeline of the revoked dossier reads as one continuous story from registration to revocation', async () => {
    const { status, body } = await read('auditor', PROVINCE, `/audit/dossiers/${revokedId}/timeline`);
    expect(status).toBe(200);
    const story = (body.events as TimelineEntry[]).filter((e) => e.streamId === `dossier-${revokedId}`);
    expect(story.map((e) => e.version)).toEqual(Array.from({ length: lastVersion }, (_, i) => i + 1));
    expect(story.filter((e) => !e.actor || !e.role || !e.sentence.vi || !e.sentence.en)).toEqual([]);
    const types = story.map((e) => e.type);
    expect(types[0]).toBe('DossierRegistered');
    expect(types.at(-1)).toBe('RevocationAnnounced');
    const milestones = [
      'DossierRecognised',
      'ReviewRoundRecorded',
      'RevocationCaseRaised',
      'RevocationProposed',
      'RevocationVerified',
      'RevocationExplained',
      'RecognitionRevoked',
      'RevocationAnnounced',
    ];
    expect(milestones.map((type) => types.indexOf(type))).toEqual(
      [...milestones.map((type) => types.indexOf(type))].sort((a, b) => a - b),
    );
    expect(milestones.filter((type) => !types.includes(type))).toEqual([]);
    const byType = (type: string) => story.find((e) => e.type === type)!;
    expect(byType('RevocationCaseRaised').role).toBe('province-coordinator');
    expect(byType('RevocationExplained').role).toBe('commune-officer');
    expect(byType('RecognitionRevoked')).toMatchObject({ role: 'approver' });
    expect(byType('RecognitionRevoked').sentence.vi).toContain(REVOCATION.decisionNumber);
    // The revocation council sits after the explanation and before the decision.
    const councilAfterExplanation = types.lastIndexOf('CouncilConcluded');
    expect(councilAfterExplanation).toBeGreaterThan(types.indexOf('RevocationExplained'));
    expect(councilAfterExplanation).toBeLessThan(types.indexOf('RecognitionRevoked'));
  });
});
