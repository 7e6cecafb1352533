import type { RecordReviewRound, ResolveRevocationCase } from '../commands';
import { evaluateCriteria, revocationGrounds } from '../evaluation';
import { measuredValues, type DossierState } from '../state';
import { checkMeasurements, evaluateMeasured } from './filing';
import { basisOf, basisRef, proposal } from './revocation';
import {
  accept,
  checkEvidence,
  conflict,
  emit,
  inStatus,
  invalidField,
  isBlank,
  isDecision,
  type Decision,
} from './support';

/**
 * A periodic review of a recognised unit records current values of its indicators (those not
 * re-measured keep the values of the recognition) and evaluates them under the pinned rules. A
 * criterion below its threshold raises a revocation case for the coordinator — never a revocation
 * by itself (QĐ 18/2022/QĐ-TTg, Điều 23–24: revocation is proposed, verified and decided).
 */
export function recordReviewRound(command: RecordReviewRound, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['recognised']);
  if (isDecision(s)) return s;
  if (s.revocationCase) {
    return conflict(
      'review-round.case-open',
      'Còn một đề nghị xem xét thu hồi chưa giải quyết.',
      'A revocation case is still open.',
      { reviewRound: s.revocationCase.reviewRound },
    );
  }
  const { indicators } = command.data;
  const pinned = s.dossier.rules;
  const basis = basisOf(pinned);
  if (isDecision(basis)) return basis;
  // A xã kiểu mẫu is reviewed on the nâng cao indicators it is judged against (QĐ 18/2022/QĐ-TTg, Điều 23).
  const rules = { ...pinned, criteriaSet: basis };
  if (indicators.length === 0)
    return invalidField('indicators', 'Cần ít nhất một chỉ tiêu.', 'At least one indicator is required.');
  const error =
    checkMeasurements(rules, indicators) ??
    indicators.map((i) => checkEvidence(i.evidence, `indicators.${i.indicatorId}.evidence`)).find(Boolean);
  if (error) return error;
  // Values of the recognition stand where not re-measured, when they are values of the same set.
  const recognised = basis.id === pinned.criteriaSet.id ? measuredValues(s.round) : {};
  const values = { ...recognised, ...Object.fromEntries(indicators.map((i) => [i.indicatorId, i.value])) };
  const evaluation = evaluateCriteria(basis, values, rules.variant);
  const belowThreshold = evaluation.criteria.filter((c) => c.verdict === 'not-met').map((c) => c.criterionId);
  const reviewRound = (s.dossier.reviewRounds ?? 0) + 1;
  const recorded = emit(command.metadata, 'ReviewRoundRecorded', {
    reviewRound,
    indicators: evaluateMeasured(rules, indicators),
    criteria: evaluation.criteria.map(({ criterionId, verdict }) => ({ criterionId, verdict })),
    belowThreshold,
  });
  if (belowThreshold.length === 0) return accept(recorded);
  const grounds = revocationGrounds(basis, belowThreshold, rules.regime.revocation);
  const { share, band, criticalUnmet } = grounds;
  return accept(
    recorded,
    emit(command.metadata, 'RevocationCaseRaised', {
      reviewRound,
      unmetCriterionIds: belowThreshold,
      share,
      band,
      criticalUnmet,
      ...basisRef(basis, pinned),
      sufficient: grounds.revoke,
    }),
  );
}

/** The coordinator opens the revocation on the case's criteria, or closes the case with a reason. */
export function resolveRevocationCase(command: ResolveRevocationCase, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['recognised']);
  if (isDecision(s)) return s;
  const open = s.revocationCase;
  if (!open)
    return conflict('revocation-case.none', 'Không có đề nghị xem xét thu hồi.', 'No revocation case is open.');
  const data = command.data;
  if (data.outcome === 'close') {
    if (isBlank(data.reason)) return invalidField('reason', 'Cần nêu lý do.', 'A reason is required.');
    return accept(
      emit(command.metadata, 'RevocationCaseClosed', { reviewRound: open.reviewRound, reason: data.reason }),
    );
  }
  const { outcome: _, ...input } = data;
  return proposal(command.metadata, s, {
    ...input,
    unmetCriterionIds: open.unmetCriterionIds,
    stepwise: true,
    reviewRound: open.reviewRound,
  });
}
