import { createHash } from 'node:crypto';

import { Workbook } from 'exceljs';

import { run, response, surveyCmd } from '../testing/fixtures';
import { readTally } from '.';

const campaign = () => run([surveyCmd.open(), surveyCmd.record(response(3))]);

/** The bytes as an upload delivers them: in pieces that cut lines, cells and multi-byte letters. */
async function* inPieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function* failingAfter(bytes: Buffer, failure: Error): AsyncGenerator<Buffer> {
  yield bytes.subarray(0, bytes.length >> 1);
  throw failure;
}

const tallyCsv = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from(
    [
      'ma_ho;ma_thon;q1;q2;q3;ly_do_q2',
      'T1-1;T1;1;0;hài lòng;duong-xuong-cap',
      'T1-99;T1;1;1;1;',
      'T1-1;T1;0;0;0;',
      'T2-4;T2;Không hài lòng;1;1;',
      'T1-5;T1;1;;1;',
      '',
      'T1-3;T1;1;1;1;',
    ].join('\n'),
  ),
  Buffer.from('T1-9;T1;1;1;kh\xf4ng\n', 'latin1'),
]);

async function tallyXlsx(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Phiếu');
  sheet.addRow(['ma_ho', 'ma_thon', 'q1', 'q2', 'q3']);
  for (let n = 1; n <= 40; n++) sheet.addRow([`T1-${n}`, 'T1', n % 7 === 0 ? 'không' : 1, 1, n === 9 ? '' : 0]);
  sheet.addRow(['T1-12', 'T1', { formula: 'C2', result: 1 }, 1, 1]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a paper tally read as it is uploaded', () => {
  it.each([
    ['CSV', async () => tallyCsv, 3],
    ['XLSX', tallyXlsx, 1000],
  ])(
    'a %s file in pieces gives the same rows, problems (line, column) and sha256 as the file read whole',
    async (_, file, size) => {
      const bytes = await file();
      const whole = await readTally(bytes, campaign());
      const streamed = await readTally(inPieces(bytes, size), campaign());
      expect(streamed).toEqual(whole);
      expect(whole.fileSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(whole.problems.length).toBeGreaterThan(0);
      expect(whole.responses.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['CSV', async () => tallyCsv],
    ['XLSX', tallyXlsx],
  ])(
    'an upload failing halfway through a %s file (over the size limit) fails the import with its own error',
    async (_, file) => {
      const tooLarge = new Error('payload too large');
      await expect(readTally(failingAfter(await file(), tooLarge), campaign())).rejects.toBe(tooLarge);
    },
  );
});
