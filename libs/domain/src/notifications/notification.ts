/**
 * Who is told what (issue #23). A notification is addressed to an audience — the holders of a role
 * at a unit (and department), or one named person — not to a list of accounts resolved when it was
 * derived: whoever holds the role when they open the inbox sees it, so an appraiser who joins the
 * department on Monday sees Friday's dispatch, and a rebuild from the events gives the same inbox.
 */
export const NOTIFICATION_KINDS = [
  'criterion-dispatched',
  'appraisal-reminder',
  'appraisal-overdue',
  'supplement-requested',
  'supplement-provided',
  'survey-reminder',
  'survey-closing-date-passed',
  'council-invitation',
  'council-quorum-overdue',
  'dossier-returned',
  'dossier-recognised',
  'recognition-announced',
  'revocation-proposed',
  'revocation-explanation-overdue',
  'recognition-revoked',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type Audience =
  /** The holders of `role` at exactly `unit` (and `department`, for an appraiser's). */
  | { readonly role: string; readonly unit: string; readonly department?: string; readonly userId?: never }
  /** One person, e.g. a council member named in the session. */
  | { readonly userId: string; readonly role?: never; readonly unit?: never; readonly department?: never };

/** What the templates need besides the kind; each kind reads its own fields. */
export interface NotificationParams {
  readonly dossierId: string;
  readonly unitCode: string;
  readonly criterionId?: string;
  readonly criterionName?: string;
  readonly dueDate?: string;
  readonly reason?: string;
  readonly reasons?: readonly string[];
  readonly decisionNumber?: string;
  /** ISO date the decision was signed. */
  readonly decisionDate?: string;
  /** The names of the criteria a revocation stands on. */
  readonly unmetCriteria?: readonly string[];
  readonly session?: number;
  readonly level?: string;
  readonly year?: number;
}

export interface Notification {
  /** Unique per source event, kind and audience: the notification's id derives from it. */
  readonly key: string;
  readonly kind: NotificationKind;
  readonly audience: Audience;
  readonly params: NotificationParams;
}

export const audienceLabel = (audience: Audience): string =>
  audience.userId !== undefined
    ? `user:${audience.userId}`
    : `${audience.role}@${audience.unit}${audience.department ? `/${audience.department}` : ''}`;
