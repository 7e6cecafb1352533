import { z } from 'zod';

import type { CatalogueVersion, Department, ProvinceCompletion } from './catalogue-version';
import type { CriteriaSet, Indicator, Measure, Regime, Threshold } from './model';
import { checkReferences } from './references';
import { assignableIds } from './schema-ids';

export const regions = [
  'northern-midlands-mountains',
  'red-river-delta',
  'north-central',
  'south-central-coast',
  'central-highlands',
  'southeast',
  'mekong-delta',
] as const;
export const levels = ['ntm', 'advanced', 'model', 'modern'] as const;
export const unitKinds = ['commune', 'village', 'district'] as const;

const isoDate = z.iso.date();
const id = z.string().regex(/^[A-Za-z0-9.-]+$/, 'mã chỉ gồm chữ, số, dấu chấm và gạch ngang');
const text = z.string().trim().min(1);
const share = z.number().min(0).max(1);
const provinceCode = z.string().regex(/^\d{2}$/, 'mã tỉnh hai chữ số');
/** A national version (2026.1) or a province's version derived from one (2026.1-19.1: Thái Nguyên's first). */
export const VERSION_ID = /^\d{4}\.\d+(-\d{2}\.\d+)?$/;
/** The national version a province's version descends from (itself for a national one): 2026.1-70.2 → 2026.1. */
export const nationalVersionOf = (id: string): string => id.split('-')[0]!;
const departmentCode = z.string().regex(/^[A-Z][A-Z0-9]*$/, 'mã Sở viết hoa, ví dụ SXD');

const figures = {
  value: z.number(),
  byRegion: z.partialRecord(z.enum(regions), z.number()).optional(),
  byGroup: z.partialRecord(z.enum(['1', '2', '3']), z.number()).optional(),
};

export const thresholdSchema: z.ZodType<Threshold> = z.strictObject({
  comparison: z.enum(['gte', 'gt', 'lte', 'lt', 'eq']),
  ...figures,
  byYear: z.record(z.string().regex(/^\d{4}$/, 'năm, ví dụ 2024'), z.strictObject(figures)).optional(),
  provincialDefault: z.boolean().optional(),
});

export const measureSchema: z.ZodType<Measure> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('boolean') }),
  z.strictObject({ kind: z.literal('number'), unit: text, threshold: thresholdSchema }),
  z
    .strictObject({ kind: z.literal('level'), levels: z.array(text).min(2), minimum: text })
    .refine((m) => m.levels.includes(m.minimum), {
      message: 'mức tối thiểu phải thuộc danh sách mức',
      path: ['minimum'],
    }),
  z.strictObject({ kind: z.literal('judgement') }),
]);

export const indicatorSchema: z.ZodType<Indicator> = z.strictObject({
  id,
  name: text,
  measure: measureSchema,
  department: departmentCode.optional(),
});

const criterionSchema = z.strictObject({
  id,
  name: text,
  nameEn: text,
  critical: z.boolean(),
  indicators: z.array(indicatorSchema).min(1),
});

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((value, index) => ids.indexOf(value) !== index);
}

/** A region-based set may not carry group thresholds, nor the reverse: a dossier pins one kind of variant. */
function checkVariantKeys(set: CriteriaSet, ctx: z.RefinementCtx): void {
  const wrongKey = set.variantBy === 'region' ? 'byGroup' : 'byRegion';
  set.criteria.forEach((criterion, c) =>
    criterion.indicators.forEach((indicator, i) => {
      if (indicator.measure.kind !== 'number') return;
      const { threshold } = indicator.measure;
      const path = ['criteria', c, 'indicators', i, 'measure', 'threshold'];
      const wrong = [
        ...(threshold[wrongKey] ? [[...path, wrongKey]] : []),
        ...Object.entries(threshold.byYear ?? {}).flatMap(([year, figures]) =>
          figures[wrongKey] ? [[...path, 'byYear', year, wrongKey]] : [],
        ),
      ];
      for (const at of wrong) {
        ctx.addIssue({
          code: 'custom',
          message: `bộ tiêu chí phân theo ${set.variantBy === 'region' ? 'vùng' : 'nhóm xã'}, không dùng ${wrongKey}`,
          path: at,
        });
      }
    }),
  );
}

