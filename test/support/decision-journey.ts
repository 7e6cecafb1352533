import type { Role } from '@ntm/auth';
import type { PinnedRules, Variant } from '@ntm/catalogue';
import { vietnamDateOf } from '@ntm/calendar';

import { appraisalPlan, EVIDENCE, filingSteps, type Send } from './dossier-journey';
import { councilApproves } from './revocation-journey';
import { ok } from './three-tier-journey';
import { until } from './until';

/** Whoever acts, as `apiJourney().as` gives them. */
type Actors = (role: Role, unit: string, options?: { userId?: string; department?: string }) => Send;

interface Filing {
  readonly province: string;
  readonly commune: string;
  readonly rules: PinnedRules;
  readonly variant: Variant;
}

/**
 * A commune's dossier (NTM, 2026) filed, appraised by the province's departments and consolidated:
 * every criterion met, except those named `unmet`.
 */
export async function consolidatedDossier(
  as: Actors,
  { province, commune, rules, variant }: Filing,
  unmet: readonly string[] = [],
): Promise<string> {
  const officer = as('commune-officer', commune);
  const group = 'group' in variant ? { communeGroup: variant.group } : {};
  const registered = await officer('/dossiers', { unitCode: commune, level: 'ntm', year: 2026, ...group });
  expect(registered.status).toBe(201);
  const id = String(registered.body.dossierId);
  for (const [send, path, body] of filingSteps(rules, variant, officer, as('survey-officer', commune)))
    await ok(send(`/dossiers/${id}/${path}`, body));
  await appraiseEvery(as, { province, rules }, id, unmet);
  await ok(as('province-coordinator', province)(`/dossiers/${id}/review-step/completion`, { tier: 'province' }));
  return id;
}

/** Each criterion of the dossier appraised by its department: met, except those named `unmet`. */
async function appraiseEvery(
  as: Actors,
  { province, rules }: Pick<Filing, 'province' | 'rules'>,
  id: string,
  unmet: readonly string[],
): Promise<void> {
  for (const { criterionId, department, judgements } of appraisalPlan(rules)) {
    const appraiser = as('department-appraiser', province, { department });
    const verdict = unmet.includes(criterionId) ? 'not-met' : 'met';
    const findings = verdict === 'met' ? 'Đạt theo biên bản kiểm tra thực địa' : 'Chưa đạt: chỉ tiêu dưới ngưỡng';
    // The dispatch on submission is the workflow's: retry until the criterion is pending.
    await until(async () => {
      const answer = await appraiser(`/dossiers/${id}/criteria/${criterionId}/appraisal`, {
        verdict,
        findings,
        judgements,
      });
      return answer.status === 200;
    }, `criterion ${criterionId} appraised`);
  }
}

/** A dossier of the approver's returned for the criterion `refusedFor`, which round 1 appraised not met. */
export async function refusedDossier(as: Actors, filing: Filing, refusedFor: string): Promise<string> {
  const id = await consolidatedDossier(as, filing, [refusedFor]);
  const reasons = [{ criterionId: refusedFor, reason: 'Chỉ tiêu dưới ngưỡng theo kết quả thẩm định của sở' }];
  await ok(as('approver', filing.province)(`/dossiers/${id}/refusal`, { reasons }));
  return id;
}

/**
 * A dossier in its second round: refused for `refusedFor`, resubmitted by the commune keeping its
 * posting and survey, reassessed, submitted again and every criterion appraised met this time.
 */
export async function resubmittedDossier(as: Actors, filing: Filing, refusedFor: string): Promise<string> {
  const id = await refusedDossier(as, filing, refusedFor);
  const officer = as('commune-officer', filing.commune);
  await ok(officer(`/dossiers/${id}/resubmission`, { note: 'Xã đã khắc phục và nộp lại' }));
  const survey = as('survey-officer', filing.commune);
  for (const [send, path, body] of filingSteps(filing.rules, filing.variant, officer, survey))
    if (path === 'self-assessment' || path === 'submissions') await ok(send(`/dossiers/${id}/${path}`, body));
  await appraiseEvery(as, filing, id, []);
  return id;
}

/** A dossier whose provincial council approved: a recognition waits for the approver's signature. */
export async function awaitingRecognition(as: Actors, filing: Filing): Promise<string> {
  const id = await consolidatedDossier(as, filing);
  await councilApproves(as, filing.province, id);
  return id;
}

/**
 * A recognised dossier's revocation proposal brought to its decision (QĐ 18/2022/QĐ-TTg, Điều 24):
 * verified criterion by criterion, explained by the commune, its residents consulted (Nghị định
 * 131/2025/NĐ-CP, Điều 44), approved by the provincial council; `proposedFromReview` proposes it.
 */
export async function revocationReady(
  as: Actors,
  { id, province, commune, criteria }: { id: string; province: string; commune: string; criteria: readonly string[] },
): Promise<void> {
  const coordinator = as('province-coordinator', province);
  const officer = as('commune-officer', commune);
  const findings = criteria.map((criterionId) => ({
    criterionId,
    met: false,
    findings: 'Kiểm tra thực tế: chỉ tiêu dưới ngưỡng',
    evidence: EVIDENCE,
  }));
  await ok(coordinator(`/dossiers/${id}/revocation-verification`, { findings }));
  const explanation = { explanation: 'Xã đang khắc phục, dự kiến đạt lại trong năm sau', evidence: EVIDENCE };
  await ok(officer(`/dossiers/${id}/revocation-explanation`, explanation));
  await ok(
    officer(`/dossiers/${id}/revocation-consultation`, {
      heldOn: vietnamDateOf(new Date().toISOString()),
      participants: 320,
      inFavour: 250,
      summary: 'Đa số người dân đồng ý thu hồi',
      evidence: EVIDENCE,
    }),
  );
  await councilApproves(as, province, id);
}
