import { ConflictError } from './errors';
import type { DossierState, FiledDossier, FiledStatus } from './state';
import { requiredSurveyCoverage } from './survey-coverage';

/**
 * QĐ 18/2022/QĐ-TTg: residents are surveyed once the results have been posted for comments; a
 * campaign may be prepared while the posting runs, and run again after a failed survey.
 */
const SURVEY_CAMPAIGN_STATUSES: readonly FiledStatus[] = ['posted', 'posting-closed', 'surveyed'];

/** The satisfaction rate a survey must reach: the pinned regime's, for the level applied for. */
export const surveyThreshold = ({ dossier }: FiledDossier): number =>
  dossier.rules.regime.satisfactionThreshold[dossier.level];

/** The share of the surveyed villages' households that must answer: the pinned regime's. */
export const surveyCoverageRequired = ({ dossier }: FiledDossier): number =>
  requiredSurveyCoverage(dossier.rules.regime);

/**
 * The dossier an MTTQ satisfaction survey campaign opens on, or why none may: not at the survey
 * step, or its survey already passed (never surveyed again after a passed one).
 */
export function dossierForSurvey(state: DossierState): FiledDossier | ConflictError {
  if (state.status === 'unregistered' || !SURVEY_CAMPAIGN_STATUSES.includes(state.status)) {
    return new ConflictError({
      code: 'survey.dossier-not-ready',
      messageVi: 'Hồ sơ chưa công khai kết quả lấy ý kiến hoặc đã qua bước khảo sát: không mở được đợt khảo sát.',
      messageEn: 'The dossier is not at the survey step (results not posted, or already past it).',
      details: { status: state.status },
    });
  }
  if (state.round.survey?.passed) {
    return new ConflictError({
      code: 'survey.already-passed',
      messageVi: 'Kết quả khảo sát của hồ sơ đã đạt; không mở đợt khảo sát mới.',
      messageEn: "The dossier's survey has already passed; no new campaign.",
    });
  }
  return state;
}
