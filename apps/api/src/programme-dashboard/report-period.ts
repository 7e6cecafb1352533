/** Báo cáo định kỳ: a quarter, the first six or nine months, or the year. */
export const REPORT_PERIODS = ['q1', 'q2', 'q3', 'q4', 'h1', 'm9', 'year'] as const;
export type ReportPeriodCode = (typeof REPORT_PERIODS)[number];

/** The report's two files, with the same figures: the workbook to work on, the document to send. */
export const REPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const SPANS: Readonly<Record<ReportPeriodCode, readonly [string, string, string]>> = {
  q1: ['01-01', '03-31', 'Quý I năm'],
  q2: ['04-01', '06-30', 'Quý II năm'],
  q3: ['07-01', '09-30', 'Quý III năm'],
  q4: ['10-01', '12-31', 'Quý IV năm'],
  h1: ['01-01', '06-30', '6 tháng đầu năm'],
  m9: ['01-01', '09-30', '9 tháng đầu năm'],
  year: ['01-01', '12-31', 'Năm'],
};

export interface ReportPeriod {
  /** First and last day, ISO. */
  readonly from: string;
  readonly to: string;
  /** As the report's title says it: "Quý II năm 2026". */
  readonly label: string;
}

export function reportPeriod(year: number, code: ReportPeriodCode): ReportPeriod {
  const [from, to, label] = SPANS[code];
  return {
    from: `${year}-${from}`,
    to: `${year}-${to}`,
    label: `${label} ${year}`,
  };
}
