import type { AppraisalVerdict, CommuneRevocations, IndicatorValue } from './evaluation';
import type { Level, PinnedRules, Tier, UnitKind } from './rules';

/** Supplied by the caller (API / workflow): the core never invents who, when or which command. */
export interface CommandMetadata {
  readonly actor: string;
  readonly role: string;
  /** The administrative unit (jurisdiction) the actor acts for. */
  readonly unit: string;
  readonly onBehalfOf?: string;
  readonly commandId: string;
  /**
   * `If-Match`: the stream version the sender saw. Checked where commands are applied one at a
   * time, so of several sent on one version exactly one is taken; absent, no check.
   */
  readonly expectedVersion?: number;
  /** ISO 8601 instant: the only clock the core knows. */
  readonly now: string;
}

export interface Command<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
}

/** A content-addressed evidence file (libs/documents). */
export interface EvidenceRef {
  readonly sha256: string;
  readonly name: string;
}

export interface MeasuredIndicator {
  readonly indicatorId: string;
  readonly value: IndicatorValue;
  readonly evidence: readonly EvidenceRef[];
}

export interface UnitRef {
  readonly code: string;
  readonly kind: UnitKind;
}

/** Nợ đọng xây dựng cơ bản trong xây dựng NTM: must be none before the results are posted (conditions.ts). */
export interface ConstructionDebt {
  readonly outstanding: boolean;
  /** VND, when outstanding. */
  readonly amount?: number;
  readonly evidence: readonly EvidenceRef[];
  /**
   * Which debt was declared: the NTM programme's construction, as the core records every
   * declaration. Absent from declarations recorded before the condition was scoped.
   */
  readonly scope?: 'ntm-programme';
}

/** Xã không phức tạp về an ninh, trật tự: the commune's declaration, with the police's confirmation. */
export interface SecurityAndOrder {
  readonly complicated: boolean;
  readonly evidence: readonly EvidenceRef[];
}

export interface DecisionRef {
  readonly decisionNumber: string;
  /** ISO date of signature. */
  readonly decisionDate: string;
  readonly signer: string;
}

export type RegisterDossier = Command<
  'RegisterDossier',
  {
    readonly dossierId: string;
    readonly unit: UnitRef;
    readonly province: string;
    readonly level: Level;
    readonly year: number;
    readonly rules: PinnedRules;
    /** Re-recognition after a revocation (QĐ 18/2022/QĐ-TTg, Điều 24): the revoked dossier of this unit. */
    readonly previousDossierId?: string;
  }
>;
export type RecordSelfAssessment = Command<
  'RecordSelfAssessment',
  {
    readonly indicators: readonly MeasuredIndicator[];
    readonly constructionDebt: ConstructionDebt;
    /** Required when the pinned set declares the condition (conditions.ts). */
    readonly securityAndOrder?: SecurityAndOrder;
  }
>;
/** `postedUntil` is computed by the caller (calendar); the core checks the period is long enough. */
export type PostResults = Command<
  'PostResults',
  { readonly postedFrom: string; readonly postedUntil: string; readonly places: readonly string[] }
>;
export type RecordComment = Command<
  'RecordComment',
  { readonly commentId: string; readonly author: string; readonly content: string; readonly receivedOn: string }
>;
export type AnswerComment = Command<'AnswerComment', { readonly commentId: string; readonly answer: string }>;
export type CloseCommentPeriod = Command<'CloseCommentPeriod', Record<string, never>>;
/** Certified by MTTQ: the rate is computed by the core, the threshold comes from the regime. */
export type RecordSurveyResult = Command<
  'RecordSurveyResult',
  {
    readonly respondents: number;
    readonly satisfied: number;
    readonly certifiedBy: string;
    readonly report: readonly EvidenceRef[];
    /** The certifying MTTQ campaign (libs/survey): its result is recorded once. Absent before campaigns existed. */
    readonly campaignId?: string;
    /**
     * The households of the villages surveyed, for the coverage rule. A campaign's result leaves it
     * out: its own core checked the coverage before certifying (libs/survey).
     */
    readonly households?: number;
  }
>;
export type SubmitForReview = Command<'SubmitForReview', { readonly tier: Tier }>;
/** A file of the submission dossier (hồ sơ đề nghị), for one document of the pinned regime's list. */
export type AttachSubmissionDocument = Command<
  'AttachSubmissionDocument',
  { readonly documentId: string; readonly file: EvidenceRef }
