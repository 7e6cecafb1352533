import { vietnamDateOf } from '@ntm/calendar';

import { meetingValues } from '../../scripts/dossier-steps';
import { apiJourney } from '../support/api-journey';
import { refusedDossier } from '../support/decision-journey';
import { rulesFiledOn } from '../support/dossier-journey';
import { ok } from '../support/three-tier-journey';
import { until } from '../support/until';

const PROVINCE = '19'; // Thái Nguyên
const CAM_GIANG = { province: PROVINCE, commune: '02008', variant: { group: 2 } as const };
const DEBT = { outstanding: false, evidence: [{ sha256: 'a'.repeat(64), name: 'bao-cao-no.pdf' }] };

describe('a dossier refused on some criteria is resubmitted keeping its posting and survey (e2e)', () => {
  const { as, sign, system } = apiJourney();
  const officer = as('commune-officer', CAM_GIANG.commune);
  const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, CAM_GIANG.variant);
  const [questioned, kept] = rules.criteriaSet.criteria;
  const values = meetingValues(rules.criteriaSet, CAM_GIANG.variant);
  const assessment = (indicators: typeof values) => ({
    indicators,
    constructionDebt: DEBT,
    securityAndOrder: { complicated: false, evidence: DEBT.evidence },
  });
  /** The detail is a read model: read again until it shows what was just done. */
  const read = async (path: string) => {
    const grants = [{ role: 'commune-officer' as const, unit: CAM_GIANG.commune }];
    const { accessToken } = await sign({ userId: 'can-bo-xa', name: 'Cán bộ xã', grants });
    const response = await system().request(`/api/v1${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const detailOnce = (id: string, check: (detail: Record<string, unknown>) => boolean) =>
    until(async () => {
      const { status, body } = await read(`/dossiers/${id}`);
      return status === 200 && check(body) && body;
    }, `dossier ${id} as expected`);

  it('reassesses only the questioned criterion, then goes back to review without posting or surveying again', async () => {
    const id = await refusedDossier(as, { ...CAM_GIANG, rules }, questioned!.id);
    const resubmitted = await officer(`/dossiers/${id}/resubmission`, { note: 'Xã đã khắc phục tiêu chí bị trả' });
    expect(resubmitted.status).toBe(200);
    const detail = await detailOnce(id, (body) => body.round === 2);
    expect(detail).toMatchObject({ status: 'surveyed', questioned: [questioned!.id], survey: { passed: true } });
    // The commune's desk says what is left to do.
    const queue = (await read('/work-queues/commune?limit=100')).body.items as Record<string, unknown>[];
    expect(queue.find((item) => item.dossierId === id)).toMatchObject({
      status: 'surveyed',
      questioned: [questioned!.id],
    });

    // An indicator of a criterion nobody questioned keeps the value posted and surveyed.
    const untouchable = kept!.indicators.find((indicator) => indicator.measure.kind === 'boolean')!;
    const changed = values.map((v) => (v.indicatorId === untouchable.id ? { ...v, value: !v.value } : v));
    const refused = await officer(`/dossiers/${id}/self-assessment`, assessment(changed));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'resubmission.unquestioned-changed',
      details: { indicatorIds: [untouchable.id], questioned: [questioned!.id] },
    });
    // The posting stands: it is not redone.
    const posting = await officer(`/dossiers/${id}/posting`, {
      postedFrom: new Date().toISOString(),
      postedUntil: new Date(Date.now() + 16 * 86_400_000).toISOString(),
      places: ['Nhà văn hóa xã'],
    });
    expect(posting.status).toBe(409);
    expect(posting.body).toMatchObject({ code: 'dossier.invalid-state' });

    await ok(officer(`/dossiers/${id}/self-assessment`, assessment(values)));
    await ok(officer(`/dossiers/${id}/submissions`, { tier: 'province' }));
    await detailOnce(id, (body) => body.status === 'in-review' && body.round === 2);
  });
});
