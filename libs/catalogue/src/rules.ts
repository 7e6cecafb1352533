import type { AssignmentTable, CatalogueVersion, Department } from './catalogue-version';
import { CatalogueError } from './errors';
import type { CriteriaSet, Level, PinnedRules, Regime, Threshold, UnitKind, Variant } from './model';

/** The threshold value for one unit: its region's or group's figure where the set gives one, else the default. */
export function resolveThreshold(threshold: Threshold, variant: Variant): number {
  const specific = 'region' in variant ? threshold.byRegion?.[variant.region] : threshold.byGroup?.[`${variant.group}`];
  return specific ?? threshold.value;
}

/**
 * The indicators whose threshold is a default the province must confirm (`provincialDefault`): the
 * official figure was not available when the catalogue was written (README, "Uncertain").
 */
export function unconfirmedThresholds(set: CriteriaSet): string[] {
  return set.criteria.flatMap((criterion) =>
    criterion.indicators.flatMap((indicator) =>
      indicator.measure.kind === 'number' && indicator.measure.threshold.provincialDefault ? [indicator.id] : [],
    ),
  );
}

function inForce(item: { effectiveFrom: string; effectiveTo?: string }, on: string): boolean {
  return item.effectiveFrom <= on && (item.effectiveTo === undefined || on <= item.effectiveTo);
}

function latest<T extends { effectiveFrom: string }>(items: readonly T[]): T | undefined {
  return [...items].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

/**
 * The set and regime a new dossier follows by default, from the effective dates in the catalogue:
 * QĐ 51/2025/QĐ-TTg sets from 15/02/2026; the two-tier procedure from 01/07/2025 (Nghị định 131/2025/NĐ-CP).
 */
export function selectDefaults(
  catalogue: CatalogueVersion,
  request: { unitKind: UnitKind; level: Level; filedOn: string },
): { setId: string; regimeId: string } {
  const { unitKind, level, filedOn } = request;
  const set = latest(
    catalogue.criteriaSets.filter((s) => s.unitKind === unitKind && s.level === level && inForce(s, filedOn)),
  );
  if (!set) {
    throw new CatalogueError(
      'no-set-in-force',
      `Không có bộ tiêu chí ${level} cho cấp ${unitKind} có hiệu lực ngày ${filedOn}`,
      `No ${level} criteria set for ${unitKind} in force on ${filedOn}`,
    );
  }
  const regime = latest(catalogue.regimes.filter((r) => inForce(r, filedOn)));
  if (!regime) {
    throw new CatalogueError(
      'no-regime-in-force',
      `Không có quy trình xét công nhận có hiệu lực ngày ${filedOn}`,
      `No recognition regime in force on ${filedOn}`,
    );
  }
  return { setId: set.id, regimeId: regime.id };
}

/** A retired department's tasks go to its successor (2025 mergers), following the chain to the end. */
function currentDepartment(code: string, departments: readonly Department[]): string {
  const seen = new Set<string>();
  let current = code;
  for (;;) {
    const next = departments.find((d) => d.code === current)?.mergedInto;
    if (!next || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}

function effectiveAssignments(catalogue: CatalogueVersion, setId: string, province: string): Record<string, string> {
  const merged: AssignmentTable = {
    ...catalogue.assignments.national[setId],
    ...catalogue.assignments.provinces[province]?.sets[setId],
  };
  return Object.fromEntries(
    Object.entries(merged).map(([key, code]) => [key, currentDepartment(code, catalogue.departments)]),
  );
}

/** Indicators appraised by another department than their criterion carry it, so the pinned set reads alone. */
function withIndicatorDepartments(set: CriteriaSet, assignments: Readonly<Record<string, string>>): CriteriaSet {
  return {
    ...set,
    criteria: set.criteria.map((criterion) => ({
      ...criterion,
      indicators: criterion.indicators.map((indicator) => {
        const own = assignments[indicator.id];
        return own && own !== assignments[criterion.id] ? { ...indicator, department: own } : indicator;
      }),
    })),
  };
}

function findSet(catalogue: CatalogueVersion, setId: string): CriteriaSet {
  const set = catalogue.criteriaSets.find((s) => s.id === setId);
  if (!set) {
    throw new CatalogueError(
      'unknown-set',
      `Phiên bản ${catalogue.id} không có bộ tiêu chí ${setId}`,
      `Catalogue ${catalogue.id} has no criteria set ${setId}`,
    );
  }
  return set;
}

function findRegime(catalogue: CatalogueVersion, regimeId: string): Regime {
  const regime = catalogue.regimes.find((r) => r.id === regimeId);
  if (!regime) {
    throw new CatalogueError(
      'unknown-regime',
      `Phiên bản ${catalogue.id} không có quy trình ${regimeId}`,
      `Catalogue ${catalogue.id} has no regime ${regimeId}`,
    );
  }
  return regime;
}

/**
 * The rules a dossier keeps for life (ARCHITECTURE.md, Catalogue): a deep copy, so no later edit or
 * publication of the catalogue can reach a dossier in flight.
 */
export function pinRules(
  catalogue: CatalogueVersion,
  request: { setId: string; regimeId: string; province: string; variant: Variant },
): PinnedRules {
  const set = findSet(catalogue, request.setId);
  const regime = findRegime(catalogue, request.regimeId);
  const variantBy = 'region' in request.variant ? 'region' : 'group';
  if (variantBy !== set.variantBy) {
    throw new CatalogueError(
      'variant-mismatch',
      `Bộ tiêu chí ${set.id} áp dụng ngưỡng theo ${set.variantBy === 'region' ? 'vùng' : 'nhóm xã'}`,
      `Criteria set ${set.id} varies by ${set.variantBy}, not by ${variantBy}`,
    );
  }
  const assignments = effectiveAssignments(catalogue, set.id, request.province);
  return structuredClone({
    catalogueVersion: catalogue.id,
    criteriaSet: withIndicatorDepartments(set, assignments),
    regime,
    variant: request.variant,
    assignments,
  });
}
