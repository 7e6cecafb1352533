/** A tally file read into rows of text cells, before any survey rule is applied. */
export interface TableRow {
  /** Line (CSV) or row number (XLSX) in the file, 1-based, the header being line 1. */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
  /** Columns whose cell held a formula (XLSX): refused, the paper tally must be typed values. */
  readonly formulaColumns?: readonly string[];
}

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
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
