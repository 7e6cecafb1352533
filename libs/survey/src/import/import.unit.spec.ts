import { Workbook } from 'exceljs';

import { run, response, surveyCmd } from '../testing/fixtures';
import { readTally, UnreadableFile } from '.';

const campaign = () => run([surveyCmd.open(), surveyCmd.record(response(3))]);
const csv = (...lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');

describe('paper tally import (CSV, XLSX)', () => {
  it('reads valid rows of a UTF-8 CSV (BOM, semicolons, Vietnamese answers) into import responses', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      csv('ma_ho;ma_thon;q1;q2;q3;ly_do_q2', 'T1-1;T1;1;0;hài lòng;duong-xuong-cap', 'T2-4;T2;Không hài lòng;1;1;'),
    ]);
    const read = await readTally(bytes, campaign());
    expect(read).toMatchObject({ format: 'csv', rows: 2, problems: [] });
    expect(read.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(read.responses[0]).toEqual({
      householdCode: 'T1-1',
      village: 'T1',
      channel: 'import',
      answers: [
        { questionId: 'q1', satisfied: true },
        { questionId: 'q2', satisfied: false, reason: 'duong-xuong-cap' },
        { questionId: 'q3', satisfied: true },
      ],
    });
  });

  it('reports each bad row by line and column: unknown codes, missing answer, wrong encoding, duplicates', async () => {
    const latin1 = Buffer.from('T1-9,T1,1,1,kh\xf4ng\n', 'latin1');
    const bytes = Buffer.concat([
      csv(
        'ma_ho,ma_thon,q1,q2,q3',
        'T1-1,T1,1,1,1',
        'T1-99,T1,1,1,1',
        'T7-1,T7,1,1,1',
        'T1-5,T1,1,,1',
        'T1-1,T1,0,0,0',
        'T1-3,T1,1,1,1',
        '',
      ),
      latin1,
    ]);
    const read = await readTally(bytes, campaign());
    expect(read.rows).toBe(7);
    expect(read.responses.map((r) => r.householdCode)).toEqual(['T1-1']);
    expect(read.problems.map(({ line, column, code }) => [line, column, code])).toEqual([
      [3, 'ma_ho', 'survey.unknown-household'],
      [4, 'ma_thon', 'survey.unknown-village'],
      [5, 'q2', 'survey.missing-answer'],
      [6, 'ma_ho', 'survey.duplicate-in-file'],
      [7, 'ma_ho', 'survey.duplicate-household'],
      [8, 'q3', 'survey.wrong-encoding'],
    ]);
    expect(read.problems[3].reason).toBe('Hộ T1-1 trùng với dòng 2 của tệp.');
  });

  it('reports a cell with a NUL or another control character, which the record cannot keep, and imports the rest', async () => {
    const read = await readTally(
      csv(
        'ma_ho,ma_thon,q1,q2,q3,ly_do_q1',
        'T1-1,T1,0,1,1,duong\u0000xau',
        'T1-2,T1,0,1,1,rac\u0007thai',
        'T1-\u000b5,T1,1,1,1,',
        'T1-4,T1,0,1,1,rac-thai',
      ),
      campaign(),
    );
    expect(read.responses.map((r) => r.householdCode)).toEqual(['T1-4']);
    expect(read.problems.map(({ line, column, code }) => [line, column, code])).toEqual([
      [2, 'ly_do_q1', 'survey.invalid-character'],
      [3, 'ly_do_q1', 'survey.invalid-character'],
      [4, 'ma_ho', 'survey.invalid-character'],
    ]);
  });

  it('refuses a file with a column for names or phone numbers before reading any row', async () => {
    const read = await readTally(
      csv('ma_ho,ma_thon,ho_ten,so_dien_thoai,q1,q2,q3', 'T1-1,T1,Nguyễn Văn An,0912345678,1,1,1'),
      campaign(),
    );
    expect(read.responses).toEqual([]);
    expect(read.problems.map(({ line, column, code }) => [line, column, code])).toEqual([
      [1, 'ho_ten', 'survey.personal-data'],
      [1, 'so_dien_thoai', 'survey.personal-data'],
    ]);
  });

  it('reads XLSX values and refuses formula cells at their row and column', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Phiếu');
    sheet.addRow(['ma_ho', 'ma_thon', 'q1', 'q2', 'q3']);
    sheet.addRow(['T1-1', 'T1', 1, 1, 0]);
    sheet.addRow(['T1-2', 'T1', { formula: 'C2', result: 1 }, 1, 1]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = await readTally(bytes, campaign());
    expect(read).toMatchObject({ format: 'xlsx', rows: 2 });
    expect(read.responses.map((r) => [r.householdCode, r.answers.map((a) => a.satisfied)])).toEqual([
      ['T1-1', [true, true, false]],
    ]);
    expect(read.problems.map(({ line, column, code }) => [line, column, code])).toEqual([
      [3, 'q1', 'survey.formula-cell'],
    ]);
  });

  it('a damaged XLSX is refused as unreadable, not half read', async () => {
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('không phải tệp xlsx')]);
    await expect(readTally(damaged, campaign())).rejects.toBeInstanceOf(UnreadableFile);
  });
});
