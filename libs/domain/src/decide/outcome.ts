import type { DecisionRef, IssueDecision, RefuseDossier, ResubmitDossier, WithdrawDossier } from '../commands';
import { DECISION_NUMBER } from '../decision-register';
import {
  currentCouncil,
  currentStep,
  type DossierRecord,
  type DossierState,
  type InProcedureDossier,
  openStatuses,
} from '../state';
import { questionedOnResubmission } from './resubmission';
import {
  accept,
  conflict,
  emit,
  forbidden,
  inStatus,
  invalidField,
  isBlank,
  isDecision,
  isInstant,
  notFound,
  type Decision,
} from './support';

export function checkDecisionRef(ref: DecisionRef, dossier: DossierRecord): Decision | undefined {
  if (isBlank(ref.decisionNumber) || isBlank(ref.signer) || !isInstant(ref.decisionDate)) {
    return invalidField(
      'decisionNumber',
      'Thiếu số, ngày hoặc người ký quyết định.',
      'Decision number, date and signer are required.',
    );
  }
  if (!DECISION_NUMBER.test(ref.decisionNumber)) {
    return invalidField(
      'decisionNumber',
      'Số quyết định phải có dạng số/QĐ-cơ quan ban hành, ví dụ 123/QĐ-UBND.',
      'A decision number reads number/QĐ-issuing body, e.g. 123/QĐ-UBND.',
    );
  }
  // Across dossiers, the province's register (decision-register.ts) gives a number once; here, within this dossier.
  if (dossier.decisionNumbers.includes(ref.decisionNumber)) {
    return conflict(
      'decision.number-reused',
      'Số quyết định đã được dùng cho hồ sơ này.',
      'The decision number is already used on this dossier.',
      {
        decisionNumber: ref.decisionNumber,
      },
    );
  }
  return undefined;
}

/**
 * Why a recognition may not be signed yet on a dossier in review, as IssueDecision refuses it;
 * undefined once every step of the regime is done, every criterion met, the survey passed and
 * every council approved.
 */
export function recognitionBlocked(s: InProcedureDossier): Decision | undefined {
  const { dossier, round } = s;
  const last = currentStep(round)!;
  if (last.stepIndex !== dossier.rules.regime.steps.length - 1 || !last.completion) {
    return conflict(
      'decision.review-incomplete',
      'Chưa hoàn thành thẩm tra/thẩm định.',
      'The review is not complete.',
      {
        tier: last.tier,
      },
    );
  }
  const unmet = [...new Set(round.steps.flatMap((step) => step.completion?.unmet ?? []))];
  if (unmet.length > 0) {
    return forbidden('decision.criteria-unmet', 'Còn tiêu chí chưa đạt.', 'Some criteria are not met.', { unmet });
  }
  const councilsNotApproved = round.steps.filter((step) => step.council && !currentCouncil(step)?.outcome?.approved);
  if (councilsNotApproved.length > 0) {
    return forbidden('decision.council-not-approved', 'Hội đồng chưa thông qua.', 'A council has not approved.', {
      tiers: councilsNotApproved.map((step) => step.tier),
    });
  }
  if (!round.survey?.passed) {
    return forbidden(
      'decision.survey-below-threshold',
      'Tỷ lệ hài lòng chưa đạt ngưỡng.',
      'The satisfaction rate is below the threshold.',
    );
  }
  return undefined;
}

/** Recognition only when nothing blocks it (recognitionBlocked) and the decision's reference is valid. */
export function issueDecision(command: IssueDecision, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['in-review']);
  if (isDecision(s)) return s;
  const blocked = recognitionBlocked(s) ?? checkDecisionRef(command.data, s.dossier);
  if (blocked) return blocked;
  const { dossier, round } = s;
  const last = currentStep(round)!;
  const { decisionNumber, decisionDate, signer } = command.data;
  return accept(
    emit(command.metadata, 'DossierRecognised', {
      round: round.number,
      level: dossier.level,
      year: dossier.year,
      decisionNumber,
      decisionDate,
      signer,
      authority: dossier.rules.regime.decidingAuthority[dossier.unit.kind],
      metCount: last.completion!.metCount,
      total: last.completion!.total,
    }),
  );
}

export function refuseDossier(command: RefuseDossier, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['in-review']);
  if (isDecision(s)) return s;
  const { reasons } = command.data;
  if (reasons.length === 0 || reasons.some((r) => isBlank(r.reason))) {
    return invalidField('reasons', 'Cần nêu lý do trả hồ sơ.', 'Reasons are required.');
  }
  const known = s.dossier.rules.criteriaSet.criteria.map((c) => c.id);
  const stray = reasons.find((r) => r.criterionId !== undefined && !known.includes(r.criterionId));
  if (stray)
    return notFound('criterion.not-found', 'Không tìm thấy tiêu chí.', 'Criterion not found.', {
      criterionId: stray.criterionId,
    });
  const step = currentStep(s.round)!;
  return accept(
    emit(command.metadata, 'DossierRefused', {
      round: s.round.number,
      stepIndex: step.stepIndex,
      tier: step.tier,
      reasons,
    }),
  );
}

/** A new round of the same dossier: history is kept in the stream; what was not questioned stands. */
export function resubmitDossier(command: ResubmitDossier, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['refused']);
  if (isDecision(s)) return s;
  const questioned = questionedOnResubmission(s);
  return accept(
    emit(command.metadata, 'DossierResubmitted', {
      round: s.round.number + 1,
      previousRound: s.round.number,
      note: command.data.note,
      ...(questioned ? { questioned } : {}),
    }),
  );
}

export function withdrawDossier(command: WithdrawDossier, state: DossierState): Decision {
  const s = inStatus(state, command.type, openStatuses);
  if (isDecision(s)) return s;
  if (isBlank(command.data.reason)) return invalidField('reason', 'Cần nêu lý do rút hồ sơ.', 'A reason is required.');
  return accept(
    emit(command.metadata, 'DossierWithdrawn', {
      round: s.round.number,
      reason: command.data.reason,
      fromStatus: s.status,
    }),
  );
}
