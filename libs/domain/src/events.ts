import type {
  CommandMetadata,
  ConstructionDebt,
  DecisionRef,
  EvidenceRef,
  MeasuredIndicator,
  RefusalReason,
  ResidentsConsultation,
  RevocationFinding,
  SecurityAndOrder,
  UnitRef,
} from './commands';
import type {
  AppraisalVerdict,
  CommuneRevocations,
  CriterionVerdict,
  IndicatorVerdict,
  RevocationBand,
} from './evaluation';
import type { Level, PinnedRules, Tier } from './rules';

/** The command's metadata, copied as is, plus the schema version of the event's data shape. */
export interface EventMetadata extends CommandMetadata {
  readonly schemaVersion: number;
}

export interface Event<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

/** Where in the regime's steps a review event happened (`stepIndex` indexes `regime.steps`). */
export interface StepRef {
  readonly round: number;
  readonly stepIndex: number;
  readonly tier: Tier;
}

export interface EvaluatedIndicator extends MeasuredIndicator {
  readonly verdict: IndicatorVerdict;
}

export interface CriterionAssignment {
  readonly criterionId: string;
  readonly department: string;
  /** ISO date. */
  readonly dueDate: string;
}

export type DossierRegistered = Event<
  'DossierRegistered',
  {
    readonly dossierId: string;
    readonly unit: UnitRef;
    readonly province: string;
    readonly level: Level;
    readonly year: number;
    readonly round: number;
    /** Pinned at filing: later catalogue changes never change this dossier's rules. */
    readonly rules: PinnedRules;
    /** Re-recognition: the earlier, revoked dossier of the same unit (checked by the caller). */
    readonly previousDossierId?: string;
  }
>;
/** Stores both what was measured and what it evaluated to, so the history explains itself. */
export type SelfAssessmentRecorded = Event<
  'SelfAssessmentRecorded',
  {
    readonly round: number;
    readonly indicators: readonly EvaluatedIndicator[];
    readonly criteria: readonly { readonly criterionId: string; readonly verdict: CriterionVerdict }[];
    readonly metCount: number;
    readonly total: number;
    readonly unmet: readonly string[];
    readonly awaitingJudgement: readonly string[];
    readonly constructionDebt: ConstructionDebt;
    /** The security and order condition, when the pinned set declares it. */
    readonly securityAndOrder?: SecurityAndOrder;
  }
>;
export type ResultsPosted = Event<
  'ResultsPosted',
  {
    readonly round: number;
    readonly postedFrom: string;
    readonly postedUntil: string;
    readonly places: readonly string[];
  }
>;
export type CommentRecorded = Event<
  'CommentRecorded',
  {
    readonly round: number;
    readonly commentId: string;
    readonly author: string;
    readonly content: string;
    readonly receivedOn: string;
  }
>;
export type CommentAnswered = Event<
  'CommentAnswered',
  { readonly round: number; readonly commentId: string; readonly answer: string }
>;
export type CommentPeriodClosed = Event<
  'CommentPeriodClosed',
  { readonly round: number; readonly comments: number; readonly unanswered: number }
>;
export type SurveyResultCertified = Event<
  'SurveyResultCertified',
  {
    readonly round: number;
    readonly attempt: number;
    readonly respondents: number;
    readonly satisfied: number;
    readonly rate: number;
    readonly threshold: number;
    readonly passed: boolean;
    readonly certifiedBy: string;
    readonly report: readonly EvidenceRef[];
    /** The certifying MTTQ campaign; absent in events recorded before campaigns existed. */
    readonly campaignId?: string;
    /** The households of the villages surveyed, when the result was entered with them (coverage rule). */
    readonly households?: number;
  }
>;
export type DossierSubmitted = Event<
  'DossierSubmitted',
  StepRef & { readonly step: 'verification' | 'appraisal'; readonly council: boolean }
>;
export type CriteriaAssigned = Event<
  'CriteriaAssigned',
  StepRef & { readonly assignments: readonly CriterionAssignment[] }
>;
export type CriterionAppraised = Event<
  'CriterionAppraised',
  StepRef & {
    readonly criterionId: string;
    readonly department: string;
    readonly verdict: AppraisalVerdict;
    readonly findings: string;
    readonly judgements: Readonly<Record<string, AppraisalVerdict>>;
    /** The appraiser (command actor): such a person may not vote in a council on this dossier. */
    readonly appraisedBy: string;
  }
>;
export type SupplementRequested = Event<
  'SupplementRequested',
  StepRef & {
    readonly criterionId: string;
    readonly department: string;
    readonly reason: string;
    readonly request: number;
  }
>;
export type SupplementProvided = Event<
  'SupplementProvided',
  StepRef & {
    readonly criterionId: string;
    readonly note: string;
    readonly documents: readonly EvidenceRef[];
    readonly indicators: readonly EvaluatedIndicator[];
  }
>;
export type DeadlineExtended = Event<
  'DeadlineExtended',
  StepRef & {
    readonly criterionId: string;
    readonly previousDueDate: string;
    readonly dueDate: string;
    readonly reason: string;
  }
