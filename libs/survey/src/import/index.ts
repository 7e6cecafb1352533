import { Readable } from 'node:stream';

import type { CampaignState } from '../campaign';
import { csvDelimiter, readCsv } from './csv';
import { validateRows, type ValidatedRows } from './rows';
import { TallyBytes } from './tally-bytes';
import { tableOf, UnreadableFile } from './table';
import { readXlsx } from './xlsx';

export { type RowProblem, UnreadableFile } from './table';

export type TallyFormat = 'csv' | 'xlsx';

export interface ReadTally extends ValidatedRows {
  readonly fileSha256: string;
  readonly format: TallyFormat;
}

/** XLSX is a zip archive ("PK\x03\x04"); anything else is read as CSV text. */
const formatOf = (head: Buffer): TallyFormat =>
  head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? 'xlsx' : 'csv';

/**
 * Reads and checks a paper tally file against an open campaign as its bytes arrive, hashing them
 * on the way; only the valid rows' responses and the problems are kept. Nothing is decided or
 * stored here.
 */
export async function readTally(source: Buffer | AsyncIterable<Uint8Array>, state: CampaignState): Promise<ReadTally> {
  const campaign = state.campaign;
  if (!campaign) throw new UnreadableFile('Không có đợt khảo sát này.', 'No such survey campaign.');
  const bytes = new TallyBytes(Buffer.isBuffer(source) ? Readable.from([source]) : source);
  const reading = async () => {
    const head = await bytes.head;
    const format = formatOf(head);
    const sheetRows = format === 'xlsx' ? readXlsx(bytes.input) : readCsv(bytes.input, csvDelimiter(head));
    return { format, ...(await validateRows(campaign, await tableOf(sheetRows), state.responses)) };
  };
  const { result, sha256 } = await bytes.settle(reading());
  return { fileSha256: sha256, ...result };
}
