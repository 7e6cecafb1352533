import type { AssignmentTable, CatalogueVersion } from './catalogue-version';
import type { CriteriaSet, Criterion, Indicator, ThresholdFigures } from './model';
import { type ColumnKey, columnLetter, COLUMNS, ROW_KINDS, type SheetTable } from './sheet';
import { type Cells, figuresOf, flag, header, measureOf, normalise, oneOf, RowRefused, text } from './sheet-cells';
import { type CatalogueIssue, checkCatalogue } from './validate';

/** One refusal of the sheet, where a person fixes it: sheet, row (1 = header) and column letter. */
export interface CellProblem {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly reason: string;
}

/** A row or one of its region/group figures, by the ids a later check speaks of. */
export interface CellAt {
  readonly setId?: string;
  readonly id?: string;
  /** a region or a commune group '1'..'3' */
  readonly variant?: string;
  /** the year a per-year figure applies from */
  readonly year?: number;
}

export type SheetReading =
  | {
      readonly ok: true;
      /** the base version with the sheet's criteria sets and national assignments */
      readonly version: CatalogueVersion;
      readonly cellOf: (at: CellAt) => { readonly row: number; readonly column: string } | undefined;
    }
  | { readonly ok: false; readonly problems: readonly CellProblem[] };

/** The sets being read, in the order of the sheet, with the row each criterion, indicator and condition came from. */
interface Reading {
  readonly sets: Map<string, { heading: CriteriaSet; criteria: Criterion[]; conditions: Indicator[] }>;
  readonly assignments: Map<string, Record<string, string>>;
  readonly rows: Map<string, number>;
  /** set and indicator (row key) -> year -> the figures from that year on */
  readonly years: Map<string, Record<string, ThresholdFigures>>;
}

const rowKey = (setId: string, id?: string, year?: string | number) =>
  `${setId}\u0000${id ?? ''}${year === undefined ? '' : `@${year}`}`;

/** A 2021–2025 set's figures vary by region, a 2026–2030 set's by commune group: the other columns stay empty. */
function refuseOtherVariants(cells: Cells, variantBy: CriteriaSet['variantBy']): void {
  const other = variantBy === 'region' ? 'group:' : 'region:';
  const filled = COLUMNS.find((c) => c.key.startsWith(other) && String(cells(c.key) ?? '').trim() !== '');
  if (!filled) return;
  const by = variantBy === 'region' ? 'vùng' : 'nhóm xã';
  throw new RowRefused(filled.key, `${filled.header}: bộ tiêu chí này phân ngưỡng theo ${by}, để trống cột này`);
}

/** A row of per-year figures, below the number indicator or condition whose threshold rises by year. */
function readYearRow(reading: Reading, setId: string, id: string, cells: Cells, line: number): void {
  const set = reading.sets.get(setId)!;
  const item = [...set.criteria.flatMap((c) => c.indicators), ...set.conditions].find((i) => i.id === id);
  if (item?.measure.kind !== 'number') {
    throw new RowRefused('id', `Ngưỡng theo năm phải ở dưới chỉ tiêu loại số ${id} của bộ ${setId}`);
  }
  const year = text(cells, 'fromYear', header('fromYear'));
  if (!/^\d{4}$/.test(year)) throw new RowRefused('fromYear', `${header('fromYear')}: năm, ví dụ 2024`);
  if (reading.rows.has(rowKey(setId, id, year))) throw new RowRefused('fromYear', `Năm ${year} của ${id} trùng`);
  const years = reading.years.get(rowKey(setId, id)) ?? {};
  reading.years.set(rowKey(setId, id), { ...years, [year]: figuresOf(cells) });
  reading.rows.set(rowKey(setId, id, year), line);
}

