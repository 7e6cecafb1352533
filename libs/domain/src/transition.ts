import { evaluateCriterion, type CriterionVerdict, type MeasuredValues } from './evaluation';
import type { CriteriaMapping, CriteriaSet, Variant } from './rules';

/** A commune under one set: its thresholds' variant and, where a dossier measured them, its values. */
export interface Standing {
  readonly set: CriteriaSet;
  /** The thresholds' variant of the measurement (its dossier's pinned one); needed only with values. */
  readonly variant?: Variant;
  /** Latest measured values of the commune under this set; absent when never measured. */
  readonly values?: MeasuredValues;
}

/** `unknown`: the commune has no measurement under this set yet. */
export type StandingVerdict = CriterionVerdict | 'unknown';

export interface StandingCriterion {
  readonly criterionId: string;
  readonly name: string;
  readonly verdict: StandingVerdict;
}

export interface TransitionRow {
  readonly criterion: StandingCriterion;
  /** No old criterion covers its subject. */
  readonly isNew: boolean;
  readonly predecessors: readonly StandingCriterion[];
}

export interface GenerationComparison {
  readonly old: {
    readonly setId: string;
    readonly metCount: number;
    readonly total: number;
    readonly measured: boolean;
  };
  readonly current: {
    readonly setId: string;
    readonly metCount: number;
    readonly total: number;
    readonly measured: boolean;
  };
  readonly rows: readonly TransitionRow[];
}

function verdicts(standing: Standing): Map<string, StandingCriterion> {
  return new Map(
    standing.set.criteria.map((criterion) => [
      criterion.id,
      {
        criterionId: criterion.id,
        name: criterion.name,
        verdict:
          standing.values && standing.variant
            ? evaluateCriterion(criterion, standing.values, standing.variant).verdict
            : 'unknown',
      },
    ]),
  );
}

const metCount = (list: Iterable<StandingCriterion>) => [...list].filter((c) => c.verdict === 'met').length;

/**
 * A commune's standing under the old set and the new one side by side, criterion by criterion
 * along the mapping, each evaluated from the values measured under its own set (indicators of the
 * two generations differ, so no value is carried across).
 */
export function compareGenerations(mapping: CriteriaMapping, old: Standing, current: Standing): GenerationComparison {
  const before = verdicts(old);
  const after = verdicts(current);
  const rows = [...after.values()].map((criterion) => {
    const predecessors = (mapping.criteria[criterion.criterionId] ?? []).flatMap((id) => before.get(id) ?? []);
    return { criterion, isNew: predecessors.length === 0, predecessors };
  });
  const side = (standing: Standing, list: Map<string, StandingCriterion>) => ({
    setId: standing.set.id,
    metCount: metCount(list.values()),
    total: list.size,
    measured: standing.values !== undefined,
  });
  return { old: side(old, before), current: side(current, after), rows };
}
