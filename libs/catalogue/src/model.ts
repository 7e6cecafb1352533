/**
 * The catalogue <-> domain contract: criteria sets, thresholds, regimes and the rules a dossier pins.
 * Plain readonly types so that `libs/domain` can import them without pulling in zod or data files.
 */

/** NTM, NTM nâng cao, NTM kiểu mẫu, NTM hiện đại (QĐ 51/2025/QĐ-TTg: pilot level 2026–2030). */
export type Level = 'ntm' | 'advanced' | 'model' | 'modern';

export type UnitKind = 'commune' | 'village' | 'district';

/** The 7 regions of QĐ 318/QĐ-TTg 2022, over which the 2021–2025 thresholds vary. */
export type Region =
  | 'northern-midlands-mountains'
  | 'red-river-delta'
  | 'north-central'
  | 'south-central-coast'
  | 'central-highlands'
  | 'southeast'
  | 'mekong-delta';

/** The 3 commune groups of QĐ 51/2025/QĐ-TTg, over which the 2026–2030 thresholds vary. */
export type CommuneGroup = 1 | 2 | 3;

/** Which thresholds apply to one unit: 2021–2025 sets vary by region, 2026–2030 by commune group. */
export type Variant = { readonly region: Region } | { readonly group: CommuneGroup };

export type Comparison = 'gte' | 'gt' | 'lte' | 'lt' | 'eq';

/** The figures of a threshold: `value` is the default, the region's or group's figure where one is given. */
export interface ThresholdFigures {
  readonly value: number;
  readonly byRegion?: Partial<Record<Region, number>>;
  readonly byGroup?: Partial<Record<'1' | '2' | '3', number>>;
}

/** A threshold with optional per-region / per-group values; `value` is the default. */
export interface Threshold extends ThresholdFigures {
  readonly comparison: Comparison;
  /**
   * Figures that rise with the year of recognition (the income of QĐ 318/QĐ-TTg 2022, 2022→2025):
   * year -> the figures for recognitions in that year and later, until the next year listed; the
   * threshold's own figures apply before the first. A dossier pins those of its year.
   */
  readonly byYear?: Readonly<Record<string, ThresholdFigures>>;
  /** true: the exact national figure is not confirmed; a province-configurable default (see README). */
  readonly provincialDefault?: boolean;
}

export type Measure =
  /** đạt / không đạt, entered as yes/no */
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number'; readonly unit: string; readonly threshold: Threshold }
  /** `levels` are ordered low -> high; the indicator is met at `minimum` or above. */
  | { readonly kind: 'level'; readonly levels: readonly string[]; readonly minimum: string }
  /** the appraiser decides; no automatic verdict */
  | { readonly kind: 'judgement' };

export interface Indicator {
  /** e.g. '17.1' */
  readonly id: string;
  /** Vietnamese */
  readonly name: string;
  readonly measure: Measure;
  /** overrides the criterion's department when one indicator has its own appraiser */
  readonly department?: string;
}

export interface Criterion {
  /** e.g. '17' */
  readonly id: string;
  /** Vietnamese */
  readonly name: string;
  readonly nameEn: string;
  /** QĐ 18/2022/QĐ-TTg, Điều 23: critical criteria for revocation */
  readonly critical: boolean;
  readonly indicators: readonly Indicator[];
}

export interface CriteriaSet {
  /** e.g. 'xa-ntm-2021-2025', 'xa-ntm-2026-2030' */
  readonly id: string;
  readonly title: string;
  readonly level: Level;
  readonly unitKind: UnitKind;
  /** e.g. 'QĐ 318/QĐ-TTg ngày 08/3/2022' */
  readonly source: string;
  /** ISO date */
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly variantBy: 'region' | 'group';
  /** ids of sets the unit must already be recognised under (e.g. NTM before NTM nâng cao) */
  readonly prerequisites?: readonly string[];
  /**
   * Conditions on the unit as a whole, measured like indicators but outside the criteria count
   * (QĐ 18/2022/QĐ-TTg, Điều 4: no outstanding construction debt; QĐ 320/QĐ-TTg 2022: share of communes recognised).
   */
  readonly conditions?: readonly Indicator[];
  readonly criteria: readonly Criterion[];
}

