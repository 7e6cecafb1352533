import { vietnamDateOf } from '@ntm/calendar';
import type { Role } from '@ntm/auth';
import type { CouncilAnswer } from '@ntm/api/dossier-queries/council.query';

import { apiJourney } from '../support/api-journey';
import { appraisalPlan, filingSteps, rulesFiledOn } from '../support/dossier-journey';
import { ok } from '../support/three-tier-journey';
import { until } from '../support/until';

const PROVINCE = '19'; // Thái Nguyên
const COMMUNE = '02008'; // Xã Cẩm Giàng
const GROUP = { group: 2 } as const;
/** Appraised a criterion of the dossier, then called to its council: conflict of interest. */
const CONFLICTED = 'hoi-dong-xung-dot';
const MEMBERS = ['hoi-dong-thai-nguyen-1', 'hoi-dong-thai-nguyen-2', CONFLICTED];
const COMMENTS = ['Đồng ý đề nghị công nhận', 'Cần xem lại tiêu chí môi trường'];

describe('a dossier’s council through the HTTP API: before, open, voted, conflict of interest, closed; secret ballot', () => {
  const { as, sign, system } = apiJourney();
  const get = async (path: string, role: Role, unit: string, userId = `${role}-${unit}`) => {
    const { accessToken } = await sign({ userId, name: 'Người đọc', grants: [{ role, unit }] });
    const response = await system().request(`/api/v1${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
  };
  const council = async (id: string, role: Role = 'council-secretary', userId?: string) => {
    const answer = await get(`/dossiers/${id}/council`, role, PROVINCE, userId);
    expect(answer.status).toBe(200);
    return answer.body as unknown as CouncilAnswer;
  };
  const waiting = async (unit = PROVINCE) => {
    const answer = await get('/work-queues/council/waiting?limit=100', 'council-secretary', unit);
    return (answer.body.items as { dossierId: string; subject: string }[]).map((item) => item.dossierId);
  };
  const member = (userId: string) => as('council-member', PROVINCE, { userId });
  const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP);
  let id: string;

  beforeAll(async () => {
    const commune = as('commune-officer', COMMUNE);
    const registered = await commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 });
    id = String(registered.body.dossierId);
    for (const [send, path, body] of filingSteps(rules, GROUP, commune, as('survey-officer', COMMUNE)))
      await ok(send(`/dossiers/${id}/${path}`, body));
    for (const [index, { criterionId, department, judgements }] of appraisalPlan(rules).entries()) {
      const appraiser = as('department-appraiser', PROVINCE, {
        department,
        ...(index === 0 && { userId: CONFLICTED }),
      });
      // The dispatch on submission is the workflow's: retry until the criterion is pending.
      await until(async () => {
        const body = { verdict: 'met', findings: 'Đạt theo biên bản kiểm tra thực địa', judgements };
        return (await appraiser(`/dossiers/${id}/criteria/${criterionId}/appraisal`, body)).status === 200;
      }, `criterion ${criterionId} appraised`);
    }
  });

  it('before consolidation no session may be opened, and the answer says why in the domain’s words', async () => {
    const view = await council(id);
    expect(view.opening).toEqual({
      allowed: false,
      reason: expect.objectContaining({ code: 'review.step-incomplete', messageVi: expect.any(String) }),
    });
    expect(view.current).toBeNull();
    // 372 of 400 residents satisfied, against the 90% an NTM commune needs.
    expect(view.survey).toEqual({ rate: 0.93, threshold: 0.9, passed: true });
    expect(await waiting()).not.toContain(id);
  });

  it('consolidated with every criterion met, the dossier waits for the secretary, who sees the province’s members', async () => {
    await ok(as('province-coordinator', PROVINCE)(`/dossiers/${id}/review-step/completion`, { tier: 'province' }));
    expect((await council(id)).opening).toEqual({ allowed: true, reason: null });
    await until(async () => (await waiting()).includes(id), 'the dossier on the secretary’s waiting list');
    expect(await waiting('06')).not.toContain(id);
    const candidates = await get(`/dossiers/${id}/council/candidates`, 'council-secretary', PROVINCE);
    const people = candidates.body.items as { userId: string; name: string; appraisedThisDossier: boolean }[];
    expect(people).toEqual(
      expect.arrayContaining(
        ['hoi-dong-thai-nguyen-1', 'hoi-dong-thai-nguyen-2', 'hoi-dong-thai-nguyen-3'].map((userId) =>
          expect.objectContaining({ userId, appraisedThisDossier: false, name: expect.any(String) }),
        ),
      ),
    );
  });

  it('an open session lists its members, flags the one who appraised the dossier, and counts the quorum against its rule', async () => {
    await ok(as('council-secretary', PROVINCE)(`/dossiers/${id}/council`, { tier: 'province', members: MEMBERS }));
    const view = await council(id);
    expect(view.opening.reason?.code).toBe('council.already-open');
    expect(view.current).toMatchObject({
      session: 1,
      subject: 'recognition',
      present: 0,
      approvals: 0,
      quorumShare: 2 / 3,
      approvalShare: 0.9,
      quorumMet: false,
      closed: false,
      quorumDueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(view.current?.members).toEqual([
      { memberId: MEMBERS[0], name: 'Ma Văn Đồng', voted: false, appraisedThisDossier: false },
      { memberId: MEMBERS[1], name: 'Nông Thị Thuận', voted: false, appraisedThisDossier: false },
      { memberId: CONFLICTED, name: null, voted: false, appraisedThisDossier: true },
    ]);
  });

  it('a member who appraised the dossier is refused a vote and told why before trying', async () => {
    expect((await council(id, 'council-member', CONFLICTED)).caller).toEqual({
      member: true,
      voted: false,
      conflicted: true,
    });
    const refused = await member(CONFLICTED)(`/dossiers/${id}/council/votes`, { approve: true });
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 422,
      code: 'council.conflict-of-interest',
    });
  });

  it('votes are counted and attributed as "voted", never with the choice or the comment (secret ballot)', async () => {
    await ok(member(MEMBERS[0])(`/dossiers/${id}/council/votes`, { approve: true, comment: COMMENTS[0] }));
    await ok(member(MEMBERS[1])(`/dossiers/${id}/council/votes`, { approve: false, comment: COMMENTS[1] }));
    const view = await council(id, 'council-member', MEMBERS[0]);
    expect(view.caller).toEqual({ member: true, voted: true, conflicted: false });
    expect(view.current?.members.map((m) => m.voted)).toEqual([true, true, false]);
    expect(view.current).toMatchObject({
      present: 2,
      approvals: 1,
      quorumMet: true,
      approved: false,
      quorumDueDate: null,
    });
    for (const [role, userId] of [
      ['council-member', MEMBERS[1]],
      ['council-secretary', undefined],
      ['auditor', undefined],
    ] as const) {
      const { text } = await get(`/dossiers/${id}/council`, role, PROVINCE, userId);
      for (const secret of [...COMMENTS, '"approve"']) expect(text).not.toContain(secret);
    }
  });

  it('closed, the session shows its outcome: quorum met, not approved (one of two present); no new session', async () => {
    await ok(as('council-secretary', PROVINCE)(`/dossiers/${id}/council/closure`, { tier: 'province' }));
    const view = await council(id, 'approver');
    expect(view.current).toMatchObject({ closed: true, present: 2, approvals: 1, quorumMet: true, approved: false });
    expect(view.opening.reason?.code).toBe('council.already-concluded');
    expect(await waiting()).not.toContain(id);
  });

  it('outside the caller’s units the dossier’s council is not found; a commune officer may not read it', async () => {
    expect((await get(`/dossiers/${id}/council`, 'council-secretary', '06')).status).toBe(404);
    expect((await get(`/dossiers/${id}/council/candidates`, 'council-secretary', '06')).status).toBe(404);
    expect((await get(`/dossiers/${id}/council`, 'commune-officer', COMMUNE)).status).toBe(403);
  });
});
