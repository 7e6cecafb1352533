/**
 * The catalogue types the dossier core depends on (types only: the domain imports no catalogue values).
 * TEMPORARY mirror of the libs/catalogue contract until libs/catalogue/src/model.ts lands.
 */
export type Level = 'ntm' | 'advanced' | 'model' | 'modern';
export type UnitKind = 'commune' | 'village' | 'district';
export type Region =
  | 'northern-midlands-mountains'
  | 'red-river-delta'
  | 'north-central'
  | 'south-central-coast'
  | 'central-highlands'
  | 'southeast'
  | 'mekong-delta';
export type CommuneGroup = 1 | 2 | 3;
export type Variant = { readonly region: Region } | { readonly group: CommuneGroup };
export type Comparison = 'gte' | 'gt' | 'lte' | 'lt' | 'eq';
export interface Threshold {
  readonly comparison: Comparison;
  readonly value: number;
  readonly byRegion?: Partial<Record<Region, number>>;
  readonly byGroup?: Partial<Record<'1' | '2' | '3', number>>;
  readonly provincialDefault?: boolean;
}
export type Measure =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number'; readonly unit: string; readonly threshold: Threshold }
  | { readonly kind: 'level'; readonly levels: readonly string[]; readonly minimum: string }
  | { readonly kind: 'judgement' };
export interface Indicator {
  readonly id: string;
  readonly name: string;
  readonly measure: Measure;
  readonly department?: string;
}
export interface Criterion {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly critical: boolean;
  readonly indicators: readonly Indicator[];
}
export interface CriteriaSet {
  readonly id: string;
  readonly title: string;
  readonly level: Level;
  readonly unitKind: UnitKind;
  readonly source: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly variantBy: 'region' | 'group';
  readonly prerequisites?: readonly string[];
  readonly criteria: readonly Criterion[];
}
export interface RevocationRules {
  readonly partialBand: { readonly fromShare: number; readonly belowShare: number };
  readonly fullShare: number;
}
export interface CouncilRules {
  readonly quorumShare: number;
  readonly approvalShare: number;
}
export type Tier = 'commune' | 'district' | 'province';
export interface Regime {
  readonly id: string;
  readonly title: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly steps: readonly {
    readonly tier: Tier;
    readonly step: 'verification' | 'appraisal';
    readonly council: boolean;
  }[];
  readonly satisfactionThreshold: Readonly<Record<Level, number>>;
  readonly council: CouncilRules;
  readonly publicPostingDays: number;
  readonly appraisalWorkingDays: number;
  readonly reminderWorkingDaysBefore: number;
  readonly explanationWorkingDays: number;
  readonly revocation: RevocationRules;
  readonly decidingAuthority: Readonly<Record<UnitKind, string>>;
}
export interface PinnedRules {
  readonly catalogueVersion: string;
  readonly criteriaSet: CriteriaSet;
  readonly regime: Regime;
  readonly variant: Variant;
  readonly assignments: Readonly<Record<string, string>>;
}