>;
export type DetachSubmissionDocument = Command<
  'DetachSubmissionDocument',
  { readonly documentId: string; readonly sha256: string }
>;
/** Departments are derived from the pinned assignments; `dueDate` is computed by the caller (working days). */
export type AssignCriteria = Command<'AssignCriteria', { readonly tier: Tier; readonly dueDate: string }>;
export type AppraiseCriterion = Command<
  'AppraiseCriterion',
  {
    readonly criterionId: string;
    readonly department: string;
    readonly verdict: AppraisalVerdict;
    readonly findings: string;
    /** The appraiser's verdict on each judgement indicator of the criterion. */
    readonly judgements?: Readonly<Record<string, AppraisalVerdict>>;
  }
>;
export type RequestSupplement = Command<
  'RequestSupplement',
  { readonly criterionId: string; readonly department: string; readonly reason: string }
>;
/** Additional evidence; may correct measured values of the criterion's indicators. */
export type ProvideSupplement = Command<
  'ProvideSupplement',
  {
    readonly criterionId: string;
    readonly note: string;
    readonly documents: readonly EvidenceRef[];
    readonly indicators: readonly MeasuredIndicator[];
  }
>;
export type ExtendDeadline = Command<
  'ExtendDeadline',
  { readonly criterionId: string; readonly dueDate: string; readonly reason: string }
>;
/** Consolidation of a verification (thẩm tra) or appraisal (thẩm định) step. */
export type CompleteReviewStep = Command<'CompleteReviewStep', { readonly tier: Tier }>;
export type OpenCouncil = Command<'OpenCouncil', { readonly tier: Tier; readonly members: readonly string[] }>;
export type CastVote = Command<
  'CastVote',
  { readonly memberId: string; readonly approve: boolean; readonly comment?: string }
>;
export type CloseCouncil = Command<'CloseCouncil', { readonly tier: Tier }>;
export type IssueDecision = Command<'IssueDecision', DecisionRef>;
export interface RefusalReason {
  /** Absent for a reason about the whole dossier (e.g. the council did not approve). */
  readonly criterionId?: string;
  readonly reason: string;
}
export type RefuseDossier = Command<'RefuseDossier', { readonly reasons: readonly RefusalReason[] }>;
export type ResubmitDossier = Command<'ResubmitDossier', { readonly note: string }>;
export type WithdrawDossier = Command<'WithdrawDossier', { readonly reason: string }>;
/**
 * 2025 reorganisation (Nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã): the dossier of a
 * commune merged into another continues under its successor, or the coordinator closes it with a reason.
 * The caller checks that `successor` was formed from the dossier's unit (units data).
 */
export type CarryOverDossier = Command<'CarryOverDossier', { readonly successor: UnitRef; readonly note: string }>;
export type CloseOnMerger = Command<'CloseOnMerger', { readonly successor: UnitRef; readonly reason: string }>;
export type ProposeRevocation = Command<
  'ProposeRevocation',
  {
    readonly unmetCriterionIds: readonly string[];
    readonly grounds: string;
    /**
     * Set by the workflow, never by a caller: the proposal follows the revocation steps of the
     * regime (verification, council, announcement). Absent for proposals made before they existed.
     */
    readonly stepwise?: boolean;
  } & ProposalFacts
>;
/**
 * What the system adds to a proposal, never a caller: the explanation's due date (the workflow,
 * on the province's calendar) and, for a district, its communes' revocations (the API, from the record).
 */
export interface ProposalFacts {
  readonly explanationDueDate?: string;
  readonly communes?: CommuneRevocations;
}
/** Periodic review of a recognised unit: current values of (some of) its indicators, with evidence. */
export type RecordReviewRound = Command<'RecordReviewRound', { readonly indicators: readonly MeasuredIndicator[] }>;
/** The coordinator answers a revocation case raised by a review round: propose revocation, or close it. */
export type ResolveRevocationCase = Command<
  'ResolveRevocationCase',
  | ({ readonly outcome: 'propose'; readonly grounds: string } & ProposalFacts)
  | { readonly outcome: 'close'; readonly reason: string }
