/** A tally file read into rows of text cells, before any survey rule is applied. */
export interface TableRow {
  /** Line (CSV) or row number (XLSX) in the file, 1-based, the header being line 1. */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
  /** Columns whose cell held a formula (XLSX): refused, the paper tally must be typed values. */
  readonly formulaColumns?: readonly string[];
}

/** The rows follow the header as the file is read: a 50,000-row tally is never held as a whole. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: AsyncIterable<TableRow>;
}

/** A row as a reader sees it: its cells' text by position, and which positions held a formula (XLSX). */
export interface SheetRow {
  readonly line: number;
  readonly values: readonly string[];
  readonly formulaColumns?: readonly number[];
}

/** One reason a row (or the file) cannot be imported: where, and why in both languages. */
export interface RowProblem {
  readonly line: number;
  readonly column: string;
  readonly code: string;
  readonly reason: string;
  readonly reasonEn: string;
}

/** A file that cannot be read as a table at all (not CSV/XLSX, no header). */
export class UnreadableFile extends Error {
  constructor(
    readonly reasonVi: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
    this.name = 'UnreadableFile';
  }
}

export const normaliseHeader = (name: string) => name.normalize('NFC').trim().toLowerCase();

/** The first row names the columns; every later one becomes cells by those names, trimmed. */
export async function tableOf(sheetRows: AsyncIterable<SheetRow>): Promise<Table> {
  const iterator = sheetRows[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new UnreadableFile('Tệp không có dòng tiêu đề.', 'The file has no header line.');
  const header = first.value.values.map(normaliseHeader);
  async function* rows(): AsyncGenerator<TableRow> {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const { line, values, formulaColumns = [] } = next.value;
      const cells = Object.fromEntries(header.map((name, i) => [name, (values[i] ?? '').trim()]));
      const formulas = formulaColumns.filter((i) => i < header.length).map((i) => header[i]);
      yield { line, cells, ...(formulas.length > 0 ? { formulaColumns: formulas } : {}) };
    }
  }
  return { header, rows: rows() };
}
