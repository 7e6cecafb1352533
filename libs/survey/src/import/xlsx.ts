import type { Readable } from 'node:stream';

import { type Cell, type CellValue, type Row, stream, ValueType } from 'exceljs';

import { type SheetRow, UnreadableFile } from './table';

/**
 * Reads the first worksheet of an XLSX tally with exceljs's streaming reader (a commune's 50,000
 * rows never sit in memory as a whole workbook); formula cells are flagged, not evaluated.
 */
export async function* readXlsx(input: Readable): AsyncGenerator<SheetRow> {
  const reader = new stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache' });
  try {
    for await (const sheet of reader) {
      let header = true;
      for await (const row of sheet) {
        if (header || row.hasValues) yield sheetRow(row);
        header = false;
      }
      break; // the first worksheet only
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UnreadableFile(`Tệp XLSX không đọc được: ${message}`, `The XLSX file cannot be read: ${message}`);
  }
}

function sheetRow(row: Row): SheetRow {
  const values: string[] = [];
  const formulaColumns: number[] = [];
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    if (isFormula(cell)) formulaColumns.push(column - 1);
    values[column - 1] = text(cell.value);
  });
  return { line: row.number, values, ...(formulaColumns.length > 0 ? { formulaColumns } : {}) };
}

function isFormula(cell: Cell): boolean {
  const value = cell.value;
  return (
    cell.type === ValueType.Formula ||
    (typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value))
  );
}

function text(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return text(value.result as CellValue);
    if ('text' in value) return String(value.text);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return '';
  }
  return String(value);
}
