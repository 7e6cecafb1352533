import { CsvError, parse } from 'csv-parse/sync';

import { normaliseHeader, type Table, UnreadableFile } from './table';

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/**
 * Reads a CSV tally (comma or semicolon separated, as Excel saves it) with csv-parse. The bytes
 * are decoded as UTF-8 even when they are not: an invalid byte becomes U+FFFD, which the row
 * check reports as a wrong encoding at its line and column rather than refusing the whole file.
 */
export function readCsv(bytes: Buffer): Table {
  const text = bytes.toString('utf8');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: ParsedRecord[];
  try {
    // With `info`, csv-parse returns { record, info } per line; its typings only know plain records.
    records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new UnreadableFile(
      `Tệp CSV không đọc được: ${error.message}`,
      `The CSV file cannot be read: ${error.message}`,
    );
  }
  const [head, ...body] = records;
  if (!head) throw new UnreadableFile('Tệp không có dòng tiêu đề.', 'The file has no header line.');
  const header = head.record.map(normaliseHeader);
  return {
    header,
    rows: body.map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(header.map((name, i) => [name, (record[i] ?? '').trim()])),
    })),
  };
}