>;
export interface RevocationFinding {
  readonly criterionId: string;
  /** Whether the criterion is met today, as verified. */
  readonly met: boolean;
  readonly findings: string;
  readonly evidence: readonly EvidenceRef[];
}
/** Verification of a revocation proposal: a finding, with evidence, for each criterion it names. */
export type VerifyRevocation = Command<'VerifyRevocation', { readonly findings: readonly RevocationFinding[] }>;
/** The recognition decision is announced publicly (công bố), as a revocation is (QĐ 18/2022/QĐ-TTg). */
export type AnnounceRecognition = Command<
  'AnnounceRecognition',
  { readonly announcedOn: string; readonly places: readonly string[] }
>;
/** The revocation decision is announced publicly (QĐ 18/2022/QĐ-TTg, Điều 24). */
export type AnnounceRevocation = Command<
  'AnnounceRevocation',
  { readonly announcedOn: string; readonly places: readonly string[] }
>;
/** QĐ 18/2022/QĐ-TTg, Điều 24: the commune explains itself before the revocation is decided. */
export type ExplainRevocation = Command<
  'ExplainRevocation',
  { readonly explanation: string; readonly evidence: readonly EvidenceRef[] }
>;
/** The outcome of the residents' consultation on a revocation proposal (Nghị định 131/2025/NĐ-CP, Điều 44). */
export interface ResidentsConsultation {
  /** The day the consultation closed (ISO date). */
  readonly heldOn: string;
  /** Residents (or household representatives) who gave an opinion. */
  readonly participants: number;
  /** Of them, those who agree that the recognition be revoked. */
  readonly inFavour: number;
  readonly summary: string;
  /** The minutes and tallies. */
  readonly evidence: readonly EvidenceRef[];
}
/** The commune records the residents' consultation it organised on a revocation proposal. */
export type RecordResidentsConsultation = Command<'RecordResidentsConsultation', ResidentsConsultation>;
/** Issued by the system when the commune's explanation deadline (`dueDate`, last working day) has passed. */
export type RecordExplanationOverdue = Command<'RecordExplanationOverdue', { readonly dueDate: string }>;
export type DecideRevocation = Command<
  'DecideRevocation',
  ({ readonly outcome: 'revoke' } & DecisionRef) | { readonly outcome: 'dismiss'; readonly reason: string }
>;

export type DossierCommand =
  | RegisterDossier
  | RecordSelfAssessment
  | PostResults
  | RecordComment
  | AnswerComment
  | CloseCommentPeriod
  | RecordSurveyResult
  | SubmitForReview
  | AttachSubmissionDocument
  | DetachSubmissionDocument
  | AssignCriteria
  | AppraiseCriterion
  | RequestSupplement
  | ProvideSupplement
  | ExtendDeadline
  | CompleteReviewStep
  | OpenCouncil
  | CastVote
  | CloseCouncil
  | IssueDecision
  | RefuseDossier
  | ResubmitDossier
  | WithdrawDossier
  | CarryOverDossier
  | CloseOnMerger
  | ProposeRevocation
  | ExplainRevocation
  | RecordResidentsConsultation
  | RecordExplanationOverdue
  | DecideRevocation
  | RecordReviewRound
  | ResolveRevocationCase
  | VerifyRevocation
  | AnnounceRevocation
  | AnnounceRecognition;

export type DossierCommandType = DossierCommand['type'];

const commandTypeSet: Readonly<Record<DossierCommandType, true>> = {
  RegisterDossier: true,
  RecordSelfAssessment: true,
  PostResults: true,
  RecordComment: true,
  AnswerComment: true,
  CloseCommentPeriod: true,
  RecordSurveyResult: true,
  SubmitForReview: true,
  AttachSubmissionDocument: true,
  DetachSubmissionDocument: true,
  AssignCriteria: true,
  AppraiseCriterion: true,
  RequestSupplement: true,
  ProvideSupplement: true,
  ExtendDeadline: true,
  CompleteReviewStep: true,
  OpenCouncil: true,
  CastVote: true,
  CloseCouncil: true,
  IssueDecision: true,
  RefuseDossier: true,
  ResubmitDossier: true,
  WithdrawDossier: true,
  CarryOverDossier: true,
  CloseOnMerger: true,
  ProposeRevocation: true,
  ExplainRevocation: true,
  RecordResidentsConsultation: true,
  RecordExplanationOverdue: true,
  DecideRevocation: true,
  RecordReviewRound: true,
  ResolveRevocationCase: true,
  VerifyRevocation: true,
  AnnounceRevocation: true,
  AnnounceRecognition: true,
};

/** Every command type, complete by construction. */
export const dossierCommandTypes = Object.keys(commandTypeSet) as readonly DossierCommandType[];
