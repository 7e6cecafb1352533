import type {
  AnswerComment,
  CloseCommentPeriod,
  PostResults,
  RecordComment,
  RecordSelfAssessment,
  RecordSurveyResult,
  RegisterDossier,
} from '../commands';
import { scopedDebt, undeclaredCondition, unmetCondition } from '../conditions';
import { fail } from '../errors';
import { evaluateCriteria, evaluateIndicator, isValueOfMeasure, type IndicatorValue } from '../evaluation';
import type { Indicator, PinnedRules } from '../rules';
import type { DossierState, FiledDossier } from '../state';
import { carriedOver, checkCorrection } from './resubmission';
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
  unique,
  type Decision,
} from './support';
import { surveyCoverageRequired, surveyThreshold } from '../survey-campaign';
import { coverageShortfall, surveyCoverage } from '../survey-coverage';

const DAY_MS = 86_400_000;

function checkRules(command: RegisterDossier): Decision | undefined {
  const { rules, level, unit } = command.data;
  const set = rules.criteriaSet;
  if (set.level !== level) {
    return invalid(
      'registration.level-mismatch',
      'Bộ tiêu chí không đúng mức đăng ký.',
      'The criteria set is for another level.',
      {
        level,
        criteriaSetLevel: set.level,
      },
    );
  }
  if (set.unitKind !== unit.kind) {
    return invalid(
      'registration.unit-kind-mismatch',
      'Bộ tiêu chí không áp dụng cho loại đơn vị này.',
      'The criteria set is for another kind of unit.',
      {
        unitKind: unit.kind,
        criteriaSetUnitKind: set.unitKind,
      },
    );
  }
  if (('region' in rules.variant ? 'region' : 'group') !== set.variantBy) {
    return invalid(
      'registration.variant-mismatch',
      'Phân vùng/nhóm xã không khớp bộ tiêu chí.',
      'The variant does not match the criteria set.',
      {
        variantBy: set.variantBy,
      },
    );
  }
  if (rules.regime.steps.length === 0 || set.criteria.length === 0) {
    return invalid(
      'registration.empty-rules',
      'Quy trình hoặc bộ tiêu chí rỗng.',
      'The regime or criteria set is empty.',
    );
  }
  return undefined;
}

export function registerDossier(command: RegisterDossier, state: DossierState): Decision {
  if (state.status !== 'unregistered') {
    return conflict('dossier.already-registered', 'Hồ sơ đã được đăng ký.', 'The dossier is already registered.');
  }
  const { dossierId, unit, province, level, year, rules } = command.data;
  if (isBlank(dossierId) || isBlank(unit.code) || isBlank(province)) {
    return invalidField(
      'unit',
      'Thiếu mã hồ sơ, mã đơn vị hoặc tỉnh.',
      'Dossier id, unit code and province are required.',
    );
  }
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return invalidField('year', 'Năm đăng ký không hợp lệ.', 'The year is not valid.');
  }
  const rulesError = checkRules(command);
  if (rulesError) return rulesError;
  const { previousDossierId } = command.data;
  if (previousDossierId !== undefined && (isBlank(previousDossierId) || previousDossierId === dossierId)) {
    return invalidField('previousDossierId', 'Hồ sơ trước không hợp lệ.', 'The previous dossier is not valid.');
  }
  const link = previousDossierId === undefined ? {} : { previousDossierId };
  return accept(
    emit(command.metadata, 'DossierRegistered', { dossierId, unit, province, level, year, round: 1, rules, ...link }),
  );
}

const indicatorsOf = (rules: PinnedRules): ReadonlyMap<string, Indicator> =>
  new Map(rules.criteriaSet.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i] as const)));

/** Checks measured values against the pinned indicators: known ids, once each, the right kind of value. */
export function checkMeasurements(
  rules: PinnedRules,
  measured: readonly { readonly indicatorId: string; readonly value: IndicatorValue }[],
  allowed?: readonly string[],
): Decision | undefined {
  const indicators = indicatorsOf(rules);
  if (!unique(measured.map((m) => m.indicatorId))) {
    return invalidField('indicators', 'Một chỉ tiêu được khai báo hai lần.', 'An indicator is reported twice.');
  }
  for (const m of measured) {
    const indicator = indicators.get(m.indicatorId);
    if (!indicator || (allowed && !allowed.includes(m.indicatorId))) {
      return notFound('indicator.not-found', 'Chỉ tiêu không có trong bộ tiêu chí.', 'Unknown indicator.', {
        indicatorId: m.indicatorId,
      });
    }
    if (!isValueOfMeasure(indicator, m.value)) {
      return invalid(
        'indicator.invalid-value',
        'Giá trị chỉ tiêu không đúng kiểu.',
        'The value does not fit the indicator.',
        {
          indicatorId: m.indicatorId,
          measure: indicator.measure.kind,
        },
      );
    }
  }
  return undefined;
}