function readRow(reading: Reading, base: CatalogueVersion, cells: Cells, line: number): void {
  const setId = text(cells, 'set', header('set'));
  const heading = base.criteriaSets.find((s) => s.id === setId);
  if (!heading) throw new RowRefused('set', `Bộ tiêu chí ${setId} không có trong phiên bản gốc ${base.id}`);
  const set = reading.sets.get(setId) ?? { heading, criteria: [], conditions: [] };
  reading.sets.set(setId, set);
  if (!reading.rows.has(rowKey(setId))) reading.rows.set(rowKey(setId), line);
  const kind = oneOf(ROW_KINDS, text(cells, 'row', header('row')));
  if (!kind) throw new RowRefused('row', `Loại dòng: một trong ${Object.values(ROW_KINDS).join(', ')}`);
  const id = text(cells, 'id', header('id'));
  if (kind !== 'criterion') refuseOtherVariants(cells, heading.variantBy);
  if (kind === 'year') return readYearRow(reading, setId, id, cells, line);
  if (reading.rows.has(rowKey(setId, id))) throw new RowRefused('id', `Mã ${id} trùng trong bộ ${setId}`);
  const name = text(cells, 'name', header('name'));
  const department = cells('department');
  if (department !== undefined && String(department).trim() !== '') {
    const table = reading.assignments.get(setId) ?? {};
    reading.assignments.set(setId, { ...table, [id]: String(department).trim() });
  }
  if (kind === 'criterion') {
    const nameEn = text(cells, 'nameEn', header('nameEn'));
    set.criteria.push({ id, name, nameEn, critical: flag(cells, 'critical'), indicators: [] });
  } else if (kind === 'condition') {
    set.conditions.push({ id, name, measure: measureOf(cells) });
  } else {
    const criterion = set.criteria.at(-1);
    if (!criterion) throw new RowRefused('row', `Chỉ tiêu ${id} phải ở dưới dòng tiêu chí của nó`);
    (criterion.indicators as Indicator[]).push({ id, name, measure: measureOf(cells) });
  }
  reading.rows.set(rowKey(setId, id), line);
}

/** Where each header is: a province may reorder or add columns, but not leave one out. */
function columnsOf(sheet: SheetTable): { index: Map<ColumnKey, number>; problems: CellProblem[] } {
  const headers = (sheet.rows[0] ?? []).map(normalise);
  const index = new Map<ColumnKey, number>();
  const problems = COLUMNS.flatMap((column) => {
    const at = headers.indexOf(normalise(column.header));
    if (at >= 0) index.set(column.key, at);
    return at >= 0
      ? []
      : [{ sheet: sheet.name, row: 1, column: columnLetter(headers.length), reason: `Thiếu cột "${column.header}"` }];
  });
  return { index, problems };
}

function candidate(base: CatalogueVersion, reading: Reading): CatalogueVersion {
  const criteriaSets = [...reading.sets.values()].map(({ heading, criteria, conditions }) => {
    const { conditions: _national, ...rest } = heading;
    const withYears = (indicator: Indicator): Indicator => {
      const byYear = reading.years.get(rowKey(heading.id, indicator.id));
      const { measure } = indicator;
      if (!byYear || measure.kind !== 'number') return indicator;
      return { ...indicator, measure: { ...measure, threshold: { ...measure.threshold, byYear } } };
    };
    return {
      ...rest,
      ...(conditions.length > 0 ? { conditions: conditions.map(withYears) } : {}),
      criteria: criteria.map((c) => ({ ...c, indicators: c.indicators.map(withYears) })),
    };
  });
  const national = { ...base.assignments.national, ...Object.fromEntries(reading.assignments) };
  const kept = Object.fromEntries(Object.entries(national).filter(([setId]) => reading.sets.has(setId)));
  return {
    ...base,
    criteriaSets,
    assignments: { ...base.assignments, national: kept as Record<string, AssignmentTable> },
  };
}

/**
 * Reads the provinces' sheet over `base`: the sheet gives the criteria sets (their heading stays the
 * base's) and who appraises each row; everything else is the base's. Every bad cell is reported with
 * its row and column, then the composed version is checked as a whole.
 */
