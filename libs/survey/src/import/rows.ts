import { isRecordableText } from '@ntm/domain';

import type { OpenedCampaign } from '../campaign';
import type { Answer, SurveyResponse } from '../model';
import { checkAnswers, checkHousehold, looksPersonal, type ResponseProblem } from '../responses';
import type { RowProblem, Table, TableRow } from './table';

/** Columns of a tally file: household and village codes, one column per question, optional reasons. */
export const HOUSEHOLD_COLUMN = 'ma_ho';
export const VILLAGE_COLUMN = 'ma_thon';
export const reasonColumn = (questionId: string) => `ly_do_${questionId.toLowerCase()}`;

/** Header names that would carry personal data: the whole file is refused, nothing of it is stored. */
const PERSONAL_COLUMNS =
  /^(ho_?ten|ten|ho_va_ten|name|full_?name|so_?dien_?thoai|dien_?thoai|sdt|phone|mobile|email|cccd|cmnd)$/;

const SATISFIED = new Set(['1', 'x', 'có', 'co', 'hài lòng', 'hai long']);
const DISSATISFIED = new Set(['0', 'không', 'khong', 'không hài lòng', 'khong hai long']);

export interface ValidatedRows {
  readonly rows: number;
  readonly responses: readonly SurveyResponse[];
  readonly problems: readonly RowProblem[];
}

const rowProblem = (line: number, column: string, code: string, reason: string, reasonEn: string): RowProblem => ({
  line,
  column,
  code,
  reason,
  reasonEn,
});

/**
 * Every row checked against the campaign: codes in scope, every question answered, no formula, no
 * mis-encoded text or control characters, no household twice in the file or already answered. Valid rows become
 * responses; the report lists each problem by line and column.
 */
export async function validateRows(
  campaign: OpenedCampaign,
  table: Table,
  answered: ReadonlyMap<string, unknown>,
): Promise<ValidatedRows> {
  const headerProblems = checkHeader(campaign, table.header);
  const firstLine = new Map<string, number>();
  const responses: SurveyResponse[] = [];
  const problems: RowProblem[] = [];
  let rows = 0;
  for await (const row of table.rows) {
    rows += 1;
    // A refused header refuses every row; they are still read, to be counted and hashed.
    if (headerProblems.length > 0) continue;
    const code = row.cells[HOUSEHOLD_COLUMN];
    const earlier = firstLine.get(code);
    const found = checkRow(campaign, row);
    if (found.length === 0) found.push(...repeated(row.line, code, earlier, answered));
    if (found.length > 0) problems.push(...found);
    else responses.push(toResponse(campaign, row));
    if (earlier === undefined && code) firstLine.set(code, row.line);
  }
  return headerProblems.length > 0 ? { rows, responses: [], problems: headerProblems } : { rows, responses, problems };
}

/** A household already on an earlier line of the file, or already answered in the campaign. */
function repeated(
  line: number,
  code: string,
  earlier: number | undefined,
  answered: ReadonlyMap<string, unknown>,
): RowProblem[] {
  if (earlier !== undefined)
    return [
      rowProblem(
        line,
        HOUSEHOLD_COLUMN,
        'survey.duplicate-in-file',
        `Hộ ${code} trùng với dòng ${earlier} của tệp.`,
        `Household ${code} repeats line ${earlier}.`,
      ),
    ];
  if (answered.has(code))
    return [
      rowProblem(
        line,
        HOUSEHOLD_COLUMN,
        'survey.duplicate-household',
        `Hộ ${code} đã có phiếu trong đợt khảo sát; muốn sửa phải ghi nhận chỉnh sửa kèm lý do.`,
        `Household ${code} already answered in this campaign; correct it explicitly with a reason.`,
      ),
    ];
  return [];
}