export const criteriaSetSchema: z.ZodType<CriteriaSet> = z
  .strictObject({
    id,
    title: text,
    level: z.enum(levels),
    unitKind: z.enum(unitKinds),
    source: text,
    effectiveFrom: isoDate,
    effectiveTo: isoDate.optional(),
    variantBy: z.enum(['region', 'group']),
    prerequisites: z.array(id).optional(),
    conditions: z.array(indicatorSchema).optional(),
    criteria: z.array(criterionSchema).min(1),
  })
  .superRefine((set, ctx) => {
    for (const duplicate of duplicates(assignableIds(set))) {
      ctx.addIssue({ code: 'custom', message: `mã trùng lặp: ${duplicate}`, path: ['criteria'] });
    }
    checkVariantKeys(set, ctx);
  });

const levelRecord = z.strictObject({ ntm: share, advanced: share, model: share, modern: share });

export const regimeSchema: z.ZodType<Regime> = z.strictObject({
  id,
  title: text,
  effectiveFrom: isoDate,
  effectiveTo: isoDate.optional(),
  steps: z
    .array(
      z.strictObject({
        tier: z.enum(['commune', 'district', 'province']),
        step: z.enum(['verification', 'appraisal']),
        council: z.boolean(),
        divisions: z.record(departmentCode, departmentCode).optional(),
      }),
    )
    .min(1),
  satisfactionThreshold: levelRecord,
  surveyCoverage: share,
  council: z.strictObject({ quorumShare: share, approvalShare: share, quorumWorkingDays: z.int().positive() }),
  publicPostingDays: z.int().positive(),
  appraisalWorkingDays: z.int().positive(),
  reminderWorkingDaysBefore: z.int().nonnegative(),
  explanationWorkingDays: z.int().positive(),
  revocation: z.strictObject({
    partialBand: z.strictObject({ fromShare: share, belowShare: share }),
    fullShare: share,
  }),
  decidingAuthority: z.strictObject({ commune: text, village: text, district: text }),
  submissionDocuments: z
    .array(
      z.strictObject({
        id,
        name: text,
        legalBasis: text,
        levels: z.partialRecord(z.enum(levels), z.enum(['required', 'optional'])),
        producedBy: z.enum(['survey-report', 'posting-summary', 'construction-debt-report']).optional(),
      }),
    )
    .refine((documents) => new Set(documents.map((d) => d.id)).size === documents.length, 'mã tài liệu trùng lặp')
    .optional(),
});

export const departmentSchema: z.ZodType<Department> = z.strictObject({
  code: departmentCode,
  name: text,
  nameEn: text,
  mergedInto: departmentCode.optional(),
  splitInto: z.record(id, z.record(id, departmentCode)).optional(),
  validTo: isoDate.optional(),
});

export const assignmentTableSchema = z.record(id, departmentCode);
export const assignmentFileSchema = z.record(id, assignmentTableSchema);

export const provinceOverrideSchema = z.strictObject({
  name: text,
  source: text,
  sets: assignmentFileSchema,
});

export const provinceCompletionSchema: z.ZodType<ProvinceCompletion> = z.strictObject({
  source: text,
  conditions: z.array(indicatorSchema).min(1),
});

const catalogueShape = z.strictObject({
  id: z.string().regex(VERSION_ID, 'phiên bản dạng năm.số, ví dụ 2026.1, hoặc của tỉnh: 2026.1-19.1'),
  publishedAt: isoDate,
  status: z.enum(['draft', 'published']),
  legalReference: text.optional(),
  basedOn: z.string().regex(VERSION_ID).optional(),
  province: provinceCode.optional(),
  title: text,
  departments: z.array(departmentSchema).min(1),
  criteriaSets: z.array(criteriaSetSchema).min(1),
  assignments: z.strictObject({
    national: assignmentFileSchema,
    provinces: z.record(provinceCode, provinceOverrideSchema),
  }),
  regimes: z.array(regimeSchema).min(1),
  provinceCompletion: provinceCompletionSchema.optional(),
});

export const catalogueVersionSchema: z.ZodType<CatalogueVersion> = catalogueShape.superRefine(checkReferences);
