import type { AssignmentTable, CatalogueVersion } from './catalogue-version';
import type { Comparison, CriteriaSet, Indicator, Measure, Threshold } from './model';
import { resolveThreshold, thresholdInYear } from './rules';
import { regions } from './schema';

/** What a row of a criteria set is: a criterion, one of its indicators, or a condition on the unit. */
export type ItemKind = 'criterion' | 'indicator' | 'condition';

/** Where a change is: the set and the criterion, indicator or condition id (the set alone when `id` is absent). */
export interface ChangeAt {
  readonly setId: string;
  readonly item?: ItemKind;
  readonly id?: string;
}

/** One region's or group's figure that differs; `stricter` is what a province may do to a national figure. */
export interface VariantChange {
  /** a region (2021–2025 sets) or a commune group '1'..'3' (2026–2030 sets) */
  readonly variant: string;
  /** For recognitions from this year on (per-year figures); absent: before any year listed, or always. */
  readonly fromYear?: number;
  readonly from: number;
  readonly to: number;
  readonly stricter: boolean;
}

export type CatalogueChange =
  | (ChangeAt & { readonly kind: 'added'; readonly name: string })
  | (ChangeAt & { readonly kind: 'removed'; readonly name: string })
  | (ChangeAt & { readonly kind: 'renamed'; readonly from: string; readonly to: string })
  /** value kind, unit, comparison or list of levels: the two figures are not comparable */
  | (ChangeAt & { readonly kind: 'measure-changed'; readonly from: string; readonly to: string })
  | (ChangeAt & { readonly kind: 'threshold-changed'; readonly variants: readonly VariantChange[] })
  /** the department appraising the row nationally; absent: none of its own (an indicator follows its criterion) */
  | (ChangeAt & { readonly kind: 'department-changed'; readonly from?: string; readonly to?: string })
  /** QĐ 18/2022/QĐ-TTg, Điều 23: whether an unmet criterion weighs in the revocation band */
  | (ChangeAt & { readonly kind: 'critical-changed'; readonly critical: boolean })
  | (ChangeAt & {
      readonly kind: 'minimum-level-changed';
      readonly from: string;
      readonly to: string;
      readonly stricter: boolean;
    });

export interface CatalogueDiff {
  readonly from: string;
  readonly to: string;
  readonly changes: readonly CatalogueChange[];
}

const GROUPS = ['1', '2', '3'] as const;

/** The variants a set's thresholds are resolved for: every region or every commune group. */
function variantsOf(set: CriteriaSet) {
  return set.variantBy === 'region'
    ? regions.map((region) => ({ key: region as string, variant: { region } }))
    : GROUPS.map((group) => ({ key: group as string, variant: { group: Number(group) as 1 | 2 | 3 } }));
}

/** Higher is stricter for ≥ and >, lower for ≤ and <; an exact figure has no stricter side. */
function isStricter(comparison: Comparison, from: number, to: number): boolean {
  if (comparison === 'gte' || comparison === 'gt') return to > from;
  if (comparison === 'lte' || comparison === 'lt') return to < from;
  return false;
}

/** A measure's shape without its figures: two measures with the same shape compare figure by figure. */
function shape(measure: Measure): string {
  switch (measure.kind) {
    case 'number':
      return `number ${measure.threshold.comparison} (${measure.unit})`;
    case 'level':
      return `level [${measure.levels.join(' < ')}]`;
    case 'boolean':
    case 'judgement':
      return measure.kind;
    default: {
      const unknown: never = measure;
      return unknown;
    }
  }
}

/** Each region's or group's figure, before any year listed and from each year either threshold lists. */
function thresholdChanges(set: CriteriaSet, from: Threshold, to: Threshold): VariantChange[] {
  const years = [...new Set([...Object.keys(from.byYear ?? {}), ...Object.keys(to.byYear ?? {})])].sort();
  return [undefined, ...years.map(Number)].flatMap((year) => {
    const [earlier, later] = year === undefined ? [from, to] : [thresholdInYear(from, year), thresholdInYear(to, year)];
    return variantsOf(set).flatMap(({ key, variant }) => {
      const before = resolveThreshold(earlier, variant);
      const after = resolveThreshold(later, variant);
      if (before === after) return [];
      const stricter = isStricter(to.comparison, before, after);
      return [{ variant: key, ...(year === undefined ? {} : { fromYear: year }), from: before, to: after, stricter }];
    });
  });
}

