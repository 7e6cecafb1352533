import type { CriteriaAssigned, DossierEvent } from '../events';
import {
  type Audience,
  audienceLabel,
  type Notification,
  type NotificationKind,
  type NotificationParams,
} from './notification';

/** What a dossier's notifications name besides the event: its unit, province and criteria. */
export interface DossierContext {
  readonly dossierId: string;
  readonly unitCode: string;
  /** The province in force (a province merged in 2025: its successor, whose people do the work). */
  readonly province: string;
  /** The district of the unit, for the three-tier regime's verification; absent after 1/7/2025. */
  readonly district?: string;
  readonly level: string;
  readonly year: number;
  readonly criterionNames: Readonly<Record<string, string>>;
  /** The department that asked for the criterion's latest supplement. */
  readonly supplementDepartments: Readonly<Record<string, string>>;
}

/** The event as stored: the workflows' notices (reminders, overdue) are not dossier events but are told too. */
export interface NotifiableEvent {
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
}

/** The notice events of the dossier's and survey's clocks (apps/worker records them; workflows/ names their data). */
interface AppraisalNoticeData {
  readonly criterionId: string;
  readonly department: string;
  readonly dueDate: string;
}
interface SurveyNoticeData {
  readonly closesOn: string;
}
interface QuorumNoticeData {
  readonly tier: string;
  readonly session: number;
  readonly dueDate: string;
}

/** The event types that tell someone something: a subscriber reads only these. */
export const NOTIFYING_EVENT_TYPES = [
  'CriteriaAssigned',
  'AppraisalReminderSent',
  'AppraisalOverdue',
  'SupplementRequested',
  'SupplementProvided',
  'SurveyClosingReminderSent',
  'SurveyClosingDatePassed',
  'CouncilOpened',
  'CouncilQuorumOverdue',
  'DossierRefused',
  'DossierRecognised',
  'RecognitionAnnounced',
  'RevocationProposed',
  'RevocationExplanationOverdue',
  'RecognitionRevoked',
] as const;

/**
 * The notifications an event gives, each with a key unique to (event, kind, audience, criterion):
 * the same event always gives the same notifications, so a replay or a rebuild tells nobody twice.
 */
export function notificationsOf(event: NotifiableEvent, dossier: DossierContext): Notification[] {
  const tell = (
    kind: NotificationKind,
    audience: Audience,
    params: Partial<NotificationParams> = {},
  ): Notification => ({
    key: [event.eventId, kind, audienceLabel(audience), params.criterionId ?? ''].join('/'),
    kind,
    audience,
    params: { dossierId: dossier.dossierId, unitCode: dossier.unitCode, ...params },
  });
  const commune: Audience = { role: 'commune-officer', unit: dossier.unitCode };
  const criterion = (criterionId: string) => ({ criterionId, criterionName: dossier.criterionNames[criterionId] });
  const appraisers = (department: string): Audience => ({
    role: 'department-appraiser',
    unit: dossier.province,
    department,
  });
  const dossierEvent = event as unknown as DossierEvent;
  switch (dossierEvent.type) {
    case 'CriteriaAssigned':
      return dispatched(dossierEvent, dossier).map(({ audience, criterionId, dueDate }) =>
        tell('criterion-dispatched', audience, { ...criterion(criterionId), dueDate }),
      );
    case 'SupplementRequested': {
      const { criterionId, reason } = dossierEvent.data;
      return [tell('supplement-requested', commune, { ...criterion(criterionId), reason })];
    }
    case 'SupplementProvided': {
      const department = dossier.supplementDepartments[dossierEvent.data.criterionId];
      const params = criterion(dossierEvent.data.criterionId);
      return department ? [tell('supplement-provided', appraisers(department), params)] : [];
    }
    case 'CouncilOpened':
      return dossierEvent.data.members.map((userId) =>
        tell('council-invitation', { userId }, { session: dossierEvent.data.session }),
      );
    case 'DossierRefused':
      return [tell('dossier-returned', commune, { reasons: dossierEvent.data.reasons.map(reasonText(dossier)) })];
    case 'DossierRecognised': {
      const { decisionNumber, level, year } = dossierEvent.data;
      return [tell('dossier-recognised', commune, { decisionNumber, level, year })];
    }
    case 'RecognitionAnnounced':
      return [tell('recognition-announced', commune, { decisionNumber: dossierEvent.data.decisionNumber })];
    default:
      return (
        revocationNoticesOf(dossierEvent, dossier, tell, commune) ??
        noticesOf(event, dossier, tell, criterion, appraisers)
      );
  }
}

