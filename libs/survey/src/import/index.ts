import { createHash } from 'node:crypto';

import type { CampaignState } from '../campaign';
import { readCsv } from './csv';
import { validateRows, type ValidatedRows } from './rows';
import { UnreadableFile } from './table';
import { readXlsx } from './xlsx';

export { type RowProblem, UnreadableFile } from './table';

export type TallyFormat = 'csv' | 'xlsx';

export interface ReadTally extends ValidatedRows {
  readonly fileSha256: string;
  readonly format: TallyFormat;
}

/** XLSX is a zip archive ("PK\x03\x04"); anything else is read as CSV text. */
export const formatOf = (bytes: Buffer): TallyFormat =>
  bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? 'xlsx' : 'csv';

/** Reads and checks a paper tally file against an open campaign; nothing is decided or stored here. */
export async function readTally(bytes: Buffer, state: CampaignState): Promise<ReadTally> {
  if (!state.campaign) throw new UnreadableFile('Không có đợt khảo sát này.', 'No such survey campaign.');
  const format = formatOf(bytes);
  const table = format === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  return { fileSha256, format, ...validateRows(state.campaign, table, new Set(state.responses.keys())) };
}