>;
export type ReviewStepCompleted = Event<
  'ReviewStepCompleted',
  StepRef & {
    readonly step: 'verification' | 'appraisal';
    readonly metCount: number;
    readonly total: number;
    readonly unmet: readonly string[];
  }
>;
/** A council on a revocation proposal (not on a review step of the round) says so. */
export interface CouncilSubject {
  readonly subject?: 'revocation';
}
export type CouncilOpened = Event<
  'CouncilOpened',
  StepRef & CouncilSubject & { readonly session: number; readonly members: readonly string[] }
>;
export type VoteCast = Event<
  'VoteCast',
  StepRef &
    CouncilSubject & {
      readonly session: number;
      readonly memberId: string;
      readonly approve: boolean;
      readonly comment: string;
    }
>;
export type CouncilConcluded = Event<
  'CouncilConcluded',
  StepRef &
    CouncilSubject & {
      readonly session: number;
      readonly members: number;
      readonly present: number;
      readonly approvals: number;
      readonly quorumShare: number;
      readonly approvalShare: number;
      readonly quorumMet: boolean;
      readonly approved: boolean;
    }
>;
export type DossierRecognised = Event<
  'DossierRecognised',
  DecisionRef & {
    readonly round: number;
    readonly level: Level;
    readonly year: number;
    readonly authority: string;
    readonly metCount: number;
    readonly total: number;
  }
>;
export type DossierRefused = Event<
  'DossierRefused',
  {
    readonly round: number;
    readonly stepIndex: number | null;
    readonly tier: Tier | null;
    readonly reasons: readonly RefusalReason[];
  }
>;
export type DossierResubmitted = Event<
  'DossierResubmitted',
  {
    readonly round: number;
    readonly previousRound: number;
    readonly note: string;
    /** Present when the round carries the refused round's work over: the criteria to correct. */
    readonly questioned?: readonly string[];
  }
>;
export type DossierWithdrawn = Event<
  'DossierWithdrawn',
  { readonly round: number; readonly reason: string; readonly fromStatus: string }
>;
/** The dossier continues under the commune its unit was merged into; its rules and history stay. */
export type DossierCarriedOver = Event<
  'DossierCarriedOver',
  { readonly round: number; readonly previousUnit: UnitRef; readonly unit: UnitRef; readonly note: string }
>;
/** The coordinator closed the dossier of a merged commune instead of carrying it over. */
export type DossierClosedOnMerger = Event<
  'DossierClosedOnMerger',
  { readonly round: number; readonly successor: UnitRef; readonly reason: string; readonly fromStatus: string }
>;
/** How a unit's unmet criteria measure against the revocation bands (Điều 23). */
export interface RevocationShare {
  readonly share: number;
  readonly band: RevocationBand;
  readonly criticalUnmet: readonly string[];
  /**
   * The criteria set the share is counted on, when not the dossier's own (a xã kiểu mẫu is judged
   * against the nâng cao set). Absent from events recorded before it was told.
   */
  readonly basis?: string;
}
/** The steps a stepwise revocation goes through before the decision, from the pinned regime. */
export interface RevocationSteps {
  /** A council of the deciding tier votes before the approver decides. */
  readonly council: boolean;
  readonly tier: Tier;
}
export type RevocationProposed = Event<
  'RevocationProposed',
  RevocationShare & {
    readonly unmetCriterionIds: readonly string[];
    readonly grounds: string;
    /** The review round whose case led to the proposal. */
    readonly reviewRound?: number;
    /** Absent for proposals made before the stepwise procedure: they are decided directly. */
    readonly steps?: RevocationSteps;
    /** A district's proposal: its communes recognised and revoked, a ground of its own (Điều 23). */
    readonly communes?: CommuneRevocations;
    /**
     * Last working day of the commune's explanation (Điều 24), counted on the province's calendar
     * when the proposal was made. Absent from proposals recorded before it was (counted then on replay).
     */
    readonly explanationDueDate?: string;
    /**
     * Nghị định 131/2025/NĐ-CP, Điều 44: a proposal made from 1/7/2025 waits for the residents'
     * consultation the commune organises. Absent from earlier proposals, which keep their process.
     */
    readonly consultation?: 'commune';
  }
>;
/** A periodic review of a recognised unit: what was measured and what it evaluates to under the pinned rules. */
export type ReviewRoundRecorded = Event<
  'ReviewRoundRecorded',
  {
    readonly reviewRound: number;
    readonly indicators: readonly EvaluatedIndicator[];
    readonly criteria: readonly { readonly criterionId: string; readonly verdict: CriterionVerdict }[];
    /** Criteria that fell below their pinned thresholds. */
    readonly belowThreshold: readonly string[];
  }
>;
/** A case for the coordinator, not a revocation: `sufficient` tells whether the Điều 23 grounds are met. */
export type RevocationCaseRaised = Event<
  'RevocationCaseRaised',
  RevocationShare & {
    readonly reviewRound: number;
    readonly unmetCriterionIds: readonly string[];
    readonly sufficient: boolean;
  }
