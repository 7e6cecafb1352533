import { z } from 'zod';

import mappingXaNtm from '../data/mappings/xa-ntm-2021-2025-to-2026-2030.json';
import type { CriteriaSet } from './model';
import { parseWith } from './validate';

/**
 * How the criteria of one generation correspond to the next: each new criterion lists the old ones
 * whose subject it takes over; an empty list marks a criterion with no predecessor (new).
 */
export interface CriteriaMapping {
  readonly from: string;
  readonly to: string;
  /** Where the correspondence comes from (an editorial reading, not a legal text). */
  readonly source: string;
  readonly criteria: Readonly<Record<string, readonly string[]>>;
}

const mappingSchema = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  source: z.string().min(1),
  criteria: z.record(z.string(), z.array(z.string())),
});

const shipped: readonly CriteriaMapping[] = [
  parseWith(mappingSchema, 'data/mappings/xa-ntm-2021-2025-to-2026-2030.json', mappingXaNtm),
];

/** The shipped correspondence from one set to its successor, if any. */
export function criteriaMapping(from: string, to: string): CriteriaMapping | undefined {
  return shipped.find((mapping) => mapping.from === from && mapping.to === to);
}

/** Ids the mapping names that the sets lack, and old criteria it leaves out: empty when consistent. */
export function mappingProblems(mapping: CriteriaMapping, fromSet: CriteriaSet, toSet: CriteriaSet): string[] {
  const oldIds = new Set(fromSet.criteria.map((c) => c.id));
  const newIds = toSet.criteria.map((c) => c.id);
  const mapped = new Set(Object.values(mapping.criteria).flat());
  return [
    ...newIds.filter((id) => !(id in mapping.criteria)).map((id) => `${toSet.id} ${id}: chưa đối chiếu`),
    ...Object.keys(mapping.criteria)
      .filter((id) => !newIds.includes(id))
      .map((id) => `${toSet.id} ${id}: không có`),
    ...[...mapped].filter((id) => !oldIds.has(id)).map((id) => `${fromSet.id} ${id}: không có`),
    ...[...oldIds].filter((id) => !mapped.has(id)).map((id) => `${fromSet.id} ${id}: không chuyển sang bộ mới`),
  ];
}
