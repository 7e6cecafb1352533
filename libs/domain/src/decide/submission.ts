import type { AssignCriteria, CompleteReviewStep, DossierCommandType, SubmitForReview } from '../commands';
import type { CriterionAssignment } from '../events';
import type { Criterion, PinnedRules, Tier } from '../rules';
import { currentCouncil, currentStep, type DossierState, type InProcedureDossier, type ReviewStep } from '../state';
import { missingDocuments } from './checklist';
import {
  accept,
  conflict,
  emit,
  forbidden,
  inStatus,
  invalidField,
  isDecision,
  isInstant,
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
    return missingDocuments(s) ?? 0;
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

/**
 * Who reviews a criterion at a review step: at a step reviewed by divisions (three-tier district
 * verification) the department's district counterpart, elsewhere the department itself.
 */
export function reviewerFor(rules: PinnedRules, criterion: Criterion, stepIndex: number): string | undefined {
  const department = departmentFor(rules, criterion);
  const divisions = rules.regime.steps[stepIndex]?.divisions;
  return department && (divisions?.[department] ?? department);
}

export interface Reviewing {
  readonly state: InProcedureDossier;
  readonly step: ReviewStep;
}

export function reviewing(state: DossierState, command: { readonly type: DossierCommandType }): Reviewing | Decision {
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
    department: reviewerFor(rules, c, r.step.stepIndex)!,
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