function checkHeader(campaign: OpenedCampaign, header: readonly string[]): RowProblem[] {
  const questions = campaign.questionnaire.questions.map((q) => q.id.toLowerCase());
  const known = new Set([HOUSEHOLD_COLUMN, VILLAGE_COLUMN, ...questions, ...questions.map(reasonColumn)]);
  const problems = header
    .filter((name) => !known.has(name))
    .map((name) =>
      PERSONAL_COLUMNS.test(name)
        ? rowProblem(
            1,
            name,
            'survey.personal-data',
            'Không nhập họ tên, số điện thoại hay giấy tờ của người dân; chỉ mã hộ.',
            'No names, phone numbers or ID numbers: household codes only.',
          )
        : rowProblem(
            1,
            name,
            'survey.unknown-column',
            'Cột không có trong mẫu phiếu.',
            'The column is not part of the form.',
          ),
    );
  for (const name of [HOUSEHOLD_COLUMN, VILLAGE_COLUMN, ...questions]) {
    if (!header.includes(name))
      problems.push(
        rowProblem(1, name, 'survey.missing-column', 'Thiếu cột bắt buộc.', 'A required column is missing.'),
      );
  }
  return problems;
}

function checkRow(campaign: OpenedCampaign, row: TableRow): RowProblem[] {
  const located = (p: ResponseProblem) => rowProblem(row.line, columnOf(p.field), p.code, p.vi, p.en);
  const problems: RowProblem[] = [];
  for (const [column, value] of Object.entries(row.cells)) {
    if (value.includes('\uFFFD'))
      problems.push(
        rowProblem(
          row.line,
          column,
          'survey.wrong-encoding',
          'Sai bảng mã: lưu tệp dạng CSV UTF-8.',
          'Wrong encoding: save the file as CSV UTF-8.',
        ),
      );
    else if (!isRecordableText(value))
      problems.push(
        rowProblem(
          row.line,
          column,
          'survey.invalid-character',
          'Ô chứa ký tự điều khiển hoặc ký tự không hợp lệ (NUL…); chỉ nhập chữ và số.',
          'The cell holds a control or invalid character (NUL…); enter plain text only.',
        ),
      );
  }
  for (const column of row.formulaColumns ?? [])
    problems.push(
      rowProblem(
        row.line,
        column,
        'survey.formula-cell',
        'Ô chứa công thức; chỉ nhập giá trị.',
        'The cell holds a formula; enter values only.',
      ),
    );
  if (problems.length > 0) return problems;
  problems.push(...checkHousehold(campaign, row.cells[HOUSEHOLD_COLUMN], row.cells[VILLAGE_COLUMN]).map(located));
  const { answers, unreadable } = answersOf(campaign, row);
  problems.push(...unreadable, ...checkAnswers(campaign, answers).map(located));
  return problems;
}

const columnOf = (field: string) =>
  field === 'householdCode' ? HOUSEHOLD_COLUMN : field === 'village' ? VILLAGE_COLUMN : field.toLowerCase();

function answersOf(campaign: OpenedCampaign, row: TableRow): { answers: Answer[]; unreadable: RowProblem[] } {
  const answers: Answer[] = [];
  const unreadable: RowProblem[] = [];
  for (const { id } of campaign.questionnaire.questions) {
    const column = id.toLowerCase();
    const value = (row.cells[column] ?? '').normalize('NFC').toLowerCase();
    const reason = row.cells[reasonColumn(id)] ?? '';
    if (value === '') continue; // reported as a missing answer
    if (looksPersonal(reason)) {
      unreadable.push(
        rowProblem(
          row.line,
          reasonColumn(id),
          'survey.personal-data',
          'Chỉ ghi mã lý do, không ghi họ tên hay số điện thoại.',
          'Reason codes only: no names or phone numbers.',
        ),
      );
    }
    if (SATISFIED.has(value) || DISSATISFIED.has(value)) {
      answers.push({ questionId: id, satisfied: SATISFIED.has(value), ...(reason ? { reason } : {}) });
    } else {
      unreadable.push(
        rowProblem(
          row.line,
          column,
          'survey.invalid-answer',
          `Câu trả lời "${value}" không hợp lệ: ghi 1 (hài lòng) hoặc 0 (không hài lòng).`,
          `Answer "${value}" is not valid: 1 (satisfied) or 0 (dissatisfied).`,
        ),
      );
    }
  }
  return { answers, unreadable };
}

function toResponse(campaign: OpenedCampaign, row: TableRow): SurveyResponse {
  return {
    householdCode: row.cells[HOUSEHOLD_COLUMN],
    village: row.cells[VILLAGE_COLUMN],
    answers: answersOf(campaign, row).answers,
    channel: 'import',
  };
}
