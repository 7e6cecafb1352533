import { planTargetsFor } from '@ntm/catalogue';

import { planProgress } from './plan-progress';
import { reportDocument } from './report-document';
import { reportPeriod } from './report-period';
import { type PeriodicReport, reportSheets } from './report-sheets';

const REPORT: PeriodicReport = {
  provinceName: 'Tỉnh Thái Nguyên',
  period: reportPeriod(2025, 'q4'),
  dashboard: {
    province: '19',
    year: 2025,
    plans: [planProgress(planTargetsFor(['06'], 2025)[0]!, { dossiers: [], recognitions: [] })],
    recognitions: [],
    criteriaSets: [
      {
        criteriaSetId: 'xa-ntm-2021-2025',
        unitKind: 'commune',
        level: 'ntm',
        units: 3,
        total: 19,
        averageMet: 18,
        criteria: [{ criterionId: '2', met: 2, assessed: 3, rate: 66.7 }],
      },
    ],
    stages: [],
    departments: [],
  },
  decided: [
    {
      unitCode: '01849',
      unitName: 'Xã Phong Quang',
      unitKind: 'commune',
      level: 'advanced',
      year: 2025,
      decidedOn: '2025-12-20',
      standing: true,
      dossierId: null,
    },
  ],
};

describe('báo cáo định kỳ', () => {
  it('names the periods as reports do: quý, 6 tháng, 9 tháng, năm, each with its first and last day', () => {
    expect(reportPeriod(2026, 'q2')).toEqual({ from: '2026-04-01', to: '2026-06-30', label: 'Quý II năm 2026' });
    expect(reportPeriod(2026, 'h1')).toEqual({ from: '2026-01-01', to: '2026-06-30', label: '6 tháng đầu năm 2026' });
    expect(reportPeriod(2026, 'm9')).toMatchObject({ to: '2026-09-30', label: '9 tháng đầu năm 2026' });
    expect(reportPeriod(2026, 'year')).toEqual({ from: '2026-01-01', to: '2026-12-31', label: 'Năm 2026' });
  });

  it("writes the plan's targets as the plan words them, the period's recognitions and each criterion's share", () => {
    const sheets = reportSheets(REPORT, '2026-01-05');
    const [about, targets, decided, criteria] = sheets;
    expect(sheets.map(({ name }) => name)).toEqual(['Thông tin', 'Chỉ tiêu', 'Công nhận trong kỳ', 'Tiêu chí']);
    expect(about?.rows[0]).toEqual(['Báo cáo kết quả xây dựng nông thôn mới', 'Tỉnh Thái Nguyên — Quý IV năm 2025']);
    expect(targets?.rows[1]).toEqual([
      '231/KH-UBND ngày 08/04/2022 (UBND tỉnh Bắc Kạn)',
      'Số xã đạt chuẩn nông thôn mới (lũy kế đến cuối kỳ)',
      'ít nhất 61/96',
      0,
      undefined,
      'Chưa đạt',
      'mục II.2',
    ]);
    expect(decided?.rows[1]).toEqual([
      'Xã Phong Quang',
      '01849',
      'nông thôn mới nâng cao',
      2025,
      '20/12/2025',
      'Còn hiệu lực',
      'Quyết định giấy',
    ]);
    expect(criteria?.rows[1]).toEqual(['xa-ntm-2021-2025', '2', 2, 3, 66.7]);
  });

  it('prints in the PDF the very tables of the workbook, numbers with a decimal comma, under the official header', () => {
    const document = reportDocument(REPORT, '2026-01-05');
    expect(document).toMatchObject({
      issuer: ['UBND TỈNH THÁI NGUYÊN', 'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI'],
      placeAndDate: 'Thái Nguyên, ngày 05 tháng 01 năm 2026',
      kind: 'BÁO CÁO',
      subject: 'Kết quả xây dựng nông thôn mới quý IV năm 2025',
    });
    const tables = document.body.flatMap((block) => (block.kind === 'table' ? [block] : []));
    const [, ...sheets] = reportSheets(REPORT, '2026-01-05');
    expect(tables.map(({ columns }) => columns.map(({ header }) => header))).toEqual(sheets.map(({ rows }) => rows[0]));
    for (const { columns } of tables) expect(columns.reduce((sum, { share }) => sum + share, 0)).toBeCloseTo(1);
    expect(tables[1]?.rows[0]).toEqual([
      'Xã Phong Quang',
      '01849',
      'nông thôn mới nâng cao',
      '2025',
      '20/12/2025',
      'Còn hiệu lực',
      'Quyết định giấy',
    ]);
    expect(tables[2]?.rows[0]).toEqual(['xa-ntm-2021-2025', '2', '2', '3', '66,7']);
  });
});