/** Evaluates each measured indicator: the verdict is stored next to the value. */
export function evaluateMeasured<M extends { readonly indicatorId: string; readonly value: IndicatorValue }>(
  rules: PinnedRules,
  measured: readonly M[],
) {
  const indicators = indicatorsOf(rules);
  return measured.map((m) => ({
    ...m,
    verdict: evaluateIndicator(indicators.get(m.indicatorId)!, m.value, rules.variant),
  }));
}

export function recordSelfAssessment(command: RecordSelfAssessment, state: DossierState): Decision {
  // A round carried over from a refusal is corrected where it stands: posted and surveyed.
  const correcting = state.status === 'surveyed' && carriedOver(state.round);
  const s = inStatus(state, command.type, correcting ? ['surveyed'] : ['registered', 'self-assessed']);
  if (isDecision(s)) return s;
  const { indicators, constructionDebt, securityAndOrder } = command.data;
  const rules = s.dossier.rules;
  const error =
    checkMeasurements(rules, indicators) ??
    indicators.map((i) => checkEvidence(i.evidence, `indicators.${i.indicatorId}.evidence`)).find(Boolean) ??
    checkEvidence(constructionDebt.evidence, 'constructionDebt.evidence') ??
    (securityAndOrder && checkEvidence(securityAndOrder.evidence, 'securityAndOrder.evidence'));
  if (error) return error;
  const undeclared = undeclaredCondition(rules.criteriaSet, command.data);
  if (undeclared) return fail(undeclared);
  if (constructionDebt.amount !== undefined && !(constructionDebt.amount >= 0)) {
    return invalidField('constructionDebt.amount', 'Số nợ không hợp lệ.', 'The debt amount is not valid.');
  }
  const values = Object.fromEntries(indicators.map((i) => [i.indicatorId, i.value]));
  const evaluation = evaluateCriteria(rules.criteriaSet, values, rules.variant);
  const debt = scopedDebt(constructionDebt);
  const correction =
    carriedOver(s.round) &&
    checkCorrection(s.round, rules, values, { constructionDebt: debt, securityAndOrder, unmet: evaluation.unmet });
  if (correction) return correction;
  return accept(
    emit(command.metadata, 'SelfAssessmentRecorded', {
      round: s.round.number,
      indicators: evaluateMeasured(rules, indicators),
      criteria: evaluation.criteria.map(({ criterionId, verdict }) => ({ criterionId, verdict })),
      metCount: evaluation.metCount,
      total: evaluation.total,
      unmet: evaluation.unmet,
      awaitingJudgement: evaluation.awaitingJudgement,
      constructionDebt: debt,
      ...(securityAndOrder ? { securityAndOrder } : {}),
    }),
  );
}

export function postResults(command: PostResults, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['self-assessed']);
  if (isDecision(s)) return s;
  const { postedFrom, postedUntil, places } = command.data;
  if (!isInstant(postedFrom) || !isInstant(postedUntil)) {
    return invalidField('postedUntil', 'Thời gian công khai không hợp lệ.', 'The posting period is not valid.');
  }
  if (places.length === 0 || places.some(isBlank)) {
    return invalidField('places', 'Cần ít nhất một nơi niêm yết.', 'At least one posting place is required.');
  }
  const days = s.dossier.rules.regime.publicPostingDays;
  if (Date.parse(postedUntil) - Date.parse(postedFrom) < days * DAY_MS) {
    return forbidden(
      'posting.period-too-short',
      `Thời gian công khai phải ít nhất ${days} ngày.`,
      `Results must be posted for at least ${days} days.`,
      {
        days,
      },
    );
  }
  // Nothing proceeds with an unmet criterion (self-assessment step of the procedure).
  const unmet = Object.entries(s.round.selfAssessment?.criteria ?? {})
    .filter(([, verdict]) => verdict === 'not-met' || verdict === 'missing')
    .map(([id]) => id);
  if (unmet.length > 0) {
    return forbidden('self-assessment.criteria-unmet', 'Còn tiêu chí chưa đạt.', 'Some criteria are not met.', {
      unmet,
    });
  }
  const condition = unmetCondition(s.round.selfAssessment);
  if (condition) return fail(condition);
  return accept(emit(command.metadata, 'ResultsPosted', { round: s.round.number, postedFrom, postedUntil, places }));
}

