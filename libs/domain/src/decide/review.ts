import type {
  AppraiseCriterion,
  AssignCriteria,
  CompleteReviewStep,
  ExtendDeadline,
  ProvideSupplement,
  RequestSupplement,
  SubmitForReview,
} from '../commands';
import { evaluateCriterion } from '../evaluation';
import type { CriterionAssignment } from '../events';
import type { Criterion, PinnedRules, Tier } from '../rules';
import {
  currentCouncil,
  currentStep,
  measuredValues,
  type CriterionReview,
  type DossierState,
  type InProcedureDossier,
  type ReviewStep,
} from '../state';
import { checkMeasurements, evaluateMeasured } from './filing';
import {
  accept,
  checkEvidence,
  conflict,
  emit,
  forbidden,
  inStatus,
  invalid,
  invalidField,
  isBlank,
  isDecision,
  isInstant,
  notFound,
  type Decision,
} from './support';

/** The step of `regime.steps` the dossier may be submitted to next, or why it may not. */
function nextStepIndex(s: InProcedureDossier): number | Decision {
  if (s.status === 'surveyed') {
    if (!s.round.survey?.passed) {
      return forbidden(
        'survey.below-threshold',
        'Tỷ lệ hài lòng chưa đạt ngưỡng.',
        'The satisfaction rate is below the threshold.',
        {
          rate: s.round.survey?.rate,
          threshold: s.round.survey?.threshold,
        },
      );
    }
    const unanswered = s.round.comments.filter((c) => c.answer === undefined).map((c) => c.commentId);
    if (unanswered.length > 0) {
      return forbidden('comments.unanswered', 'Còn ý kiến chưa được trả lời.', 'Some comments are not answered.', {
        unanswered,
      });
    }
    return 0;
  }
  const step = currentStep(s.round)!;
  const cleared = stepCleared(step);
  if (cleared) return cleared;
  if (step.stepIndex + 1 >= s.dossier.rules.regime.steps.length) {
    return conflict(
      'review.no-further-step',
      'Đây là bước cuối của quy trình.',
      'This is the last step of the procedure.',
    );
  }
  return step.stepIndex + 1;
}

/** A step is cleared when it is consolidated with every criterion met and, if it has one, its council approved. */
export function stepCleared(step: ReviewStep): Decision | undefined {
  if (!step.completion) {
    return conflict(
      'review.step-incomplete',
      'Bước thẩm tra/thẩm định chưa hoàn thành.',
      'The review step is not complete.',
      {
        tier: step.tier,
      },
    );
  }
  if (step.completion.unmet.length > 0) {
    return forbidden('review.criteria-unmet', 'Còn tiêu chí chưa đạt.', 'Some criteria are not met.', {
      unmet: step.completion.unmet,
    });
  }
  if (step.council && !currentCouncil(step)?.outcome?.approved) {
    return forbidden('council.not-approved', 'Hội đồng chưa thông qua.', 'The council has not approved.', {
      tier: step.tier,
    });
  }
  return undefined;
}

const wrongTier = (expected: Tier, tier: Tier): Decision =>
  conflict('review.wrong-tier', `Hồ sơ đang ở cấp ${expected}.`, `The dossier is at the ${expected} tier.`, {
    expected,
    tier,
  });

export function submitForReview(command: SubmitForReview, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['surveyed', 'in-review']);
  if (isDecision(s)) return s;
  const index = nextStepIndex(s);
  if (typeof index !== 'number') return index;
  const next = s.dossier.rules.regime.steps[index]!;
  if (next.tier !== command.data.tier) return wrongTier(next.tier, command.data.tier);
  return accept(emit(command.metadata, 'DossierSubmitted', { round: s.round.number, stepIndex: index, ...next }));
}

/** The department of a criterion: its own assignment, else the first assigned indicator's (overrides already applied). */
export function departmentFor(rules: PinnedRules, criterion: Criterion): string | undefined {
  const own = rules.assignments[criterion.id];
  if (own) return own;
  for (const indicator of criterion.indicators) {
    const department = rules.assignments[indicator.id] ?? indicator.department;
    if (department) return department;
  }
  return undefined;
}

interface Reviewing {
  readonly state: InProcedureDossier;
  readonly step: ReviewStep;
}

function reviewing(
  state: DossierState,
  command: {
    readonly type:
      | AssignCriteria['type']
      | CompleteReviewStep['type']
      | AppraiseCriterion['type']
      | RequestSupplement['type']
      | ProvideSupplement['type']
      | ExtendDeadline['type'];
  },
): Reviewing | Decision {
  const s = inStatus(state, command.type, ['in-review']);
  if (isDecision(s)) return s;
  const step = currentStep(s.round)!;
  if (step.completion) {
    return conflict('review.step-completed', 'Bước này đã hoàn thành.', 'This review step is already complete.', {
      tier: step.tier,
    });
  }
  return { state: s, step };
}

