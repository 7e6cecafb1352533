import type {
  ConstructionDebt,
  DecisionRef,
  EvidenceRef,
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
  IndicatorValue,
  MeasuredValues,
  RevocationBand,
} from './evaluation';
import type { EvaluatedIndicator, RevocationSteps } from './events';
import type { Level, PinnedRules, Tier } from './rules';

/** Facts about the dossier that outlive a round. */
export interface DossierRecord {
  readonly dossierId: string;
  readonly unit: UnitRef;
  readonly province: string;
  readonly level: Level;
  readonly year: number;
  readonly rules: PinnedRules;
  readonly registeredAt: string;
  /** Decision numbers already used on this dossier (recognition, revocation). */
  readonly decisionNumbers: readonly string[];
  /** Everyone who appraised a criterion of this dossier, in any round: they may not vote in its councils. */
  readonly appraisers: readonly string[];
  /** Everyone who voted in a council on this dossier, in any round: they may not appraise it. */
  readonly voters: readonly string[];
  readonly refusals: readonly { readonly round: number; readonly reasons: readonly RefusalReason[] }[];
  /** Periodic review rounds recorded since recognition (absent: none). */
  readonly reviewRounds?: number;
  /** Re-recognition: the earlier, revoked dossier of the same unit. */
  readonly previousDossierId?: string;
  /** MTTQ campaigns whose certified result is recorded, in any round (absent: none): each counts once. */
  readonly surveyedCampaigns?: readonly string[];
}

export interface SelfAssessment {
  readonly recordedAt: string;
  readonly indicators: Readonly<Record<string, EvaluatedIndicator>>;
  readonly criteria: Readonly<Record<string, CriterionVerdict>>;
  readonly constructionDebt: ConstructionDebt;
  /** Absent when the pinned set did not declare the condition. */
  readonly securityAndOrder?: SecurityAndOrder;
}

export interface CommentRecord {
  readonly commentId: string;
  readonly author: string;
  readonly content: string;
  readonly receivedOn: string;
  readonly answer?: string;
}

export interface SurveyRecord {
  readonly attempt: number;
  readonly respondents: number;
  readonly satisfied: number;
  readonly rate: number;
  readonly threshold: number;
  readonly passed: boolean;
  /** The MTTQ's certified report: it is the submission dossier's survey report. */
  readonly report?: readonly EvidenceRef[];
}

export type CriterionReviewStatus = 'pending' | 'supplement-requested' | 'appraised';

export interface CriterionReview {
  readonly criterionId: string;
  readonly department: string;
  readonly dueDate: string;
  readonly status: CriterionReviewStatus;
  readonly verdict?: AppraisalVerdict;
  readonly findings?: string;
  readonly judgements?: Readonly<Record<string, AppraisalVerdict>>;
  readonly appraisedBy?: string;
  readonly supplementRequests: number;
}

export interface CouncilVote {
  readonly memberId: string;
  readonly approve: boolean;
  readonly comment: string;
}

export interface CouncilOutcome {
  readonly present: number;
  readonly approvals: number;
  readonly quorumMet: boolean;
  readonly approved: boolean;
}

export interface CouncilSession {
  readonly session: number;
  readonly members: readonly string[];
  readonly votes: readonly CouncilVote[];
  readonly outcome?: CouncilOutcome;
}

/** One entry of `regime.steps` reached by this round. */
export interface ReviewStep {
  readonly stepIndex: number;
  readonly tier: Tier;
  readonly step: 'verification' | 'appraisal';
  readonly council: boolean;
  readonly submittedAt: string;
  /** Null until the criteria are dispatched to departments. */
  readonly reviews: Readonly<Record<string, CriterionReview>> | null;
  readonly completion?: { readonly metCount: number; readonly total: number; readonly unmet: readonly string[] };
  readonly councils: readonly CouncilSession[];
}

/** Everything a resubmission starts afresh. */
export interface RoundRecord {
  readonly number: number;
  readonly selfAssessment?: SelfAssessment;
  /** Measured values corrected by supplements during review (indicator id -> latest). */
  readonly corrections: Readonly<Record<string, EvaluatedIndicator>>;
  readonly posting?: { readonly postedFrom: string; readonly postedUntil: string; readonly closed: boolean };
  readonly comments: readonly CommentRecord[];
  readonly survey?: SurveyRecord;
  /** Files of the submission dossier, by document id of the pinned regime (absent: none attached). */
  readonly submissionDocuments?: Readonly<Record<string, readonly EvidenceRef[]>>;
  readonly steps: readonly ReviewStep[];
  /**
   * A round carried over from a refused one (see questionedOnResubmission): the criteria the refusal
   * questioned, the only ones the commune corrects; the rest of the refused round's work stands.
   */
  readonly questioned?: readonly string[];
}

export interface Recognition extends DecisionRef {
  readonly round: number;
  readonly authority: string;
  /** The decision's public announcement (công bố), once made: it stays with the recognition. */
  readonly announcement?: { readonly announcedOn: string; readonly places: readonly string[] };
}

