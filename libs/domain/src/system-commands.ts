import { createCalendar, vietnamDateOf, type WorkingCalendar } from '@ntm/calendar';

import type { AssignCriteria, EvidenceRef, ExtendDeadline, RecordSurveyResult } from './commands';
import type { DossierEvent } from './events';
import type { DossierState, FiledDossier } from './state';

/**
 * What the procedure does by itself after a command's events: commands the system issues in its
 * own name, with command ids derived from the cause's (so each is recorded exactly once). The
 * workflow only carries them out.
 */
const SYSTEM_ACTOR = { actor: 'he-thong', role: 'system' } as const;

/**
 * QĐ 18/2022/QĐ-TTg: the appraising body sends each criterion to its department on receipt, due
 * `regime.appraisalWorkingDays` working days after the submission, counted on the province's
 * calendar as the workflow last read it; the due date is recorded in the dispatch.
 */
export function dispatchOnSubmission(
  event: DossierEvent,
  state: DossierState,
  calendar: WorkingCalendar = createCalendar(),
): AssignCriteria | undefined {
  if (event.type !== 'DossierSubmitted' || state.status === 'unregistered') return undefined;
  const due = calendar.deadline(event.metadata.now, state.dossier.rules.regime.appraisalWorkingDays);
  return {
    type: 'AssignCriteria',
    data: { tier: event.data.tier, dueDate: due.date },
    metadata: systemMetadata(event.metadata, state, 'assign'),
  };
}

/**
 * The time the commune takes to supplement its dossier does not count against the department's
 * deadline (thời gian bổ sung hồ sơ không tính vào thời hạn thẩm định): when the supplement
 * arrives, the deadline moves by the working days since the request (`requestedAt`).
 */
export function extendForSupplement(
  event: DossierEvent,
  state: DossierState,
  requestedAt: string | undefined,
  calendar: WorkingCalendar = createCalendar(),
): ExtendDeadline | undefined {
  if (event.type !== 'SupplementProvided' || !requestedAt || state.status === 'unregistered') return undefined;
  const review = state.round.steps[event.data.stepIndex]?.reviews?.[event.data.criterionId];
  if (!review) return undefined;
  const paused = calendar.workingDaysBetween(vietnamDateOf(requestedAt), vietnamDateOf(event.metadata.now));
  if (paused <= 0) return undefined;
  return {
    type: 'ExtendDeadline',
    data: {
      criterionId: event.data.criterionId,
      dueDate: calendar.addWorkingDays(review.dueDate, paused),
      reason: `Thời gian bổ sung hồ sơ (${paused} ngày làm việc) không tính vào thời hạn thẩm định.`,
    },
    metadata: systemMetadata(event.metadata, state, `extend-${event.data.criterionId}`),
  };
}

/** A campaign's result as the MTTQ certified it (libs/survey). */
export interface CertifiedSurvey {
  readonly campaignId: string;
  readonly respondents: number;
  readonly satisfied: number;
  readonly certifiedBy: string;
  readonly report: readonly EvidenceRef[];
  readonly certifiedAt: string;
  /** The certifying command's id: the dossier's own command id derives from it. */
  readonly commandId: string;
}

/** The dossier records a certified survey as its result; the rate and threshold are computed again by its own rules. */
export function recordCertifiedSurvey(certified: CertifiedSurvey, state: DossierState): RecordSurveyResult {
  const { respondents, satisfied, certifiedBy, report, campaignId } = certified;
  return {
    type: 'RecordSurveyResult',
    data: { respondents, satisfied, certifiedBy, report, campaignId },
    metadata: {
      ...SYSTEM_ACTOR,
      unit: state.status === 'unregistered' ? '' : state.dossier.province,
      commandId: `${certified.commandId}/record-survey`,
      now: certified.certifiedAt,
    },
  };
}

function systemMetadata(cause: DossierEvent['metadata'], state: FiledDossier, suffix: string) {
  return { ...SYSTEM_ACTOR, unit: state.dossier.province, commandId: `${cause.commandId}/${suffix}`, now: cause.now };
}
