import { vietnamDateOf } from '@ntm/calendar';

import { apiJourney } from '../support/api-journey';
import { consolidatedDossier } from '../support/decision-journey';
import { rulesFiledOn } from '../support/dossier-journey';
import { councilApproves } from '../support/revocation-journey';
import { until } from '../support/until';

const PROVINCE = '19'; // Thái Nguyên
const TODAY = vietnamDateOf(new Date());
const SIGNED = { decisionDate: TODAY, signer: 'Chủ tịch UBND tỉnh Thái Nguyên' };
const CAM_GIANG = { province: PROVINCE, commune: '02008', variant: { group: 2 } as const };
const CHO_RA = { province: PROVINCE, commune: '01912', variant: { group: 3 } as const };

describe("the province's register of decision numbers (e2e): a number is given once, never to two decisions", () => {
  const { as, sign, system } = apiJourney();
  const approver = as('approver', PROVINCE);
  const decide = (id: string, body: object, key: string) =>
    approver(`/dossiers/${id}/decision`, { ...SIGNED, ...body }, { 'idempotency-key': key });
  /** The dossier's page is a read model: asked again until it shows the decision. */
  const recognitionOf = (id: string) =>
    until(async () => {
      const { accessToken } = await sign({
        userId: 'doc-19',
        name: 'Người đọc',
        grants: [{ role: 'approver', unit: PROVINCE }],
      });
      const response = await system().request(`/api/v1/dossiers/${id}`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      const body = (await response.json()) as { recognition?: { decisionNumber?: string } | null };
      return body.recognition?.decisionNumber;
    }, `${id} recognised`);

  let camGiang = '';
  let choRa = '';

  beforeAll(async () => {
    camGiang = await consolidatedDossier(as, { ...CAM_GIANG, rules: rulesFiledOn(TODAY, PROVINCE, CAM_GIANG.variant) });
    choRa = await consolidatedDossier(as, { ...CHO_RA, rules: rulesFiledOn(TODAY, PROVINCE, CHO_RA.variant) });
  });

  it('a decision the workflow refuses leaves its number free; of two decisions racing for one number exactly one gets it, the other is 409 naming it', async () => {
    const early = await decide(camGiang, { decisionNumber: '5/QĐ-UBND' }, 'early-cam-giang');
    expect(early).toMatchObject({ status: 422, body: { code: 'decision.council-not-approved' } });

    await councilApproves(as, PROVINCE, camGiang);
    await councilApproves(as, PROVINCE, choRa);
    const raced = await Promise.all([
      decide(camGiang, { decisionNumber: '5/QĐ-UBND' }, 'race-cam-giang'),
      decide(choRa, { decisionNumber: '05/QĐ-UBND' }, 'race-cho-ra'),
    ]);
    expect(raced.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const winner = raced[0]!.status === 200 ? camGiang : choRa;
    const loser = winner === camGiang ? choRa : camGiang;
    const refused = raced.find((answer) => answer.status === 409)!;
    expect(refused.body).toMatchObject({
      code: 'decision.number-taken',
      details: { field: 'decisionNumber', dossierId: winner, province: PROVINCE },
    });
    expect(String(refused.body.detail)).toContain(`hồ sơ ${winner}`);

    // Left blank, the register gives the loser the next number of the year; sent again, the same.
    const numbered = await decide(loser, {}, 'blank-number');
    expect(numbered.status).toBe(200);
    expect(await decide(loser, {}, 'blank-number')).toMatchObject({ status: 200, body: numbered.body });
    expect(await recognitionOf(winner)).toMatch(/^0?5\/QĐ-UBND$/);
    expect(await recognitionOf(loser)).toBe('6/QĐ-UBND');
  });

  it('a number not written as a decision number is refused at its field before anything is recorded', async () => {
    const mistyped = await decide(camGiang, { decisionNumber: 'QĐ 7 năm 2026' }, 'mistyped');
    expect(mistyped).toMatchObject({ status: 400, body: { errors: [{ field: 'decisionNumber' }] } });
  });
});