/** QĐ 18/2022/QĐ-TTg, Điều 23 */
export interface RevocationRules {
  /** 0.3 .. 0.5 of criteria unmet: revoke only if at least one unmet criterion is critical */
  readonly partialBand: { readonly fromShare: number; readonly belowShare: number };
  /** 0.5: revoke regardless */
  readonly fullShare: number;
}

/** quorum 2/3 of members, approval 90% of members present (defaults) */
export interface CouncilRules {
  readonly quorumShare: number;
  readonly approvalShare: number;
  /**
   * Working days from a session's opening by which its quorum must be present, else the
   * coordinator is alerted. Absent from rules pinned before it existed (the workflow then uses
   * the regime's appraisal period).
   */
  readonly quorumWorkingDays?: number;
}

export type Tier = 'commune' | 'district' | 'province';

export interface RegimeStep {
  readonly tier: Tier;
  readonly step: 'verification' | 'appraisal';
  readonly council: boolean;
  /**
   * Who reviews at a lower tier: province department code -> the district division (phòng ban
   * cấp huyện) that verifies the criteria that department appraises. Absent: the departments
   * themselves (province steps, and rules pinned before divisions were catalogued).
   */
  readonly divisions?: Readonly<Record<string, string>>;
}

/**
 * Where a document of the submission dossier comes from when the procedure itself produces it, so
 * the commune is not asked to upload it again: the MTTQ's certified survey report, the closed public
 * posting with every comment answered (the summary of residents' comments), the construction-debt
 * report cited by the self-assessment.
 */
export type ProducedDocument = 'survey-report' | 'posting-summary' | 'construction-debt-report';

/** One document of a commune's submission dossier (hồ sơ đề nghị xét, công nhận). */
export interface SubmissionDocument {
  /** Stable id within the regime, e.g. 'to-trinh'. */
  readonly id: string;
  /** Vietnamese, as the decision names it. */
  readonly name: string;
  /** The article that asks for it, e.g. 'QĐ 18/2022/QĐ-TTg, Điều 7 khoản 1 điểm a'. */
  readonly legalBasis: string;
  /** The levels whose dossier holds it, and whether it must be there before submission. */
  readonly levels: Readonly<Partial<Record<Level, 'required' | 'optional'>>>;
  readonly producedBy?: ProducedDocument;
}

export interface Regime {
  /** 'three-tier-2022', 'two-tier-2025' */
  readonly id: string;
  readonly title: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly steps: readonly RegimeStep[];
  /** residents' satisfaction: 0.9 ntm, 0.95 advanced/model (default) */
  readonly satisfactionThreshold: Readonly<Record<Level, number>>;
  /**
   * The share of the households of the villages surveyed that must answer for a survey to count:
   * 0.7 (default). Absent from rules pinned before it existed (the domain's default then applies).
   */
  readonly surveyCoverage?: number;
  readonly council: CouncilRules;
  /** 15 (default) */
  readonly publicPostingDays: number;
  /** 10 (default) */
  readonly appraisalWorkingDays: number;
  /** e.g. 2 */
  readonly reminderWorkingDaysBefore: number;
  /** revocation: the commune's explanation deadline */
  readonly explanationWorkingDays: number;
  readonly revocation: RevocationRules;
  /** who signs, Vietnamese */
  readonly decidingAuthority: Readonly<Record<UnitKind, string>>;
  /**
   * What a commune's dossier holds when the commune first submits it (QĐ 18/2022/QĐ-TTg, Điều 7
   * khoản 1); a level the document does not name leaves it out. Villages and districts file other
   * dossiers, not catalogued yet. Absent from rules pinned before it existed: nothing is checked.
   */
  readonly submissionDocuments?: readonly SubmissionDocument[];
}

/** What a dossier pins when it is filed: copied into the DossierRegistered event so later catalogue changes never alter it. */
export interface PinnedRules {
  /** e.g. '2022.1', '2026.1' */
  readonly catalogueVersion: string;
  readonly criteriaSet: CriteriaSet;
  readonly regime: Regime;
  readonly variant: Variant;
  /** criterion id or indicator id -> department code, province overrides already applied */
  readonly assignments: Readonly<Record<string, string>>;
}
