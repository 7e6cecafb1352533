import type { PlanTarget, SheetTable } from '@ntm/catalogue';
import { type Level, LEVEL_NAMES } from '@ntm/domain';

import { vietnameseDate } from '../public-verification/vietnamese-dates';
import type { DashboardRecognition } from './dashboard-dossier';
import type { ProgrammeDashboard } from './dashboard';
import type { ReportPeriod } from './report-period';

const UNIT_KINDS: Readonly<Record<string, string>> = { commune: 'xã', village: 'thôn', district: 'huyện' };
const unitKind = (kind: string) => UNIT_KINDS[kind] ?? kind;
const level = (code: string) => LEVEL_NAMES[code as Level]?.vi ?? code;

/** A recognition decided within the period, as the report lists it. */
export type DecidedRecognition = DashboardRecognition & { readonly unitName: string };

export interface PeriodicReport {
  readonly provinceName: string;
  readonly period: ReportPeriod;
  readonly dashboard: ProgrammeDashboard;
  readonly decided: readonly DecidedRecognition[];
}

/** The target as the plan words it, for a reader of the report. */
function targetText(target: PlanTarget): [string, string] {
  const units = unitKind(target.unitKind);
  const bound = target.measure === 'criterion-share' ? target.percent : target.bound;
  const unit = target.measure === 'criterion-share' ? '%' : '';
  const of = target.measure === 'recognised-units' && target.of ? `/${target.of}` : '';
  const planned =
    'from' in bound
      ? `từ ${bound.from} đến ${bound.to}${unit}`
      : 'atLeast' in bound
        ? `ít nhất ${bound.atLeast}${of}${unit}`
        : `trên ${bound.moreThan}${of}${unit}`;
  switch (target.measure) {
    case 'recognised-units':
      return [
        `Số ${units} đạt chuẩn ${level(target.level)} (${target.count === 'total' ? 'lũy kế đến cuối kỳ' : 'tăng thêm trong kỳ'})`,
        planned,
      ];
    case 'average-criteria-met':
      return [`Bình quân số tiêu chí đạt/${units} (${level(target.level)})`, planned];
    case 'criterion-share':
      return [`Tỷ lệ ${units} đạt tiêu chí số ${target.criterionId} (${level(target.level)})`, planned];
  }
}

/** A table of the report's figures: the XLSX writes it as a sheet, the PDF as a table under its name. */
export interface ReportTable extends SheetTable {
  /** Each column's share of the PDF page's text width, summing to 1. */
  readonly shares: readonly number[];
}

function targetsSheet({ dashboard }: PeriodicReport): ReportTable {
  const rows = dashboard.plans.flatMap(({ plan, targets }) =>
    targets.map(({ target, actual, over, reached }) => [
      `${plan.number} ngày ${vietnameseDate(plan.date)} (${plan.issuer})`,
      ...targetText(target),
      actual ?? undefined,
      over ?? undefined,
      actual === null ? 'Chưa có số liệu' : reached ? 'Đạt' : 'Chưa đạt',
      target.note ? `${target.section}. ${target.note}` : target.section,
    ]),
  );
  return {
    name: 'Chỉ tiêu',
    shares: [0.16, 0.24, 0.12, 0.09, 0.1, 0.1, 0.19],
    rows: [
      ['Kế hoạch', 'Chỉ tiêu', 'Kế hoạch đặt ra', 'Thực hiện', 'Tính trên số đơn vị có hồ sơ', 'Đánh giá', 'Căn cứ'],
      ...rows,
    ],
  };
}

function decidedSheet({ decided }: PeriodicReport): ReportTable {
  const rows = decided.map((recognition) => [
    recognition.unitName,
    recognition.unitCode,
    level(recognition.level),
    recognition.year,
    vietnameseDate(recognition.decidedOn),
    recognition.standing ? 'Còn hiệu lực' : 'Đã thu hồi',
    recognition.dossierId ?? 'Quyết định giấy',
  ]);
  return {
    name: 'Công nhận trong kỳ',
    shares: [0.2, 0.09, 0.16, 0.1, 0.14, 0.13, 0.18],
    rows: [['Đơn vị', 'Mã', 'Mức đạt chuẩn', 'Năm công nhận', 'Ngày quyết định', 'Hiệu lực', 'Hồ sơ'], ...rows],
  };
}

function criteriaSheet({ dashboard }: PeriodicReport): ReportTable {
  const rows = dashboard.criteriaSets.flatMap((set) =>
    set.criteria.map(({ criterionId, met, assessed, rate }) => [set.criteriaSetId, criterionId, met, assessed, rate]),
  );
  return {
    name: 'Tiêu chí',
    shares: [0.28, 0.12, 0.2, 0.2, 0.2],
    rows: [['Bộ tiêu chí', 'Tiêu chí', 'Số đơn vị đạt', 'Số đơn vị có hồ sơ đánh giá', 'Tỷ lệ đạt (%)'], ...rows],
  };
}

/** The report's figures, the same in both its files: the plans' targets, the recognitions of the period, each criterion met. */
export function reportTables(report: PeriodicReport): ReportTable[] {
  return [targetsSheet(report), decidedSheet(report), criteriaSheet(report)];
}

/** Báo cáo định kỳ as a workbook: the period, then the report's figures. */
export function reportSheets(report: PeriodicReport, generatedOn: string): SheetTable[] {
  const { provinceName, period } = report;
  const about: SheetTable = {
    name: 'Thông tin',
    rows: [
      ['Báo cáo kết quả xây dựng nông thôn mới', `${provinceName} — ${period.label}`],
      ['Từ ngày', vietnameseDate(period.from)],
      ['Đến ngày', vietnameseDate(period.to)],
      ['Ngày lập', vietnameseDate(generatedOn)],
    ],
  };
  return [about, ...reportTables(report)];
}