export interface RevocationProposal {
  readonly unmetCriterionIds: readonly string[];
  readonly grounds: string;
  readonly share: number;
  readonly band: RevocationBand;
  readonly criticalUnmet: readonly string[];
  /** The criteria set counted on, when not the dossier's own (see RevocationShare). */
  readonly basis?: string;
  /** A district's communes recognised and revoked (Điều 23). */
  readonly communes?: CommuneRevocations;
  /** The proposal's instant: the commune's explanation deadline counts from it. */
  readonly proposedAt: string;
  /** Last working day of the explanation, when recorded with the proposal. */
  readonly explanationDueDate?: string;
  /** The residents' consultation the commune organises (Nghị định 131/2025/NĐ-CP, Điều 44), when required. */
  readonly consultation?: {
    readonly required: true;
    readonly outcome?: ResidentsConsultation & { readonly at: string };
  };
  readonly explanation?: { readonly text: string; readonly evidence: readonly EvidenceRef[]; readonly at: string };
  /** Last working day of the explanation period, once it passed without an explanation. */
  readonly explanationOverdue?: string;
  readonly reviewRound?: number;
  /** Present when the proposal follows the regime's revocation steps (verification, council, announcement). */
  readonly steps?: RevocationSteps;
  readonly verification?: {
    readonly findings: readonly RevocationFinding[];
    readonly confirmedUnmet: readonly string[];
    readonly share: number;
    readonly band: RevocationBand;
    readonly criticalUnmet: readonly string[];
    readonly sufficient: boolean;
    readonly at: string;
  };
  /** Council sessions on the proposal, when the regime has one. */
  readonly councils?: readonly CouncilSession[];
}

/** Raised by a review round whose values fell below a pinned threshold; the coordinator resolves it. */
export interface RevocationCase {
  readonly reviewRound: number;
  readonly unmetCriterionIds: readonly string[];
  readonly share: number;
  readonly band: RevocationBand;
  readonly criticalUnmet: readonly string[];
  /** The criteria set counted on, when not the dossier's own. */
  readonly basis?: string;
  readonly sufficient: boolean;
  readonly raisedAt: string;
}

const procedureStatuses = ['registered', 'self-assessed', 'posted', 'posting-closed', 'surveyed', 'in-review'] as const;
export type ProcedureStatus = (typeof procedureStatuses)[number];

/** Every status of a registered dossier: the procedure in order, its outcomes, then the ways out of it. */
export const filedStatuses = [
  ...procedureStatuses,
  'recognised',
  'revocation-proposed',
  'revoked',
  'refused',
  'withdrawn',
] as const;
export type FiledStatus = (typeof filedStatuses)[number];

/**
 * A dossier not settled yet: still in its procedure, or refused and able to resubmit. Only such a
 * dossier may be withdrawn, or carried over or closed when its unit is merged.
 */
export const openStatuses = [...procedureStatuses, 'refused'] as const;

/** A state of a registered dossier; its status must be one of `filedStatuses`. */
interface Filed<S extends FiledStatus> {
  readonly status: S;
  readonly dossier: DossierRecord;
  readonly round: RoundRecord;
}

export type UnregisteredDossier = { readonly status: 'unregistered' };
export type InProcedureDossier = Filed<ProcedureStatus>;
export type RefusedDossier = Filed<'refused'> & { readonly refusal: { readonly reasons: readonly RefusalReason[] } };
export type RecognisedDossier = Filed<'recognised'> & {
  readonly recognition: Recognition;
  readonly revocationCase?: RevocationCase;
};
export type RevocationProposedDossier = Filed<'revocation-proposed'> & {
  readonly recognition: Recognition;
  readonly revocation: RevocationProposal;
};
export type RevokedDossier = Filed<'revoked'> & {
  readonly recognition: Recognition;
  readonly revocation: RevocationProposal;
  readonly revokedBy: DecisionRef;
  readonly announcement?: { readonly announcedOn: string; readonly places: readonly string[] };
};
export type WithdrawnDossier = Filed<'withdrawn'> & { readonly reason: string };

export type DossierState =
  | UnregisteredDossier
  | InProcedureDossier
  | RefusedDossier
  | RecognisedDossier
  | RevocationProposedDossier
  | RevokedDossier
  | WithdrawnDossier;

export type FiledDossier = Exclude<DossierState, UnregisteredDossier>;
export type DossierStatus = 'unregistered' | FiledStatus;

/**
 * Whether the dossier's story is over: withdrawn, or revoked (and, for a stepwise revocation,
 * announced). Its workflow ends then.
 */
export function dossierEnded(state: DossierState): boolean {
  if (state.status === 'withdrawn') return true;
  return state.status === 'revoked' && (!state.revocation.steps || state.announcement !== undefined);
}

export const initialState = (): DossierState => ({ status: 'unregistered' });

export const freshRound = (number: number): RoundRecord => ({ number, corrections: {}, comments: [], steps: [] });

/** The measured values in force: the self-assessment, overlaid by corrections from supplements. */
export function measuredValues(round: RoundRecord): MeasuredValues {
  const values: Record<string, IndicatorValue> = {};
  const sources = [round.selfAssessment?.indicators ?? {}, round.corrections];
  for (const source of sources) for (const [id, indicator] of Object.entries(source)) values[id] = indicator.value;
  return values;
}

export const currentStep = (round: RoundRecord): ReviewStep | undefined => round.steps[round.steps.length - 1];

export const currentCouncil = (step: ReviewStep): CouncilSession | undefined => step.councils[step.councils.length - 1];
