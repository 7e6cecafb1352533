import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describeWithPdftotext, pdfPages } from '../../../test/support/pdf-text';

import { dateInWords, type OfficialDocument } from './official-document';
import { officialPdf } from './official-pdf';

const DECISION: OfficialDocument = {
  issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH THÁI NGUYÊN'],
  number: '123/QĐ-UBND',
  placeAndDate: `Thái Nguyên, ${dateInWords('2026-05-01')}`,
  kind: 'QUYẾT ĐỊNH',
  subject: 'Về việc công nhận Xã Cẩm Giàng đạt chuẩn nông thôn mới năm 2026',
  body: [
    { kind: 'heading', text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN' },
    {
      kind: 'paragraph',
      text: 'Căn cứ Quyết định số 18/2022/QĐ-TTg ngày 02 tháng 8 năm 2022 của Thủ tướng Chính phủ;',
    },
    {
      kind: 'table',
      columns: [
        { header: 'Tiêu chí', share: 0.4 },
        { header: 'Kết quả', share: 0.6 },
      ],
      rows: [['Thu nhập', 'Đạt']],
    },
  ],
  signature: { capacity: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Thị Hường' },
  recipients: ['Bộ Nông nghiệp và Môi trường', 'Lưu: VT'],
  verificationUrl: 'https://ntm.example.vn/xac-minh/0123456789',
  issuedAt: '2026-05-01T03:00:00.000Z',
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('official PDF documents (Nghị định 30/2020/NĐ-CP layout)', () => {
  it('gives the same bytes for the same document, so its sha256 can be checked again later', async () => {
    const first = await officialPdf(DECISION);
    const second = await officialPdf(DECISION);
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256(second)).toBe(sha256(first));
    expect(second.equals(first)).toBe(true);
  });

  it("dates the file with the event's own time, not the clock of the machine that renders it", async () => {
    const text = (await officialPdf(DECISION)).toString('latin1');
    expect(text.match(/\(D:20260501030000Z\)/g)).toHaveLength(2);
    const later = await officialPdf({ ...DECISION, issuedAt: '2026-05-02T03:00:00.000Z' });
    expect(later.equals(await officialPdf(DECISION))).toBe(false);
  });

  it('embeds the Times-compatible font, not a standard font without Vietnamese letters', async () => {
    const text = (await officialPdf(DECISION)).toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Tinos-Bold/);
    expect(text).toMatch(/\/FontFile2/);
    expect(text).not.toContain('/Helvetica');
  });
});

describeWithPdftotext('official PDF documents, read back page by page', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ntm-pdf-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const pagesOf = async (body: OfficialDocument['body']) => {
    const file = join(folder, 'report.pdf');
    writeFileSync(file, await officialPdf({ ...DECISION, body }));
    return pdfPages(file);
  };
  const filler = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      kind: 'paragraph' as const,
      text: `Đoạn ${index + 1}: kết quả thực hiện các tiêu chí của xã trong kỳ báo cáo, đối chiếu với kế hoạch được giao.`,
    }));
  const criteria = (rows: number) => ({
    kind: 'table' as const,
    columns: [
      { header: 'Tiêu chí', share: 0.4 },
      { header: 'Tỷ lệ đạt', share: 0.6 },
    ],
    rows: Array.from({ length: rows }, (_, index) => [`Tiêu chí số ${index + 1}`, `${index}%`]),
  });

  it('never leaves a heading at the foot of a page: it goes over with the table it heads', async () => {
    // However much text comes first, the heading stands on the page of the table's first row.
    for (let count = 8; count <= 20; count += 1) {
      const pages = await pagesOf([
        ...filler(count),
        { kind: 'heading', text: 'II. TỶ LỆ ĐẠT TỪNG TIÊU CHÍ' },
        criteria(3),
      ]);
      const page = pages.find((text) => text.includes('II. TỶ LỆ ĐẠT TỪNG TIÊU CHÍ'));
      expect(page?.split('II. TỶ LỆ ĐẠT TỪNG TIÊU CHÍ')[1]).toContain('Tiêu chí số 1');
    }
  });

  it('repeats the header row on each page a long table runs over', async () => {
    const pages = await pagesOf([criteria(120)]);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages.filter((text) => text.includes('Tiêu chí số'))) expect(page).toContain('Tỷ lệ đạt');
  });
});

describe('dates in words (Phụ lục I)', () => {
  it.each([
    ['2026-05-01', 'ngày 01 tháng 5 năm 2026'],
    ['2026-02-15', 'ngày 15 tháng 02 năm 2026'],
    ['2026-12-09', 'ngày 09 tháng 12 năm 2026'],
  ])('writes %s as "%s"', (iso, words) => expect(dateInWords(iso)).toBe(words));
});
