import type { RowProblem } from '@ntm/survey';

import { ProblemException } from '../platform/problem.exception';

export const campaignNotFound = () =>
  new ProblemException({
    code: 'survey.campaign-not-found',
    status: 404,
    title: {
      vi: 'Không tìm thấy đợt khảo sát',
      en: 'Survey campaign not found',
    },
  });

export const unreadableFile = (vi: string, en: string) =>
  new ProblemException({
    code: 'survey.unreadable-file',
    status: 400,
    title: { vi: 'Không đọc được tệp', en: 'The file cannot be read' },
    detail: { vi, en },
  });

/** Nothing imported: the report lists every problem by line and column. */
export const invalidRows = (rows: number, problems: readonly RowProblem[]) =>
  new ProblemException({
    code: 'survey.import-invalid-rows',
    status: 422,
    title: { vi: 'Tệp có dòng không hợp lệ, chưa nhập gì', en: 'The file has invalid rows; nothing was imported' },
    detail: {
      vi: `${new Set(problems.map((p) => p.line)).size}/${rows} dòng không hợp lệ. Sửa tệp rồi nhập lại, hoặc chọn chỉ nhập các dòng hợp lệ.`,
      en: `${new Set(problems.map((p) => p.line)).size}/${rows} rows are invalid. Fix the file and import it again, or choose to import the valid rows only.`,
    },
    errors: problems
      .slice(0, 1000)
      .map((p) => ({ field: `dòng ${p.line}, cột ${p.column}`, reason: { vi: p.reason, en: p.reasonEn } })),
    extensions: { report: { rows, problems } },
  });