export function readCriteriaSheet(sheet: SheetTable, base: CatalogueVersion): SheetReading {
  const { index, problems } = columnsOf(sheet);
  if (problems.length > 0) return { ok: false, problems };
  const reading: Reading = { sets: new Map(), assignments: new Map(), rows: new Map(), years: new Map() };
  const refused: CellProblem[] = [];
  sheet.rows.slice(1).forEach((values, i) => {
    if (values.every((value) => value === undefined || String(value).trim() === '')) return;
    const cells: Cells = (key) => values[index.get(key)!];
    try {
      readRow(reading, base, cells, i + 2);
    } catch (error) {
      if (!(error instanceof RowRefused)) throw error;
      refused.push({
        sheet: sheet.name,
        row: i + 2,
        column: columnLetter(index.get(error.key)!),
        reason: error.reason,
      });
    }
  });
  if (refused.length > 0) return { ok: false, problems: refused };
  if (reading.sets.size === 0) {
    return {
      ok: false,
      problems: [{ sheet: sheet.name, row: 2, column: 'A', reason: 'Trang tính không có dòng nào' }],
    };
  }
  const composed = candidate(base, reading);
  const cellOf = (at: CellAt) => {
    const row = at.setId === undefined ? undefined : reading.rows.get(rowKey(at.setId, at.id, at.year));
    if (row === undefined) return undefined;
    const key = COLUMNS.find((c) => c.key === `region:${at.variant}` || c.key === `group:${at.variant}`)?.key ?? 'id';
    return { row, column: columnLetter(index.get(key)!) };
  };
  const checked = checkCatalogue(composed);
  if (checked.ok) return { ok: true, version: checked.version, cellOf };
  return { ok: false, problems: checked.issues.map((issue) => locate(composed, issue, cellOf, index, sheet.name)) };
}

/** The field a schema path ends in, as the column of the sheet it came from. */
const FIELD_COLUMNS: Readonly<Record<string, ColumnKey>> = {
  name: 'name',
  nameEn: 'nameEn',
  critical: 'critical',
  unit: 'unit',
  comparison: 'comparison',
  value: 'value',
  minimum: 'value',
  levels: 'levels',
  provincialDefault: 'unconfirmed',
};

/** The row a whole-version finding is about: its criterion, indicator, condition or per-year figures. */
function rowOfIssue(version: CatalogueVersion, path: readonly PropertyKey[]): CellAt | undefined {
  const [part, s, collection, c, nested, i] = path;
  if (part === 'assignments' && s === 'national') return { setId: String(collection), id: String(c) };
  const set = part === 'criteriaSets' ? version.criteriaSets[Number(s)] : undefined;
  if (!set) return undefined;
  const criterion = collection === 'criteria' ? set.criteria[Number(c)] : undefined;
  const item =
    collection === 'conditions'
      ? set.conditions?.[Number(c)]
      : nested === 'indicators'
        ? criterion?.indicators[Number(i)]
        : criterion;
  // A per-year figure is on its own row, below its indicator's.
  const yearAt = path.indexOf('byYear');
  const year = yearAt >= 0 ? { year: Number(path[yearAt + 1]) } : {};
  return { setId: set.id, ...(item ? { id: item.id, ...year } : {}) };
}

/** The column it is about: an assignment's department, a region's or group's figure, or the field the path ends in. */
function columnOfIssue(path: readonly PropertyKey[]): ColumnKey | undefined {
  if (path[0] === 'assignments') return 'department';
  const [variants, variant] = path.slice(-2);
  if (variants === 'byRegion' || variants === 'byGroup') {
    return `${variants === 'byRegion' ? 'region' : 'group'}:${String(variant)}` as ColumnKey;
  }
  const field = [...path].reverse().find((key): key is string => typeof key === 'string' && key in FIELD_COLUMNS);
  return field && FIELD_COLUMNS[field];
}

/** A whole-version check, brought back to the row and column it concerns (the header row, for the version as a whole). */
function locate(
  version: CatalogueVersion,
  issue: CatalogueIssue,
  cellOf: (at: CellAt) => { row: number; column: string } | undefined,
  index: Map<ColumnKey, number>,
  sheet: string,
): CellProblem {
  const at = rowOfIssue(version, issue.path);
  const cell = at && cellOf(at);
  const key = columnOfIssue(issue.path);
  const column = key && index.has(key) ? columnLetter(index.get(key)!) : (cell?.column ?? 'A');
  return { sheet, row: cell?.row ?? 1, column, reason: issue.message };
}
