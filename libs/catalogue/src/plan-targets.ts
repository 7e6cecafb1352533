import { z } from 'zod';

import { dataFiles } from './data-files';
import { deepFreeze } from './load';
import { levels, unitKinds } from './schema';
import { parseWith } from './validate';

/**
 * How a plan words a target: "ít nhất 61 xã" (at least), "trên 17 xã" (more than), "từ 8–10 xã"
 * (a range whose lower end must be reached).
 */
const boundSchema = z.union([
  z.strictObject({ atLeast: z.number().nonnegative() }),
  z.strictObject({ moreThan: z.number().nonnegative() }),
  z
    .strictObject({ from: z.number().nonnegative(), to: z.number().nonnegative() })
    .refine(({ from, to }) => from <= to, { message: 'from lớn hơn to' }),
]);
export type TargetBound = z.infer<typeof boundSchema>;

/** Where in the plan the figure is written, and what the plan says beside it. */
const cited = { section: z.string().min(1), note: z.string().min(1).optional() };
const unitKind = z.enum(unitKinds);
const level = z.enum(levels);

const targetSchema = z.discriminatedUnion('measure', [
  z.strictObject({
    measure: z.literal('recognised-units'),
    unitKind,
    level,
    /** `total`: units holding the recognition at the period's end; `added`: recognised within the period. */
    count: z.enum(['total', 'added']),
    bound: boundSchema,
    /** The plan's denominator ("61/96 xã"), when it gives one. */
    of: z.number().int().positive().optional(),
    /** The units the plan names, when it names them (the districts of KH 231/KH-UBND). */
    units: z
      .array(z.string().regex(/^\d{2,5}$/))
      .min(1)
      .optional(),
    ...cited,
  }),
  z.strictObject({ measure: z.literal('average-criteria-met'), unitKind, level, bound: boundSchema, ...cited }),
  z.strictObject({
    measure: z.literal('criterion-share'),
    unitKind,
    level,
    /** The criterion's number in the national set of that level and unit kind (QĐ 318, 320/QĐ-TTg). */
    criterionId: z.string().regex(/^\d{1,2}$/),
    /** Share of the units, in per cent, that meet the criterion. */
    percent: boundSchema,
    ...cited,
  }),
]);
export type PlanTarget = z.infer<typeof targetSchema>;

export const planTargetsSchema = z
  .strictObject({
    /** The province that issued the plan, as it was coded then: a province merged in 2025 keeps its code here. */
    province: z.string().regex(/^\d{2}$/),
    plan: z.strictObject({
      number: z.string().regex(/^\d+\/[A-ZĐ-]+$/),
      date: z.iso.date(),
      issuer: z.string().min(1),
      title: z.string().min(1),
      /** Where the plan's text was read, when not from the plan itself. */
      source: z.string().min(1).optional(),
    }),
    /** The years the targets are for: a five-year plan's targets hold at its last year's end. */
    period: z.strictObject({ from: z.number().int().min(2010), to: z.number().int().max(2100) }),
    targets: z.array(targetSchema).min(1),
  })
  .refine(({ period }) => period.from <= period.to, { path: ['period'], message: 'from sau to' });
export type ProvincePlanTargets = z.infer<typeof planTargetsSchema>;

let shipped: readonly ProvincePlanTargets[] | undefined;

/** Every shipped plan's targets (data/targets), validated once, oldest plan first; frozen. */
export function planTargets(): readonly ProvincePlanTargets[] {
  shipped ??= deepFreeze(
    Object.keys(dataFiles)
      .filter((path) => path.startsWith('targets/'))
      .map((path) => parseWith(planTargetsSchema, `data/${path}`, dataFiles[path]))
      .sort((a, b) => a.plan.date.localeCompare(b.plan.date)),
  );
  return shipped;
}

/**
 * The plans whose period covers `year`, of the provinces given: a province formed in 2025 passes
 * its predecessors' codes too, so Thái Nguyên's dashboard carries Bắc Kạn's plans.
 */
export function planTargetsFor(provinces: readonly string[], year: number): readonly ProvincePlanTargets[] {
  return planTargets().filter(
    ({ province, period }) => provinces.includes(province) && period.from <= year && year <= period.to,
  );
}

/** Whether a figure reaches its target: a range counts as reached from its lower end. */
export function reaches(bound: TargetBound, value: number): boolean {
  if ('atLeast' in bound) return value >= bound.atLeast;
  if ('moreThan' in bound) return value > bound.moreThan;
  return value >= bound.from;
}
