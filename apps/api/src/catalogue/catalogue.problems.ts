import type { CatalogueIssue, CellAt, CellProblem, DerivationProblem } from '@ntm/catalogue';
import type { DomainError } from '@ntm/domain';

import { ProblemException } from '../platform/problem.exception';

export function unknownVersion(version: string): ProblemException {
  return new ProblemException({
    code: 'catalogue.unknown-version',
    status: 404,
    title: { vi: 'Không có phiên bản danh mục này', en: 'No such catalogue version' },
    detail: { vi: `Không có danh mục ${version}.`, en: `No catalogue ${version}.` },
  });
}

/** Where a person fixes the file: the sheet, the row and the column, as a spreadsheet writes a cell (Tiêu chí!J12). */
export const cellName = (cell: Pick<CellProblem, 'sheet' | 'row' | 'column'>) =>
  `${cell.sheet}!${cell.column}${cell.row}`;

/** Nothing imported: every cell the sheet got wrong, by sheet, row and column. */
export function invalidSheet(problems: readonly CellProblem[]): ProblemException {
  return new ProblemException({
    code: 'catalogue.invalid-sheet',
    status: 422,
    title: {
      vi: 'Trang tính danh mục có ô không hợp lệ, chưa nhập gì',
      en: 'The catalogue sheet has invalid cells; nothing was imported',
    },
    detail: {
      vi: `${problems.length} ô cần sửa: ${problems.slice(0, 20).map(cellName).join(', ')}.`,
      en: `${problems.length} cell(s) to fix: ${problems.slice(0, 20).map(cellName).join(', ')}.`,
    },
    errors: problems.map((problem) => ({ field: cellName(problem), reason: problem.reason })),
    extensions: { problems },
  });
}

/** Nothing imported: every field of the JSON document that is not a catalogue version's, by path. */
export function invalidDocument(issues: readonly CatalogueIssue[]): ProblemException {
  const errors = issues.map(({ path, message }) => ({ field: path.map(String).join('.') || '(gốc)', reason: message }));
  return new ProblemException({
    code: 'catalogue.invalid-document',
    status: 422,
    title: {
      vi: 'Tài liệu danh mục không hợp lệ, chưa nhập gì',
      en: 'The catalogue document is invalid; nothing was imported',
    },
    detail: {
      vi: `${errors.length} trường cần sửa: ${errors
        .slice(0, 20)
        .map((e) => e.field)
        .join(', ')}.`,
      en: `${errors.length} field(s) to fix: ${errors
        .slice(0, 20)
        .map((e) => e.field)
        .join(', ')}.`,
    },
    errors,
  });
}

/**
 * The domain's refusal of a province's version read from a sheet: each lowered figure or dropped
 * row named by the cell it is in (by the sheet alone, for a row no longer in it).
 */
export function derivationRefusedOnSheet(
  error: DomainError,
  sheet: string,
  cellOf: (at: CellAt) => { readonly row: number; readonly column: string } | undefined,
): ProblemException {
  const problems = (error.details?.problems ?? []) as readonly DerivationProblem[];
  const located = problems.map((problem) => ({ problem, cell: cellOf(problem) }));
  return new ProblemException({
    code: error.code,
    status: 422,
    title: {
      vi: 'Danh mục của tỉnh chỉ được thêm tiêu chí, chỉ tiêu và nâng ngưỡng',
      en: "A province's catalogue may only add criteria or indicators and raise thresholds",
    },
    detail: { vi: error.messageVi, en: error.messageEn },
    errors: located.map(({ problem, cell }) => ({
      field: cell ? cellName({ sheet, ...cell }) : sheet,
      reason: { vi: problem.messageVi, en: problem.messageEn },
    })),
    extensions: { problems: located.map(({ problem, cell }) => ({ sheet, ...cell, reason: problem.messageVi })) },
  });
}
