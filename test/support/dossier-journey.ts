import { vietnamDateOf } from '@ntm/calendar';
import type { Role } from '@ntm/auth';
import type { PinnedRules, Variant } from '@ntm/catalogue';

import { EVIDENCE, meetingValues, rulesFiledOn, type Send, submissionDocumentSteps } from '../../scripts/dossier-steps';

export {
  apiActor,
  appraisalPlan,
  documentsToAttach,
  EVIDENCE,
  meetingValues,
  rulesFiledOn,
  type Send,
  submissionDocumentSteps,
} from '../../scripts/dossier-steps';

const DAY_MS = 24 * 3600 * 1000;

/**
 * A commune's filing up to its submission to the province, as [actor, path under the dossier,
 * body]: every indicator met, a posting period already over, the MTTQ's certified survey, the
 * documents of the submission dossier the commune attaches itself.
 */
export function filingSteps(rules: PinnedRules, variant: Variant, commune: Send, surveyOfficer: Send) {
  const steps: [Send, string, unknown][] = [
    [
      commune,
      'self-assessment',
      {
        indicators: meetingValues(rules.criteriaSet, variant),
        constructionDebt: { outstanding: false, evidence: EVIDENCE },
        securityAndOrder: { complicated: false, evidence: EVIDENCE },
      },
    ],
    [
      commune,
      'posting',
      {
        postedFrom: new Date(Date.now() - 20 * DAY_MS).toISOString(),
        postedUntil: new Date(Date.now() - 3 * DAY_MS).toISOString(),
        places: ['Nhà văn hóa xã'],
      },
    ],
    [commune, 'posting/closure', {}],
    [
      surveyOfficer,
      'survey-result',
      { respondents: 400, satisfied: 372, households: 520, certifiedBy: 'Ban Thường trực UBMTTQ xã', report: EVIDENCE },
    ],
    ...submissionDocumentSteps(rules).map(([path, body]): [Send, string, unknown] => [commune, path, body]),
    [commune, 'submissions', { tier: 'province' }],
  ];
  return steps;
}

/**
 * A dossier of `unitCode` (the QĐ 51/2025 set, commune group 2) registered, self-assessed and in
 * its public posting, with the stream version the last command answered (its ETag).
 */
export async function dossierInPosting(
  as: (role: Role, unit: string) => Send,
  unitCode: string,
  province: string,
): Promise<{ dossierId: string; version: number }> {
  const commune = as('commune-officer', unitCode);
  const registered = await commune('/dossiers', { unitCode, level: 'ntm', year: 2026, communeGroup: 2 });
  if (registered.status !== 201)
    throw new Error(`${unitCode}: HTTP ${registered.status} ${JSON.stringify(registered.body)}`);
  const id = String(registered.body.dossierId);
  const group = { group: 2 } as const;
  const rules = rulesFiledOn(vietnamDateOf(new Date()), province, group);
  const [selfAssessment, posting] = filingSteps(rules, group, commune, as('survey-officer', unitCode));
  let version = 0;
  for (const [send, path, body] of [selfAssessment, posting]) {
    const answer = await send(`/dossiers/${id}/${path}`, body);
    if (answer.status !== 200) throw new Error(`${path}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    version = versionOf(answer.etag);
  }
  return { dossierId: id, version };
}

/** The stream version a `W/"n"` ETag names. */
export function versionOf(etag: string | null): number {
  return Number(/\d+/.exec(etag ?? '')?.[0]);
}