export function recordComment(command: RecordComment, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['posted']);
  if (isDecision(s)) return s;
  const { commentId, author, content, receivedOn } = command.data;
  if (isBlank(commentId) || isBlank(content) || !isInstant(receivedOn)) {
    return invalidField(
      'content',
      'Ý kiến thiếu nội dung hoặc ngày nhận.',
      'A comment needs an id, content and a date.',
    );
  }
  if (s.round.comments.some((c) => c.commentId === commentId)) {
    return conflict('comment.duplicate', 'Ý kiến đã được ghi nhận.', 'The comment is already recorded.', { commentId });
  }
  return accept(
    emit(command.metadata, 'CommentRecorded', { round: s.round.number, commentId, author, content, receivedOn }),
  );
}

export function answerComment(command: AnswerComment, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['posted', 'posting-closed', 'surveyed']);
  if (isDecision(s)) return s;
  const { commentId, answer } = command.data;
  const comment = s.round.comments.find((c) => c.commentId === commentId);
  if (!comment) return notFound('comment.not-found', 'Không tìm thấy ý kiến.', 'Comment not found.', { commentId });
  if (comment.answer !== undefined) {
    return conflict('comment.already-answered', 'Ý kiến đã được trả lời.', 'The comment is already answered.', {
      commentId,
    });
  }
  if (isBlank(answer)) return invalidField('answer', 'Thiếu nội dung trả lời.', 'The answer is empty.');
  return accept(emit(command.metadata, 'CommentAnswered', { round: s.round.number, commentId, answer }));
}

export function closeCommentPeriod(command: CloseCommentPeriod, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['posted']);
  if (isDecision(s)) return s;
  const until = s.round.posting?.postedUntil ?? command.metadata.now;
  if (Date.parse(command.metadata.now) < Date.parse(until)) {
    return forbidden('posting.period-not-ended', 'Chưa hết thời gian công khai.', 'The posting period has not ended.', {
      postedUntil: until,
    });
  }
  const comments = s.round.comments.length;
  const unanswered = s.round.comments.filter((c) => c.answer === undefined).length;
  return accept(emit(command.metadata, 'CommentPeriodClosed', { round: s.round.number, comments, unanswered }));
}

export function recordSurveyResult(command: RecordSurveyResult, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['posting-closed', 'surveyed']);
  if (isDecision(s)) return s;
  const { respondents, satisfied, certifiedBy, report, campaignId, households } = command.data;
  // Refused, not ignored: a campaign's result is one fact, and a second recording of it (a signal
  // retried after a continue-as-new) must not count as a new attempt; the caller logs the refusal.
  if (campaignId !== undefined && s.dossier.surveyedCampaigns?.includes(campaignId)) {
    return conflict(
      'survey.campaign-already-recorded',
      'Kết quả của đợt khảo sát này đã được ghi nhận vào hồ sơ.',
      "This survey campaign's result is already recorded on the dossier.",
      { campaignId },
    );
  }
  if (
    !Number.isInteger(respondents) ||
    respondents <= 0 ||
    !Number.isInteger(satisfied) ||
    satisfied < 0 ||
    satisfied > respondents
  ) {
    return invalidField('satisfied', 'Số phiếu khảo sát không hợp lệ.', 'Survey counts are not valid.');
  }
  if (isBlank(certifiedBy))
    return invalidField('certifiedBy', 'Thiếu xác nhận của MTTQ.', 'MTTQ certification is required.');
  const evidenceError = checkEvidence(report, 'report') ?? checkCoverage(s, respondents, households);
  if (evidenceError) return evidenceError;
  if (s.round.survey?.passed) {
    return conflict('survey.already-passed', 'Kết quả khảo sát đã đạt.', 'The survey has already passed.');
  }
  const threshold = surveyThreshold(s);
  // A quotient of integers is correctly rounded, so a rate exactly at the threshold compares equal.
  const rate = satisfied / respondents;
  return accept(
    emit(command.metadata, 'SurveyResultCertified', {
      round: s.round.number,
      attempt: (s.round.survey?.attempt ?? 0) + 1,
      respondents,
      satisfied,
      rate,
      threshold,
      passed: rate >= threshold,
      certifiedBy,
      report,
      ...(campaignId !== undefined ? { campaignId } : {}),
      ...(households !== undefined ? { households } : {}),
    }),
  );
}

/** A result entered with its households must cover the regime's share of them (a campaign's was checked by its own core). */
function checkCoverage(s: FiledDossier, respondents: number, households: number | undefined): Decision | undefined {
  if (households === undefined) return undefined;
  if (!Number.isInteger(households) || households < respondents)
    return invalidField(
      'households',
      'Số hộ của các thôn khảo sát phải là số nguyên, không ít hơn số phiếu.',
      'The households of the villages surveyed must be a whole number, no fewer than the respondents.',
    );
  const shortfall = coverageShortfall(surveyCoverage(respondents, households, surveyCoverageRequired(s)));
  return shortfall ? fail(shortfall) : undefined;
}
