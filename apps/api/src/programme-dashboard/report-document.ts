import type { CellValue } from '@ntm/catalogue';
import { dateInWords, type DocumentBlock, type OfficialDocument } from '@ntm/documents';

import { capitals, inSentence, placeName } from '../dossier-documents/document-names';
import { vietnameseDate } from '../public-verification/vietnamese-dates';
import { type PeriodicReport, type ReportTable, reportTables } from './report-sheets';

const SECTION_NUMBERS = ['I', 'II', 'III', 'IV', 'V'];

/** A number as a Vietnamese reader writes it: a decimal comma, no grouping in years and codes. */
const cellText = (cell: CellValue): string =>
  typeof cell === 'number'
    ? cell.toLocaleString('vi-VN', { useGrouping: false, maximumFractionDigits: 1 })
    : (cell ?? '');

function section(table: ReportTable, index: number): DocumentBlock[] {
  const [header = [], ...rows] = table.rows;
  const heading: DocumentBlock = { kind: 'heading', text: `${SECTION_NUMBERS[index]}. ${capitals(table.name)}` };
  if (rows.length === 0) return [heading, { kind: 'paragraph', text: 'Không có số liệu trong kỳ báo cáo.' }];
  return [
    heading,
    {
      kind: 'table',
      columns: header.map((cell, column) => ({ header: cellText(cell), share: table.shares[column] ?? 0 })),
      rows: rows.map((row) => header.map((_, column) => cellText(row[column]))),
    },
  ];
}

/**
 * Báo cáo định kỳ as the coordination office sends it, laid out as an administrative document
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I), with the very tables the XLSX holds. Signed by hand once printed.
 */
export function reportDocument(report: PeriodicReport, generatedOn: string): OfficialDocument {
  const { provinceName, period } = report;
  return {
    issuer: [`UBND ${capitals(provinceName)}`, 'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI'],
    number: '',
    placeAndDate: `${placeName(provinceName)}, ${dateInWords(generatedOn)}`,
    kind: 'BÁO CÁO',
    subject: `Kết quả xây dựng nông thôn mới ${inSentence(period.label)}`,
    body: [
      {
        kind: 'paragraph',
        text:
          `Văn phòng Điều phối nông thôn mới ${inSentence(provinceName)} báo cáo kết quả thực hiện ` +
          `các chỉ tiêu kế hoạch từ ngày ${vietnameseDate(period.from)} đến ngày ${vietnameseDate(period.to)}, ` +
          `số liệu tổng hợp từ hồ sơ trên hệ thống đến ngày ${vietnameseDate(generatedOn)}, như sau:`,
      },
      ...reportTables(report).flatMap(section),
    ],
    signature: { capacity: '', position: 'CHÁNH VĂN PHÒNG', name: '' },
    recipients: [
      'Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh',
      'Văn phòng Điều phối nông thôn mới Trung ương',
      'Lưu: VT',
    ],
    issuedAt: `${generatedOn}T00:00:00.000Z`,
  };
}