>;
export type RevocationCaseClosed = Event<
  'RevocationCaseClosed',
  { readonly reviewRound: number; readonly reason: string }
>;
/** The verification's findings; the confirmed unmet criteria are the grounds the decision stands on. */
export type RevocationVerified = Event<
  'RevocationVerified',
  RevocationShare & {
    readonly findings: readonly RevocationFinding[];
    readonly confirmedUnmet: readonly string[];
    readonly sufficient: boolean;
  }
>;
export type RecognitionAnnounced = Event<
  'RecognitionAnnounced',
  { readonly decisionNumber: string; readonly announcedOn: string; readonly places: readonly string[] }
>;
export type RevocationAnnounced = Event<
  'RevocationAnnounced',
  { readonly decisionNumber: string; readonly announcedOn: string; readonly places: readonly string[] }
>;
export type RecognitionRevoked = Event<
  'RecognitionRevoked',
  DecisionRef & { readonly unmetCriterionIds: readonly string[]; readonly authority: string }
>;
export type RevocationExplained = Event<
  'RevocationExplained',
  { readonly explanation: string; readonly evidence: readonly EvidenceRef[] }
>;
/** The residents' consultation on a revocation proposal, organised by the commune (Nghị định 131/2025/NĐ-CP, Điều 44). */
export type ResidentsConsulted = Event<'ResidentsConsulted', ResidentsConsultation>;
/** A notice, not a decision: the recognition stands until `RecognitionRevoked`. */
export type RevocationExplanationOverdue = Event<'RevocationExplanationOverdue', { readonly dueDate: string }>;
export type RevocationDismissed = Event<'RevocationDismissed', { readonly reason: string }>;

/** A file added to one document of the submission dossier, for the round under way. */
export type SubmissionDocumentAttached = Event<
  'SubmissionDocumentAttached',
  { readonly round: number; readonly documentId: string; readonly file: EvidenceRef }
>;
export type SubmissionDocumentDetached = Event<
  'SubmissionDocumentDetached',
  { readonly round: number; readonly documentId: string; readonly sha256: string }
>;

export type DossierEvent =
  | DossierRegistered
  | SelfAssessmentRecorded
  | ResultsPosted
  | CommentRecorded
  | CommentAnswered
  | CommentPeriodClosed
  | SurveyResultCertified
  | SubmissionDocumentAttached
  | SubmissionDocumentDetached
  | DossierSubmitted
  | CriteriaAssigned
  | CriterionAppraised
  | SupplementRequested
  | SupplementProvided
  | DeadlineExtended
  | ReviewStepCompleted
  | CouncilOpened
  | VoteCast
  | CouncilConcluded
  | DossierRecognised
  | DossierRefused
  | DossierResubmitted
  | DossierWithdrawn
  | DossierCarriedOver
  | DossierClosedOnMerger
  | RevocationProposed
  | RevocationExplained
  | ResidentsConsulted
  | RevocationExplanationOverdue
  | RecognitionRevoked
  | RevocationDismissed
  | ReviewRoundRecorded
  | RevocationCaseRaised
  | RevocationCaseClosed
  | RevocationVerified
  | RevocationAnnounced
  | RecognitionAnnounced;

export type DossierEventType = DossierEvent['type'];

/**
 * Current schema version of each event's data shape. Bump one when its shape changes, and
 * add an upcaster on read (libs/event-store); stored events are never rewritten.
 */
export const eventSchemaVersions: Readonly<Record<DossierEventType, number>> = {
  DossierRegistered: 1,
  SelfAssessmentRecorded: 1,
  ResultsPosted: 1,
  CommentRecorded: 1,
  CommentAnswered: 1,
  CommentPeriodClosed: 1,
  SurveyResultCertified: 1,
  SubmissionDocumentAttached: 1,
  SubmissionDocumentDetached: 1,
  DossierSubmitted: 1,
  CriteriaAssigned: 1,
  CriterionAppraised: 1,
  SupplementRequested: 1,
  SupplementProvided: 1,
  DeadlineExtended: 1,
  ReviewStepCompleted: 1,
  CouncilOpened: 1,
  VoteCast: 1,
  CouncilConcluded: 1,
  DossierRecognised: 1,
  DossierRefused: 1,
  DossierResubmitted: 1,
  DossierWithdrawn: 1,
  DossierCarriedOver: 1,
  DossierClosedOnMerger: 1,
  RevocationProposed: 1,
  RevocationExplained: 1,
  ResidentsConsulted: 1,
  RevocationExplanationOverdue: 1,
  RecognitionRevoked: 1,
  RevocationDismissed: 1,
  ReviewRoundRecorded: 1,
  RevocationCaseRaised: 1,
  RevocationCaseClosed: 1,
  RevocationVerified: 1,
  RevocationAnnounced: 1,
  RecognitionAnnounced: 1,
};

/** Every event type name, complete by construction. */
export const dossierEventTypes = Object.keys(eventSchemaVersions) as readonly DossierEventType[];

export const isDossierEventType = (type: string): type is DossierEventType =>
  Object.prototype.hasOwnProperty.call(eventSchemaVersions, type);
