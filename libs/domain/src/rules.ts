/** The catalogue types the dossier core depends on, under the names the domain uses. */
export type {
  Comparison,
  CouncilRules,
  CriteriaMapping,
  CriteriaSet,
  Criterion,
  Indicator,
  Level,
  PinnedRules,
  Regime,
  RevocationRules,
  Threshold,
  Tier,
  UnitKind,
  Variant,
} from '@ntm/catalogue';
