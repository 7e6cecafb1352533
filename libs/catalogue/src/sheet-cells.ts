import type { Comparison, Measure, ThresholdFigures } from './model';
import { type CellValue, type ColumnKey, COLUMNS, COMPARISONS, LEVEL_SEPARATOR, MEASURE_KINDS } from './sheet';

/** One row's cells, by the column of the form they are in. */
export type Cells = (key: ColumnKey) => CellValue;

/** A row refused at one of its cells. */
export class RowRefused extends Error {
  constructor(
    readonly key: ColumnKey,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export const normalise = (header: CellValue) =>
  String(header ?? '')
    .trim()
    .toLowerCase();
export const oneOf = <K extends string>(labels: Readonly<Record<K, string>>, cell: string) =>
  (Object.keys(labels) as K[]).find((key) => labels[key].toLowerCase() === cell.toLowerCase());

export function text(cells: Cells, key: ColumnKey, header: string): string {
  const value = cells(key);
  const found = value === undefined ? '' : String(value).trim();
  if (!found) throw new RowRefused(key, `${header}: bắt buộc (required)`);
  return found;
}

/** Excel keeps numbers as numbers; a typed "48,5" (Vietnamese decimal comma) is read as 48.5. */
function numberIn(cells: Cells, key: ColumnKey, header: string): number | undefined {
  const value = cells(key);
  if (value === undefined || value === '') return undefined;
  const read = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
  if (!Number.isFinite(read)) throw new RowRefused(key, `${header}: "${value}" không phải số (not a number)`);
  return read;
}

export const header = (key: ColumnKey) => COLUMNS.find((c) => c.key === key)!.header;
export const flag = (cells: Cells, key: ColumnKey) => String(cells(key) ?? '').trim() !== '';

/** The default figure and each region's or group's, as a number threshold or a row of per-year figures has them. */
export function figuresOf(cells: Cells): ThresholdFigures {
  const value = numberIn(cells, 'value', header('value'));
  if (value === undefined) throw new RowRefused('value', `${header('value')}: bắt buộc với loại số (required)`);
  const figures = (prefix: 'region:' | 'group:') =>
    Object.fromEntries(
      COLUMNS.filter((c) => c.key.startsWith(prefix)).flatMap((c) => {
        const figure = numberIn(cells, c.key, c.header);
        return figure === undefined ? [] : [[c.key.slice(prefix.length), figure]];
      }),
    );
  const byRegion = figures('region:');
  const byGroup = figures('group:');
  return {
    value,
    ...(Object.keys(byRegion).length > 0 ? { byRegion } : {}),
    ...(Object.keys(byGroup).length > 0 ? { byGroup } : {}),
  };
}

function numberMeasure(cells: Cells): Measure {
  const symbol = text(cells, 'comparison', header('comparison')).replace('>=', '≥').replace('<=', '≤');
  const comparison = oneOf<Comparison>(COMPARISONS, symbol);
  if (!comparison) throw new RowRefused('comparison', `So sánh: một trong ${Object.values(COMPARISONS).join(' ')}`);
  const threshold = {
    comparison,
    ...figuresOf(cells),
    ...(flag(cells, 'unconfirmed') ? { provincialDefault: true } : {}),
  };
  return { kind: 'number', unit: text(cells, 'unit', header('unit')), threshold };
}

export function measureOf(cells: Cells): Measure {
  const label = text(cells, 'kind', header('kind'));
  const kind = oneOf(MEASURE_KINDS, label);
  switch (kind) {
    case 'number':
      return numberMeasure(cells);
    case 'level': {
      const levels = text(cells, 'levels', header('levels'))
        .split(LEVEL_SEPARATOR)
        .map((level) => level.trim());
      return { kind: 'level', levels, minimum: text(cells, 'value', header('value')) };
    }
    case 'boolean':
    case 'judgement':
      return { kind };
    case undefined:
      throw new RowRefused('kind', `Loại giá trị: một trong ${Object.values(MEASURE_KINDS).join(', ')}`);
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}
