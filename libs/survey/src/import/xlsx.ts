import { Readable } from 'node:stream';

import { type Cell, type CellValue, type Row, stream, ValueType } from 'exceljs';

import { normaliseHeader, type Table, type TableRow, UnreadableFile } from './table';

/**
 * Reads the first worksheet of an XLSX tally with exceljs's streaming reader (a commune's 50,000
 * rows never sit in memory as a whole workbook); formula cells are flagged, not evaluated.
 */
export async function readXlsx(bytes: Buffer): Promise<Table> {
  const reader = new stream.xlsx.WorkbookReader(Readable.from([bytes]), { worksheets: 'emit', sharedStrings: 'cache' });
  let header: string[] | undefined;
  const rows: TableRow[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (!header) {
          header = [];
          row.eachCell(
            { includeEmpty: true },
            (cell, column) => (header![column - 1] = normaliseHeader(text(cell.value))),
          );
          continue;
        }
        if (row.hasValues) rows.push(tableRow(header, row));
      }
      break; // the first worksheet only
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UnreadableFile(`Tệp XLSX không đọc được: ${message}`, `The XLSX file cannot be read: ${message}`);
  }
  if (!header) throw new UnreadableFile('Tệp không có dòng tiêu đề.', 'The file has no header line.');
  return { header, rows };
}

function tableRow(header: readonly string[], row: Row): TableRow {
  const cells: Record<string, string> = {};
  const formulaColumns: string[] = [];
  header.forEach((name, i) => {
    const cell = row.getCell(i + 1);
    if (isFormula(cell)) formulaColumns.push(name);
    cells[name] = text(cell.value).trim();
  });
  return { line: row.number, cells, ...(formulaColumns.length > 0 ? { formulaColumns } : {}) };
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
