import { unmetCondition } from '../conditions';
import { fail } from '../errors';
import type { IndicatorValue } from '../evaluation';
import type { PinnedRules } from '../rules';
import { measuredValues, type RefusedDossier, type RoundRecord, type SelfAssessment } from '../state';
import { conflict, forbidden, type Decision } from './support';

/**
 * What a resubmission redoes. When every reason of the refusal names a criterion, and the refused
 * round was posted and its survey passed, the new round keeps that work (self-assessment, posting
 * and comments, survey, submission documents) and the commune corrects only the criteria questioned.
 * A reason about the whole dossier (the council did not approve) starts the round afresh.
 */
export function questionedOnResubmission({ refusal, round }: RefusedDossier): readonly string[] | undefined {
  const criteria = refusal.reasons.map((reason) => reason.criterionId);
  if (criteria.length === 0 || criteria.some((id) => id === undefined)) return undefined;
  if (!round.selfAssessment || !round.posting?.closed || !round.survey?.passed) return undefined;
  return [...new Set(criteria as string[])];
}

/**
 * A corrected self-assessment of a carried-over round: the indicators of criteria not questioned keep
 * the values the posting and the survey stood on, and the correction meets every criterion and
 * condition, as a posting would have required.
 */
export function checkCorrection(
  round: RoundRecord & { readonly questioned: readonly string[] },
  rules: PinnedRules,
  values: Readonly<Record<string, IndicatorValue>>,
  corrected: Pick<SelfAssessment, 'constructionDebt' | 'securityAndOrder'> & { readonly unmet: readonly string[] },
): Decision | undefined {
  const kept = measuredValues(round);
  const changed = rules.criteriaSet.criteria
    .filter((criterion) => !round.questioned.includes(criterion.id))
    .flatMap((criterion) => criterion.indicators.map((indicator) => indicator.id))
    .filter((id) => values[id] !== kept[id]);
  if (changed.length > 0) {
    return conflict(
      'resubmission.unquestioned-changed',
      'Chỉ được sửa các chỉ tiêu của tiêu chí bị trả lại; các chỉ tiêu khác giữ kết quả đã công khai và khảo sát.',
      'Only the indicators of the questioned criteria may change; the others keep the results posted and surveyed.',
      { indicatorIds: changed, questioned: round.questioned },
    );
  }
  if (corrected.unmet.length > 0) {
    return forbidden('self-assessment.criteria-unmet', 'Còn tiêu chí chưa đạt.', 'Some criteria are not met.', {
      unmet: corrected.unmet,
    });
  }
  const condition = unmetCondition(corrected);
  return condition ? fail(condition) : undefined;
}

/** A round carried over from a refused one: the commune may correct its questioned criteria. */
export const carriedOver = (round: RoundRecord): round is RoundRecord & { readonly questioned: readonly string[] } =>
  round.questioned !== undefined;
