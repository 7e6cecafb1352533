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
  ProducedDocument,
  Regime,
  RevocationRules,
  SubmissionDocument,
  Threshold,
  Tier,
  UnitKind,
  Variant,
} from '@ntm/catalogue';
