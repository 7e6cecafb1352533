import type { CommandMetadata, EvidenceRef, Level, SurveyCoverage, UnitKind } from '@ntm/domain';

/** How the MTTQ reaches residents (phỏng vấn trực tiếp, phiếu giấy, trực tuyến). */
export const SURVEY_METHODS = ['direct', 'paper', 'online'] as const;
export type SurveyMethod = (typeof SURVEY_METHODS)[number];

/** How one household's answers reached the record: entered by an officer, or imported from a tally file. */
export const RESPONSE_CHANNELS = ['direct', 'paper', 'online', 'import'] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

export const OFFICER_LEVELS = ['commune', 'district', 'province'] as const;
export type OfficerLevel = (typeof OFFICER_LEVELS)[number];

/** A village (thôn) in the campaign's scope; its households are numbered `<village>-<n>`, n ≤ households. */
export interface SurveyVillage {
  readonly code: string;
  readonly name: string;
  readonly households: number;
}

export interface SurveyQuestion {
  readonly id: string;
  readonly text: string;
}

/** A coded reason for dissatisfaction: residents' free text is never recorded (it may name people). */
export interface DissatisfactionReason {
  readonly code: string;
  readonly label: string;
}

export interface Questionnaire {
  readonly version: string;
  readonly questions: readonly SurveyQuestion[];
  /** The general question ("hài lòng với kết quả xây dựng NTM") whose answers give the rate. */
  readonly overallQuestionId: string;
  readonly reasons: readonly DissatisfactionReason[];
}

/** Every household, or a sample whose size rule is stated (e.g. "tối thiểu 30% số hộ mỗi thôn"). */
export type SamplePlan =
  { readonly kind: 'all-households' } | { readonly kind: 'sample'; readonly size: number; readonly rule: string };

/** An MTTQ officer responsible for the campaign at a level (user id, never a name). */
export interface ResponsibleOfficer {
  readonly level: OfficerLevel;
  readonly userId: string;
}

export interface Answer {
  readonly questionId: string;
  readonly satisfied: boolean;
  /** Only for a dissatisfied answer: a code of the questionnaire's reasons. */
  readonly reason?: string;
}

/** One household's answers: household code and village only, no personal data. */
export interface SurveyResponse {
  readonly householdCode: string;
  readonly village: string;
  readonly answers: readonly Answer[];
  readonly channel: ResponseChannel;
}

export interface CampaignPlan {
  readonly dossierId: string;
  /** Administrative unit of the dossier (the survey's jurisdiction). */
  readonly unit: string;
  /** The kind of that unit: its MTTQ's level closes and certifies the campaign (officers.ts). */
  readonly unitKind: UnitKind;
  readonly level: Level;
  readonly round: number;
  /** From the dossier's pinned regime: the rate to reach for the level applied for. */
  readonly threshold: number;
  /**
   * From the dossier's pinned regime: the share of the villages' households that must answer
   * before the result is certified. Absent from campaigns opened before the rule (the default then).
   */
  readonly coverage?: number;
  readonly villages: readonly SurveyVillage[];
  readonly method: SurveyMethod;
  readonly questionnaire: Questionnaire;
  readonly samplePlan: SamplePlan;
  readonly opensOn: string;
  readonly durationWorkingDays: number;
  readonly officers: readonly ResponsibleOfficer[];
}

/** Commands and events alike: `{ type, data, metadata }`, events carrying their command's metadata. */
interface Message<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
}
type Command<Type extends string, Data> = Message<Type, Data>;
type Event<Type extends string, Data> = Message<Type, Data>;

export type OpenSurveyCampaign = Command<'OpenSurveyCampaign', CampaignPlan & { readonly campaignId: string }>;
export type RecordSurveyResponse = Command<'RecordSurveyResponse', SurveyResponse>;
export type CorrectSurveyResponse = Command<'CorrectSurveyResponse', SurveyResponse & { readonly reason: string }>;
/** A file of paper tallies, named by its sha256 so a second import of the same bytes does nothing. */
export type ImportSurveyResponses = Command<
  'ImportSurveyResponses',
  {
    readonly fileSha256: string;
    readonly fileName: string;
    readonly responses: readonly SurveyResponse[];
    /** Rows refused by validation and knowingly left out by the officer. */
    readonly skippedRows: number;
  }
>;
export type CloseSurveyCampaign = Command<'CloseSurveyCampaign', Record<string, never>>;
export type CertifySurveyResult = Command<'CertifySurveyResult', { readonly report: readonly EvidenceRef[] }>;

export type SurveyCommand =
  | OpenSurveyCampaign
  | RecordSurveyResponse
  | CorrectSurveyResponse
  | ImportSurveyResponses
  | CloseSurveyCampaign
  | CertifySurveyResult;

export type SurveyCampaignOpened = Event<
  'SurveyCampaignOpened',
  CampaignPlan & { readonly campaignId: string; readonly closesOn: string }
>;
export type SurveyResponseRecorded = Event<'SurveyResponseRecorded', SurveyResponse>;
export type SurveyResponseCorrected = Event<'SurveyResponseCorrected', SurveyResponse & { readonly reason: string }>;
/** One chunk of an import: an import is a few of these, appended together (all or nothing). */
export type SurveyResponsesImported = Event<
  'SurveyResponsesImported',
  {
    readonly fileSha256: string;
    readonly fileName: string;
    readonly chunk: number;
    readonly chunks: number;
    readonly skippedRows: number;
    readonly responses: readonly SurveyResponse[];
  }
>;
export type SurveyCampaignClosed = Event<'SurveyCampaignClosed', { readonly respondents: number }>;
export type SurveyCampaignCertified = Event<
  'SurveyCampaignCertified',
  {
    readonly dossierId: string;
    readonly respondents: number;
    readonly satisfied: number;
    readonly rate: number;
    readonly threshold: number;
    readonly passed: boolean;
    readonly certifiedBy: string;
    readonly report: readonly EvidenceRef[];
    /** How many of the villages' households answered; absent from results certified before the rule. */
    readonly coverage?: SurveyCoverage;
  }
>;

export type SurveyEvent =
  | SurveyCampaignOpened
  | SurveyResponseRecorded
  | SurveyResponseCorrected
  | SurveyResponsesImported
  | SurveyCampaignClosed
  | SurveyCampaignCertified;

export type SurveyEventType = SurveyEvent['type'];