function measureChanges(set: CriteriaSet, at: ChangeAt, from: Measure, to: Measure): CatalogueChange[] {
  if (shape(from) !== shape(to)) return [{ ...at, kind: 'measure-changed', from: shape(from), to: shape(to) }];
  if (from.kind === 'number' && to.kind === 'number') {
    const variants = thresholdChanges(set, from.threshold, to.threshold);
    return variants.length > 0 ? [{ ...at, kind: 'threshold-changed', variants }] : [];
  }
  if (from.kind === 'level' && to.kind === 'level' && from.minimum !== to.minimum) {
    const stricter = to.levels.indexOf(to.minimum) > from.levels.indexOf(from.minimum);
    return [{ ...at, kind: 'minimum-level-changed', from: from.minimum, to: to.minimum, stricter }];
  }
  return [];
}

interface Item {
  readonly item: ItemKind;
  readonly id: string;
  readonly name: string;
  readonly measure?: Measure;
  readonly critical?: boolean;
  readonly department?: string;
}

/** Every row of a set by id, with its national department: indicators are matched by id wherever their criterion is. */
function items(set: CriteriaSet, table: AssignmentTable): Map<string, Item> {
  const measured =
    (item: ItemKind) =>
    (i: Indicator): Item => ({ item, id: i.id, name: i.name, measure: i.measure });
  const rows: Item[] = [
    ...set.criteria.flatMap((c) => [
      { item: 'criterion' as const, id: c.id, name: c.name, critical: c.critical },
      ...c.indicators.map(measured('indicator')),
    ]),
    ...(set.conditions ?? []).map(measured('condition')),
  ];
  return new Map(rows.map((row) => [row.id, table[row.id] ? { ...row, department: table[row.id] } : row]));
}

function itemChanges(set: CriteriaSet, before: Item, after: Item): CatalogueChange[] {
  const at = { setId: set.id, item: after.item, id: after.id };
  const renamed =
    before.name === after.name ? [] : [{ ...at, kind: 'renamed' as const, from: before.name, to: after.name }];
  const measured = before.measure && after.measure ? measureChanges(set, at, before.measure, after.measure) : [];
  const critical =
    before.critical === after.critical
      ? []
      : [{ ...at, kind: 'critical-changed' as const, critical: !!after.critical }];
  const department =
    before.department === after.department
      ? []
      : [
          {
            ...at,
            kind: 'department-changed' as const,
            ...(before.department ? { from: before.department } : {}),
            ...(after.department ? { to: after.department } : {}),
          },
        ];
  return [...renamed, ...critical, ...department, ...measured];
}

/** What changed in one set that both versions have: rows added, removed, renamed, re-measured, reassigned. */
function diffSets(
  from: CatalogueVersion,
  to: CatalogueVersion,
  earlier: CriteriaSet,
  later: CriteriaSet,
): CatalogueChange[] {
  const before = items(earlier, from.assignments.national[earlier.id] ?? {});
  const after = items(later, to.assignments.national[later.id] ?? {});
  const removed = [...before.values()]
    .filter((item) => !after.has(item.id))
    .map((i) => ({ setId: earlier.id, item: i.item, id: i.id, kind: 'removed' as const, name: i.name }));
  const changed = [...after.values()].flatMap((item) => {
    const previous = before.get(item.id);
    if (!previous) return [{ setId: later.id, item: item.item, id: item.id, kind: 'added' as const, name: item.name }];
    return itemChanges(later, previous, item);
  });
  return [...removed, ...changed];
}

/**
 * What a reader must know between two versions: criteria sets, criteria, indicators and conditions
 * added, removed or renamed, their department changed, and every region's or group's threshold that
 * moved (and which way).
 */
export function diffCatalogues(from: CatalogueVersion, to: CatalogueVersion): CatalogueDiff {
  const later = new Map(to.criteriaSets.map((set) => [set.id, set]));
  const earlier = new Set(from.criteriaSets.map((set) => set.id));
  const changes = [
    ...from.criteriaSets.flatMap((set): CatalogueChange[] => {
      const next = later.get(set.id);
      return next ? diffSets(from, to, set, next) : [{ setId: set.id, kind: 'removed', name: set.title }];
    }),
    ...to.criteriaSets
      .filter((set) => !earlier.has(set.id))
      .map((set): CatalogueChange => ({ setId: set.id, kind: 'added', name: set.title })),
  ];
  return { from: from.id, to: to.id, changes };
}
