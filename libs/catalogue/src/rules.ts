import type { AssignmentTable, CatalogueVersion, Department } from './catalogue-version';
import { CatalogueError } from './errors';
import type { CriteriaSet, Indicator, Level, PinnedRules, Regime, Threshold, UnitKind, Variant } from './model';

/** The threshold value for one unit: its region's or group's figure where the set gives one, else the default. */
export function resolveThreshold(threshold: Threshold, variant: Variant): number {
  const specific = 'region' in variant ? threshold.byRegion?.[variant.region] : threshold.byGroup?.[`${variant.group}`];
  return specific ?? threshold.value;
}

/**
 * The threshold for recognitions in `year`: the figures of the latest year listed not after it, else
 * its own; without `byYear`, so what a dossier pins reads alone.
 */
export function thresholdInYear(threshold: Threshold, year: number): Threshold {
  const { byYear, ...own } = threshold;
  const from = Object.keys(byYear ?? {})
    .filter((listed) => Number(listed) <= year)
    .sort()
    .at(-1);
  if (from === undefined) return own;
  const { comparison, provincialDefault } = threshold;
  return { comparison, ...byYear![from]!, ...(provincialDefault ? { provincialDefault } : {}) };
}

function measureInYear(indicator: Indicator, year: number): Indicator {
  const { measure } = indicator;
  if (measure.kind !== 'number' || !measure.threshold.byYear) return indicator;
  return { ...indicator, measure: { ...measure, threshold: thresholdInYear(measure.threshold, year) } };
}

/** The set as it judges a recognition in `year`. */
function setInYear(set: CriteriaSet, year: number): CriteriaSet {
  return {
    ...set,
    criteria: set.criteria.map((c) => ({ ...c, indicators: c.indicators.map((i) => measureInYear(i, year)) })),
    ...(set.conditions ? { conditions: set.conditions.map((i) => measureInYear(i, year)) } : {}),
  };
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

/** What a department is assigned: one criterion or indicator of one set (a split may differ per subject). */
export interface AssignedSubject {
  readonly setId: string;
  /** criterion or indicator id */
  readonly id: string;
}

/**
 * The department that does a retired department's task for this subject today (2025 mergers and
 * splits), following the chain to the end; a department in force is its own.
 */
export function departmentToday(code: string, departments: readonly Department[], subject: AssignedSubject): string {
  const seen = new Set<string>();
  let current = code;
  for (;;) {
    const department = departments.find((d) => d.code === current);
    const next = department?.splitInto?.[subject.setId]?.[subject.id] ?? department?.mergedInto;
    if (!next || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}

/**
 * Criteria resolve under their own id; an indicator that inherits its criterion's department gets an
 * entry of its own only where a split sends it elsewhere (Sở TT&TT's đài truyền thanh → Sở VH-TT-DL).
 */
function effectiveAssignments(catalogue: CatalogueVersion, set: CriteriaSet, province: string): Record<string, string> {
  const table: AssignmentTable = {
    ...catalogue.assignments.national[set.id],
    ...catalogue.assignments.provinces[province]?.sets[set.id],
  };
  const today = (code: string, id: string) => departmentToday(code, catalogue.departments, { setId: set.id, id });
  const split = set.criteria.flatMap((criterion) => {
    const code = table[criterion.id];
    if (!code) return [];
    return criterion.indicators.flatMap((indicator) => {
      const own = today(code, indicator.id);
      return indicator.id in table || own === today(code, criterion.id) ? [] : [[indicator.id, own] as const];
    });
  });
  return Object.fromEntries([...Object.entries(table).map(([id, code]) => [id, today(code, id)]), ...split]);
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
 * publication of the catalogue can reach a dossier in flight. With the year of recognition, the
 * thresholds that rise by year are those of that year; without it (a reader of the set) they keep
 * every year's.
 */
export function pinRules(
  catalogue: CatalogueVersion,
  request: { setId: string; regimeId: string; province: string; variant: Variant; year?: number },
): PinnedRules {
  const found = findSet(catalogue, request.setId);
  const set = request.year === undefined ? found : setInYear(found, request.year);
  const regime = findRegime(catalogue, request.regimeId);
  const variantBy = 'region' in request.variant ? 'region' : 'group';
  if (variantBy !== set.variantBy) {
    throw new CatalogueError(
      'variant-mismatch',
      `Bộ tiêu chí ${set.id} áp dụng ngưỡng theo ${set.variantBy === 'region' ? 'vùng' : 'nhóm xã'}`,
      `Criteria set ${set.id} varies by ${set.variantBy}, not by ${variantBy}`,
    );
  }
  const assignments = effectiveAssignments(catalogue, set, request.province);
  return structuredClone({
    catalogueVersion: catalogue.id,
    criteriaSet: withIndicatorDepartments(set, assignments),
    regime,
    variant: request.variant,
    assignments,
  });
}