export function assignCriteria(command: AssignCriteria, state: DossierState): Decision {
  const r = reviewing(state, command);
  if (isDecision(r)) return r;
  if (r.step.tier !== command.data.tier) return wrongTier(r.step.tier, command.data.tier);
  if (r.step.reviews)
    return conflict(
      'assignment.already-assigned',
      'Các tiêu chí đã được phân công.',
      'The criteria are already assigned.',
    );
  if (!isInstant(command.data.dueDate))
    return invalidField('dueDate', 'Hạn không hợp lệ.', 'The due date is not valid.');
  const rules = r.state.dossier.rules;
  const unassigned = rules.criteriaSet.criteria.filter((c) => !departmentFor(rules, c)).map((c) => c.id);
  if (unassigned.length > 0) {
    return conflict(
      'assignment.department-missing',
      'Tiêu chí chưa có Sở chủ trì.',
      'No department is assigned to some criteria.',
      {
        unassigned,
      },
    );
  }
  const assignments: CriterionAssignment[] = rules.criteriaSet.criteria.map((c) => ({
    criterionId: c.id,
    department: departmentFor(rules, c)!,
    dueDate: command.data.dueDate,
  }));
  return accept(
    emit(command.metadata, 'CriteriaAssigned', {
      round: r.state.round.number,
      stepIndex: r.step.stepIndex,
      tier: r.step.tier,
      assignments,
    }),
  );
}

interface OnCriterion extends Reviewing {
  readonly review: CriterionReview;
  readonly criterion: Criterion;
}

function onCriterion(
  state: DossierState,
  command: AppraiseCriterion | RequestSupplement | ProvideSupplement | ExtendDeadline,
): OnCriterion | Decision {
  const r = reviewing(state, command);
  if (isDecision(r)) return r;
  if (!r.step.reviews) {
    return conflict(
      'assignment.not-dispatched',
      'Các tiêu chí chưa được phân công.',
      'The criteria have not been assigned yet.',
    );
  }
  const { criterionId } = command.data;
  const review = r.step.reviews[criterionId];
  const criterion = r.state.dossier.rules.criteriaSet.criteria.find((c) => c.id === criterionId);
  if (!review || !criterion)
    return notFound('criterion.not-found', 'Không tìm thấy tiêu chí.', 'Criterion not found.', { criterionId });
  if ('department' in command.data && command.data.department !== review.department) {
    return forbidden(
      'appraisal.not-assigned',
      'Tiêu chí không được phân công cho đơn vị này.',
      'This criterion is not assigned to the department.',
      {
        criterionId,
        assignedTo: review.department,
      },
    );
  }
  return { ...r, review, criterion };
}

const ids = (s: OnCriterion) => ({ round: s.state.round.number, stepIndex: s.step.stepIndex, tier: s.step.tier });

export function appraiseCriterion(command: AppraiseCriterion, state: DossierState): Decision {
  const c = onCriterion(state, command);
  if (isDecision(c)) return c;
  const { criterionId, department, verdict, findings } = command.data;
  const judgements = command.data.judgements ?? {};
  if (c.review.status === 'supplement-requested') {
    return conflict(
      'appraisal.awaiting-supplement',
      'Đang chờ hồ sơ bổ sung.',
      'A supplement is awaited for this criterion.',
      { criterionId },
    );
  }
  const judged = c.criterion.indicators.filter((i) => i.measure.kind === 'judgement').map((i) => i.id);
  const stray = Object.keys(judgements).find((id) => !judged.includes(id));
  if (stray)
    return notFound(
      'indicator.not-found',
      'Chỉ tiêu không cần thẩm định đánh giá.',
      'Not a judgement indicator of this criterion.',
      { indicatorId: stray },
    );
  // Conflict of interest: whoever voted in a council on this dossier may not appraise it.
  if (c.state.dossier.voters.includes(command.metadata.actor)) {
    return forbidden(
      'appraisal.conflict-of-interest',
      'Người đã bỏ phiếu trong hội đồng xét hồ sơ này không được thẩm định.',
      'A member who voted on this dossier may not appraise it.',
      { actor: command.metadata.actor },
    );
  }
  if (verdict === 'not-met' && isBlank(findings)) {
    return invalidField('findings', 'Cần nêu lý do không đạt.', 'Findings are required for a not-met verdict.');
  }
  if (verdict === 'met') {
    // A criterion is met only when every indicator is met, judgement indicators by the appraiser.
    const rules = c.state.dossier.rules;
    const evaluation = evaluateCriterion(c.criterion, measuredValues(c.state.round), rules.variant, judgements);
    if (evaluation.verdict !== 'met') {
      return forbidden(
        'appraisal.verdict-inconsistent',
        'Còn chỉ tiêu chưa đạt, không thể kết luận đạt.',
        'An indicator is not met, so the criterion cannot be met.',
        {
          indicators: evaluation.indicators.filter((i) => i.verdict !== 'met'),
        },
      );
    }
  }
  return accept(
    emit(command.metadata, 'CriterionAppraised', {
      ...ids(c),
      criterionId,
      department,
      verdict,
      findings,
      judgements,
      appraisedBy: command.metadata.actor,
    }),
  );
}

