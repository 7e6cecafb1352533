import type { AssignmentTable, CatalogueVersion } from './catalogue-version';
import type { Comparison, CriteriaSet, Indicator, Measure, Region, ThresholdFigures } from './model';
import { regions } from './schema';

/** A cell as the workbook gives it: text or a number; `undefined` when empty. */
export type CellValue = string | number | undefined;

/** One worksheet as plain values, its first row the header; what the XLSX adapter writes and reads. */
export interface SheetTable {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
}

/**
 * The form provinces keep their criteria in: one sheet, a row per criterion, indicator or condition,
 * the national figure, then one column per region (2021–2025 sets) and per commune group (2026–2030).
 */
export const CRITERIA_SHEET = 'Tiêu chí';

export const REGION_HEADERS: Readonly<Record<Region, string>> = {
  'northern-midlands-mountains': 'Trung du và miền núi phía Bắc',
  'red-river-delta': 'Đồng bằng sông Hồng',
  'north-central': 'Bắc Trung Bộ',
  'south-central-coast': 'Duyên hải Nam Trung Bộ',
  'central-highlands': 'Tây Nguyên',
  southeast: 'Đông Nam Bộ',
  'mekong-delta': 'Đồng bằng sông Cửu Long',
};
const GROUPS = ['1', '2', '3'] as const;

export const COLUMNS = [
  { key: 'set', header: 'Bộ tiêu chí' },
  { key: 'row', header: 'Loại dòng' },
  { key: 'id', header: 'Mã' },
  { key: 'name', header: 'Tên tiêu chí, chỉ tiêu' },
  { key: 'nameEn', header: 'Tên tiếng Anh' },
  { key: 'critical', header: 'Tiêu chí quan trọng (x)' },
  { key: 'kind', header: 'Loại giá trị' },
  { key: 'unit', header: 'Đơn vị tính' },
  { key: 'comparison', header: 'So sánh' },
  { key: 'fromYear', header: 'Từ năm' },
  { key: 'value', header: 'Ngưỡng chung' },
  { key: 'levels', header: 'Các mức (thấp → cao, cách nhau bởi ;)' },
  { key: 'unconfirmed', header: 'Chưa xác nhận (x)' },
  { key: 'department', header: 'Sở chủ trì' },
  ...regions.map((region) => ({ key: `region:${region}`, header: REGION_HEADERS[region] })),
  ...GROUPS.map((group) => ({ key: `group:${group}`, header: `Nhóm ${group}` })),
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** A row per criterion, indicator or condition; below a number indicator, a row per year its figures rise from. */
export const ROW_KINDS = {
  criterion: 'Tiêu chí',
  indicator: 'Chỉ tiêu',
  condition: 'Điều kiện',
  year: 'Ngưỡng theo năm',
} as const;
export const MEASURE_KINDS: Readonly<Record<Measure['kind'], string>> = {
  boolean: 'đạt/không đạt',
  number: 'số',
  level: 'mức',
  judgement: 'thẩm định',
};
export const COMPARISONS: Readonly<Record<Comparison, string>> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };
export const LEVEL_SEPARATOR = ';';

/** The spreadsheet column (A, B, …) of a column of the form. */
export const columnLetter = (index: number): string => String.fromCharCode(65 + index);

/** A row of the form as cells keyed by column; absent keys are empty cells. */
type RowCells = Partial<Record<ColumnKey, CellValue>>;

function figureCells(figures: ThresholdFigures): RowCells {
  const variants = [
    ...Object.entries(figures.byRegion ?? {}).map(([region, value]) => [`region:${region}`, value]),
    ...Object.entries(figures.byGroup ?? {}).map(([group, value]) => [`group:${group}`, value]),
  ];
  return { value: figures.value, ...Object.fromEntries(variants) };
}

function measureCells(measure: Measure): RowCells {
  const kind = MEASURE_KINDS[measure.kind];
  if (measure.kind === 'level') {
    return { kind, value: measure.minimum, levels: measure.levels.join(`${LEVEL_SEPARATOR} `) };
  }
  if (measure.kind !== 'number') return { kind };
  const { threshold } = measure;
  return {
    kind,
    unit: measure.unit,
    comparison: COMPARISONS[threshold.comparison],
    ...figureCells(threshold),
    ...(threshold.provincialDefault ? { unconfirmed: 'x' } : {}),
  };
}

function measuredRows(set: CriteriaSet, row: string, indicator: Indicator, table: AssignmentTable): RowCells[] {
  const { id, name, measure } = indicator;
  const years = measure.kind === 'number' ? Object.entries(measure.threshold.byYear ?? {}) : [];
  return [
    { set: set.id, row, id, name, ...measureCells(measure), department: table[id] },
    ...years.map(([fromYear, figures]) => ({
      set: set.id,
      row: ROW_KINDS.year,
      id,
      fromYear,
      ...figureCells(figures),
    })),
  ];
}

function setRows(set: CriteriaSet, table: AssignmentTable): RowCells[] {
  return [
    ...set.criteria.flatMap((criterion) => [
      {
        set: set.id,
        row: ROW_KINDS.criterion,
        id: criterion.id,
        name: criterion.name,
        nameEn: criterion.nameEn,
        critical: criterion.critical ? 'x' : undefined,
        department: table[criterion.id],
      },
      ...criterion.indicators.flatMap((indicator) => measuredRows(set, ROW_KINDS.indicator, indicator, table)),
    ]),
    ...(set.conditions ?? []).flatMap((condition) => measuredRows(set, ROW_KINDS.condition, condition, table)),
  ];
}

/**
 * The version's criteria sets as the provinces' sheet: every criterion, indicator and condition with
 * its national figure, its region or group figures, and the department appraising it nationally.
 */
export function criteriaSheet(version: CatalogueVersion): SheetTable {
  const rows = version.criteriaSets.flatMap((set) => setRows(set, version.assignments.national[set.id] ?? {}));
  return {
    name: CRITERIA_SHEET,
    rows: [COLUMNS.map((column) => column.header), ...rows.map((row) => COLUMNS.map((column) => row[column.key]))],
  };
}
