import { createCalendar, vietnamDateOf } from '@ntm/calendar';
import type { AssignCriteria, DossierEvent, DossierState, ExtendDeadline, RecordSurveyResult } from '@ntm/domain';

import type { SurveyCertification } from '../survey/messages';

/**
 * What the procedure does by itself after a command's events: commands the system issues in its
 * own name. Pure, so the workflow only carries them out.
 */
const SYSTEM_ACTOR = { actor: 'he-thong', role: 'system' } as const;

/** QĐ 18/2022/QĐ-TTg: the appraising body sends each criterion to its department on receipt. */
export function dispatchOnSubmission(event: DossierEvent, state: DossierState): AssignCriteria | undefined {
  if (event.type !== 'DossierSubmitted' || state.status === 'unregistered') return undefined;
  const regime = state.dossier.rules.regime;
  const due = createCalendar().deadline(event.metadata.now, regime.appraisalWorkingDays);
  return {
    type: 'AssignCriteria',
    data: { tier: event.data.tier, dueDate: due.date },
    metadata: systemMetadata(event, state, 'assign'),
  };
}

/**
 * The time the commune takes to supplement its dossier does not count against the department's
 * deadline (thời gian bổ sung hồ sơ không tính vào thời hạn thẩm định): when the supplement
 * arrives, the deadline moves by the working days it took.
 */
export function extendForSupplement(
  event: DossierEvent,
  state: DossierState,
  requestedAt: string | undefined,
): ExtendDeadline | undefined {
  if (event.type !== 'SupplementProvided' || !requestedAt || state.status === 'unregistered') return undefined;
  const review = state.round.steps[event.data.stepIndex]?.reviews?.[event.data.criterionId];
  if (!review) return undefined;
  const calendar = createCalendar();
  const paused = calendar.workingDaysBetween(vietnamDateOf(requestedAt), vietnamDateOf(event.metadata.now));
  if (paused <= 0) return undefined;
  return {
    type: 'ExtendDeadline',
    data: {
      criterionId: event.data.criterionId,
      dueDate: calendar.addWorkingDays(review.dueDate, paused),
      reason: `Thời gian bổ sung hồ sơ (${paused} ngày làm việc) không tính vào thời hạn thẩm định.`,
    },
    metadata: systemMetadata(event, state, `extend-${event.data.criterionId}`),
  };
}

function systemMetadata(cause: DossierEvent, state: Exclude<DossierState, { status: 'unregistered' }>, suffix: string) {
  return {
    ...SYSTEM_ACTOR,
    unit: state.dossier.province,
    commandId: `${cause.metadata.commandId}/${suffix}`,
    now: cause.metadata.now,
  };
}

/**
 * The MTTQ certified a campaign's result (libs/survey): the dossier records it as its survey
 * result; the rate and the threshold are computed again by the dossier's own rules.
 */
export function recordCertifiedSurvey(certification: SurveyCertification, state: DossierState): RecordSurveyResult {
  return {
    type: 'RecordSurveyResult',
    data: {
      respondents: certification.respondents,
      satisfied: certification.satisfied,
      certifiedBy: certification.certifiedBy,
      report: certification.report,
      campaignId: certification.campaignId,
    },
    metadata: {
      ...SYSTEM_ACTOR,
      unit: state.status === 'unregistered' ? '' : state.dossier.province,
      commandId: `${certification.commandId}/record-survey`,
      now: certification.certifiedAt,
    },
  };
}