export function requestSupplement(command: RequestSupplement, state: DossierState): Decision {
  const c = onCriterion(state, command);
  if (isDecision(c)) return c;
  const { criterionId, department, reason } = command.data;
  if (c.review.status === 'supplement-requested') {
    return conflict(
      'supplement.already-requested',
      'Đã yêu cầu bổ sung, đang chờ.',
      'A supplement is already awaited.',
      { criterionId },
    );
  }
  if (isBlank(reason)) return invalidField('reason', 'Cần nêu nội dung cần bổ sung.', 'A reason is required.');
  return accept(
    emit(command.metadata, 'SupplementRequested', {
      ...ids(c),
      criterionId,
      department,
      reason,
      request: c.review.supplementRequests + 1,
    }),
  );
}

export function provideSupplement(command: ProvideSupplement, state: DossierState): Decision {
  const c = onCriterion(state, command);
  if (isDecision(c)) return c;
  const { criterionId, note, documents, indicators } = command.data;
  if (c.review.status !== 'supplement-requested') {
    return conflict('supplement.not-requested', 'Không có yêu cầu bổ sung.', 'No supplement was requested.', {
      criterionId,
    });
  }
  const rules = c.state.dossier.rules;
  const own = c.criterion.indicators.map((i) => i.id);
  const error =
    checkMeasurements(rules, indicators, own) ??
    checkEvidence(documents, 'documents') ??
    indicators.map((i) => checkEvidence(i.evidence, `indicators.${i.indicatorId}.evidence`)).find(Boolean);
  if (error) return error;
  if (documents.length === 0 && indicators.length === 0) {
    return invalidField('documents', 'Hồ sơ bổ sung trống.', 'The supplement is empty.');
  }
  return accept(
    emit(command.metadata, 'SupplementProvided', {
      ...ids(c),
      criterionId,
      note,
      documents,
      indicators: evaluateMeasured(rules, indicators),
    }),
  );
}

export function extendDeadline(command: ExtendDeadline, state: DossierState): Decision {
  const c = onCriterion(state, command);
  if (isDecision(c)) return c;
  const { criterionId, dueDate, reason } = command.data;
  if (!isInstant(dueDate) || Date.parse(dueDate) <= Date.parse(c.review.dueDate)) {
    return invalid('deadline.not-later', 'Hạn mới phải sau hạn hiện tại.', 'The new due date must be later.', {
      field: 'dueDate',
      previousDueDate: c.review.dueDate,
    });
  }
  if (isBlank(reason)) return invalidField('reason', 'Cần nêu lý do gia hạn.', 'A reason is required.');
  return accept(
    emit(command.metadata, 'DeadlineExtended', {
      ...ids(c),
      criterionId,
      previousDueDate: c.review.dueDate,
      dueDate,
      reason,
    }),
  );
}

export function completeReviewStep(command: CompleteReviewStep, state: DossierState): Decision {
  const r = reviewing(state, command);
  if (isDecision(r)) return r;
  if (r.step.tier !== command.data.tier) return wrongTier(r.step.tier, command.data.tier);
  if (!r.step.reviews) {
    return conflict(
      'assignment.not-dispatched',
      'Các tiêu chí chưa được phân công.',
      'The criteria have not been assigned yet.',
    );
  }
  const reviews = Object.values(r.step.reviews);
  const pending = reviews.filter((v) => v.status !== 'appraised').map((v) => v.criterionId);
  if (pending.length > 0) {
    return forbidden(
      'review.appraisals-pending',
      'Còn tiêu chí chưa có kết quả.',
      'Some criteria are not appraised yet.',
      { pending },
    );
  }
  const unmet = reviews.filter((v) => v.verdict !== 'met').map((v) => v.criterionId);
  return accept(
    emit(command.metadata, 'ReviewStepCompleted', {
      round: r.state.round.number,
      stepIndex: r.step.stepIndex,
      tier: r.step.tier,
      step: r.step.step,
      metCount: reviews.length - unmet.length,
      total: reviews.length,
      unmet,
    }),
  );
}
