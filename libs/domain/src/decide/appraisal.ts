import type { AppraiseCriterion, ExtendDeadline, ProvideSupplement, RequestSupplement } from '../commands';
import { evaluateCriterion } from '../evaluation';
import type { Criterion } from '../rules';
import { measuredValues, type CriterionReview, type DossierState } from '../state';
import { checkMeasurements, evaluateMeasured } from './filing';
import { reviewing, type Reviewing } from './submission';
import {
  accept,
  checkEvidence,
  conflict,
  emit,
  forbidden,
  invalid,
  invalidField,
  isBlank,
  isDecision,
  isInstant,
  notFound,
  type Decision,
} from './support';

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
