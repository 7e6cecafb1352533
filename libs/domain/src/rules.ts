/**
 * The catalogue types the dossier core depends on. Types only: the domain imports no
 * catalogue values (thresholds are resolved in ./evaluation).
 */
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
