import type { CriteriaSet } from './model';

/** Every id an assignment table may name: criteria, indicators and conditions of the set. */
export function assignableIds(set: CriteriaSet): string[] {
  return [
    ...set.criteria.flatMap((c) => [c.id, ...c.indicators.map((i) => i.id)]),
    ...(set.conditions ?? []).map((c) => c.id),
  ];
}
