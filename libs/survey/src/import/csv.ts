import type { Readable } from 'node:stream';

import { CsvError, parse } from 'csv-parse';

import { type SheetRow, UnreadableFile } from './table';

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/** Comma or semicolon, as Excel saves it: whichever the header line holds more of. */
export function csvDelimiter(head: Buffer): string {
  const newline = head.indexOf(0x0a);
  const firstLine = head.subarray(0, newline < 0 ? head.length : newline).toString('utf8');
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * Reads a CSV tally record by record with csv-parse's stream. The bytes are decoded as UTF-8 even
 * when they are not: an invalid byte becomes U+FFFD, which the row check reports as a wrong
 * encoding at its line and column rather than refusing the whole file.
 */
export async function* readCsv(input: Readable, delimiter: string): AsyncGenerator<SheetRow> {
  const parser = input.pipe(
    parse({ bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  try {
    // With `info`, csv-parse gives { record, info } per line; its typings only know plain records.
    for await (const { record, info } of parser as AsyncIterable<ParsedRecord>)
      yield { line: info.lines, values: record };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new UnreadableFile(
      `Tệp CSV không đọc được: ${error.message}`,
      `The CSV file cannot be read: ${error.message}`,
    );
  }
}