/**
 * A revocation (QĐ 18/2022/QĐ-TTg, Điều 24): the commune is told of the proposal and the date by
 * which it must explain; the end of that period without an explanation and the decision go to the
 * commune and to the province's coordination office, which follows the procedure to the decision.
 * `undefined`: not a revocation event.
 */
function revocationNoticesOf(
  event: DossierEvent,
  dossier: DossierContext,
  tell: Tell,
  commune: Audience,
): Notification[] | undefined {
  const coordinator: Audience = { role: 'province-coordinator', unit: dossier.province };
  switch (event.type) {
    case 'RevocationProposed':
      return [tell('revocation-proposed', commune, { dueDate: event.data.explanationDueDate })];
    case 'RevocationExplanationOverdue':
      return [commune, coordinator].map((audience) =>
        tell('revocation-explanation-overdue', audience, { dueDate: event.data.dueDate }),
      );
    case 'RecognitionRevoked': {
      const { decisionNumber, decisionDate, unmetCriterionIds } = event.data;
      const unmetCriteria = unmetCriterionIds.map((id) => dossier.criterionNames[id] ?? id);
      const params = { decisionNumber, decisionDate, level: dossier.level, unmetCriteria };
      return [commune, coordinator].map((audience) => tell('recognition-revoked', audience, params));
    }
    default:
      return undefined;
  }
}

type Tell = (kind: NotificationKind, audience: Audience, params?: Partial<NotificationParams>) => Notification;

function noticesOf(
  event: NotifiableEvent,
  dossier: DossierContext,
  tell: Tell,
  criterion: (criterionId: string) => Partial<NotificationParams>,
  appraisers: (department: string) => Audience,
): Notification[] {
  const coordinator: Audience = { role: 'province-coordinator', unit: dossier.province };
  switch (event.type) {
    case 'AppraisalReminderSent': {
      const { criterionId, department, dueDate } = event.data as AppraisalNoticeData;
      return [tell('appraisal-reminder', appraisers(department), { ...criterion(criterionId), dueDate })];
    }
    case 'AppraisalOverdue': {
      // The escalation goes to the coordination office, which follows the deadlines (DOMAIN.md, Actors).
      const { criterionId, dueDate } = event.data as AppraisalNoticeData;
      return [tell('appraisal-overdue', coordinator, { ...criterion(criterionId), dueDate })];
    }
    case 'SurveyClosingReminderSent':
    case 'SurveyClosingDatePassed': {
      const kind = event.type === 'SurveyClosingReminderSent' ? 'survey-reminder' : 'survey-closing-date-passed';
      const { closesOn } = event.data as SurveyNoticeData;
      return [tell(kind, { role: 'survey-officer', unit: dossier.unitCode }, { dueDate: closesOn })];
    }
    case 'CouncilQuorumOverdue': {
      const { tier, session, dueDate } = event.data as QuorumNoticeData;
      const audiences: Audience[] =
        tier === 'district'
          ? dossier.district
            ? [{ role: 'district-coordinator', unit: dossier.district }]
            : []
          : [{ role: 'council-secretary', unit: dossier.province }, coordinator];
      return audiences.map((audience) => tell('council-quorum-overdue', audience, { session, dueDate }));
    }
    default:
      return [];
  }
}

/** Each criterion to its department at the province, or to the district's divisions under three tiers. */
function dispatched(event: CriteriaAssigned, dossier: DossierContext) {
  return event.data.assignments.flatMap(({ criterionId, department, dueDate }) => {
    const unit = event.data.tier === 'district' ? dossier.district : dossier.province;
    if (!unit) return [];
    const role = event.data.tier === 'district' ? 'district-appraiser' : 'department-appraiser';
    return [{ audience: { role, unit, department } as Audience, criterionId, dueDate }];
  });
}

const reasonText =
  (dossier: DossierContext) =>
  ({ criterionId, reason }: { readonly criterionId?: string; readonly reason: string }) =>
    criterionId ? `${dossier.criterionNames[criterionId] ?? criterionId}: ${reason}` : reason;
