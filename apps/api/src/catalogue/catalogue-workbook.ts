import { type CellValue as ExcelValue, Workbook } from 'exceljs';

import { CRITERIA_SHEET, type CellValue, type SheetTable } from '@ntm/catalogue';

import { ProblemException } from '../platform/problem.exception';

/**
 * The XLSX side of the provinces' criteria sheet and of the dashboard's periodic reports. exceljs
 * stays here, at the edge: the catalogue library is bundled into the workflows, where a spreadsheet
 * library has no place.
 */
export async function writeWorkbook(...sheets: readonly SheetTable[]): Promise<Buffer> {
  const workbook = new Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    // Ids such as 2.10 stay text: a number cell would read back as 2.1.
    sheet.rows.forEach((row) => worksheet.addRow(row.map((cell) => cell ?? null)));
    worksheet.getRow(1).font = { bold: true };
    worksheet.columns.forEach((column) => (column.width = 18));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'x' : undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellValue(value.result as ExcelValue);
  if ('text' in value) return String(value.text);
  return undefined;
}

const unreadable = (vi: string, en: string) =>
  new ProblemException({
    code: 'catalogue.unreadable-file',
    status: 400,
    title: { vi: 'Không đọc được tệp danh mục', en: 'The catalogue file cannot be read' },
    detail: { vi, en },
  });

/** The criteria sheet of an uploaded workbook (by its name, else the first sheet), as plain values. */
export async function readWorkbook(bytes: Buffer): Promise<SheetTable> {
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (JSZip reads either): a copy of the upload's bytes.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw unreadable(`Tệp XLSX không đọc được: ${message}`, `The XLSX file cannot be read: ${message}`);
  }
  const worksheet = workbook.getWorksheet(CRITERIA_SHEET) ?? workbook.worksheets[0];
  if (!worksheet) throw unreadable('Tệp không có trang tính nào.', 'The workbook has no sheet.');
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as ExcelValue[];
    rows[number - 1] = values.slice(1).map(cellValue);
  });
  return { name: worksheet.name, rows: Array.from(rows, (row) => row ?? []) };
}
