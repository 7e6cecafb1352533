import { vietnamDateOf } from '@ntm/calendar';
import type { Role } from '@ntm/auth';

import { apiJourney } from '../support/api-journey';
import { consolidatedDossier, revocationReady } from '../support/decision-journey';
import { rulesFiledOn } from '../support/dossier-journey';
import { councilApproves, proposedFromReview } from '../support/revocation-journey';
import { ok } from '../support/three-tier-journey';
import { until } from '../support/until';

const PROVINCE = '19'; // Thái Nguyên
const ELSEWHERE = '06'; // Bắc Kạn's approver, before the 2025 merger
const TODAY = vietnamDateOf(new Date());
const SIGNED = { decisionDate: TODAY, signer: 'Chủ tịch UBND tỉnh Thái Nguyên' };
const CAM_GIANG = { province: PROVINCE, commune: '02008', variant: { group: 2 } as const };
const CHO_RA = { province: PROVINCE, commune: '01912', variant: { group: 3 } as const };

interface QueueItem {
  readonly dossierId: string;
  readonly task: string;
  readonly unit: { readonly code: string; readonly name: string };
  readonly waitingSince: string;
  readonly [field: string]: unknown;
}

describe("the approver's queue and decision basis (e2e): recognitions, refusals and revocations to sign, within the approver's province", () => {
  const { as, sign, system } = apiJourney();
  const approver = as('approver', PROVINCE);
  const read = async (path: string, role: Role = 'approver', unit = PROVINCE) => {
    const { accessToken } = await sign({ userId: `${role}-${unit}`, name: 'Người đọc', grants: [{ role, unit }] });
    const response = await system().request(`/api/v1${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const queue = async (query = '', unit = PROVINCE) =>
    (await read(`/work-queues/approver?limit=100${query}`, 'approver', unit)).body.items as QueueItem[];
  /** The queue is a read model: asked again until it shows what was just done (or no longer does). */
  const queued = (id: string, task: string) =>
    until(async () => {
      const item = (await queue()).find((each) => each.dossierId === id);
      return item?.task === task && item;
    }, `${id} on the approver's queue for ${task}`);
  const gone = (id: string) =>
    until(async () => (await queue()).every((each) => each.dossierId !== id), `${id} gone from the approver's queue`);
  const basis = async (id: string) => (await read(`/dossiers/${id}/decision-basis`)).body;

  let recognisedId = '';

  it('a recognition waits once the provincial council approved, with what it rests on, and leaves once signed', async () => {
    const rules = rulesFiledOn(TODAY, PROVINCE, CAM_GIANG.variant);
    const id = await consolidatedDossier(as, { ...CAM_GIANG, rules });
    expect(await basis(id)).toMatchObject({
      task: null,
      blocked: { code: 'decision.council-not-approved', messageVi: 'Hội đồng chưa thông qua.' },
    });
    await councilApproves(as, PROVINCE, id);
    const item = await queued(id, 'recognition');
    expect(item).toMatchObject({
      unit: { code: '02008', name: 'Xã Cẩm Giàng', kind: 'commune' },
      level: 'ntm',
      year: 2026,
      round: 1,
      criteria: { metCount: rules.criteriaSet.criteria.length, total: rules.criteriaSet.criteria.length },
      survey: { passed: true },
      revocation: null,
    });
    expect(Date.parse(item.waitingSince)).toBeLessThanOrEqual(Date.now());
    expect(await basis(id)).toMatchObject({
      dossierId: id,
      unit: { code: '02008', name: 'Xã Cẩm Giàng' },
      task: 'recognition',
      blocked: null,
      authority: expect.stringMatching(/^Chủ tịch /),
      survey: { respondents: 400, satisfied: 372, passed: true, threshold: expect.any(Number) },
      councils: [{ tier: 'province', session: 1, members: 3, outcome: { present: 3, approvals: 3, approved: true } }],
      revocation: null,
    });

    // Filters: the kind of decision, the commune, how long it has waited.
    expect((await queue('&task=revocation')).map((each) => each.dossierId)).not.toContain(id);
    expect((await queue('&unit=02008')).map((each) => each.dossierId)).toContain(id);
    expect(await queue('&waitingBefore=2020-01-01')).toEqual([]);
    expect((await queue(`&waitingBefore=${TODAY}`)).map((each) => each.dossierId)).toContain(id);
    expect(await read('/work-queues/approver?task=sign')).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'task' }] },
    });
    // Outside the approver's province: neither listed nor readable.
    expect(await queue('', ELSEWHERE)).toEqual([]);
    expect((await read(`/dossiers/${id}/decision-basis`, 'approver', ELSEWHERE)).status).toBe(404);
    expect((await read('/work-queues/approver', 'commune-officer', '02008')).status).toBe(403);

    // A number not written as a decision's is refused at its field; the right one is signed.
    const mistyped = await approver(`/dossiers/${id}/decision`, { decisionNumber: '123-QĐ-UBND', ...SIGNED });
    expect(mistyped).toMatchObject({ status: 400, body: { errors: [{ field: 'decisionNumber' }] } });
    await ok(approver(`/dossiers/${id}/decision`, { decisionNumber: '123/QĐ-UBND', ...SIGNED }));
    await gone(id);
    recognisedId = id;
  });

  it('a dossier with a criterion appraised unmet waits to be refused, with the reason, and leaves once refused', async () => {
    const rules = rulesFiledOn(TODAY, PROVINCE, CHO_RA.variant);
    const unmet = rules.criteriaSet.criteria[0]!.id;
    const id = await consolidatedDossier(as, { ...CHO_RA, rules }, [unmet]);
    await queued(id, 'refusal');
    expect(await basis(id)).toMatchObject({ task: 'refusal', blocked: { code: 'decision.criteria-unmet' } });
    const refused = await approver(`/dossiers/${id}/refusal`, {
      reasons: [
        { criterionId: unmet, reason: 'Chưa đạt theo kết quả thẩm định' },
        { reason: 'Trả hồ sơ để xã bổ sung' },
      ],
    });
    expect(refused).toMatchObject({ status: 200, body: { status: 'refused' } });
    await gone(id);
  });

  it('a revocation proposal waits once verified, explained, consulted and approved by the council; leaves once decided', async () => {
    const rules = rulesFiledOn(TODAY, PROVINCE, CAM_GIANG.variant);
    const id = recognisedId;
    const criteria = await proposedFromReview(as, { id, province: PROVINCE, rules, variant: CAM_GIANG.variant });
    expect(await basis(id)).toMatchObject({
      task: null,
      blocked: { code: 'revocation.not-verified' },
      revocation: {
        grounds: expect.any(String),
        unmetCriterionIds: criteria,
        verification: null,
        consultationRequired: true,
      },
    });
    expect((await queue()).map((each) => each.dossierId)).not.toContain(id);

    await revocationReady(as, { id, province: PROVINCE, commune: CAM_GIANG.commune, criteria });
    const item = await queued(id, 'revocation');
    expect(item.revocation).toMatchObject({ phase: 'proposed', steps: { council: 'approved' } });
    expect(await basis(id)).toMatchObject({
      task: 'revocation',
      blocked: null,
      revocation: {
        explanation: { text: expect.any(String) },
        consultation: { participants: 320, inFavour: 250 },
        verification: { confirmedUnmet: criteria, sufficient: true },
        council: { tier: 'province', outcome: { approved: true } },
      },
    });
    const revoke = { outcome: 'revoke', decisionNumber: '77/QĐ-UBND', ...SIGNED };
    await ok(approver(`/dossiers/${id}/revocation-decision`, revoke));
    await gone(id);
  });
});
