import type { OpenedCampaign } from './campaign';
import type { Answer, SurveyResponse } from './model';

/** What is wrong with one response: the field (or file column) and why, in both languages. */
export interface ResponseProblem {
  readonly field: string;
  readonly code: string;
  readonly vi: string;
  readonly en: string;
}

/** Vietnamese mobile and landline numbers, with or without +84 and separators. */
const PHONE = /^(?:\+?84|0)[\d .-]{8,13}$/;
/** Letters separated by spaces: a person's name typed where a code belongs. */
const NAME = /^\p{L}+(?:\s+\p{L}+)+$/u;

/** Personal data never enters an event (household codes only): a phone number or a name is refused. */
export function looksPersonal(value: string): boolean {
  const text = value.trim();
  return PHONE.test(text) || NAME.test(text);
}

/** A household's number in its village: decimal digits without a leading zero. */
const HOUSEHOLD_NUMBER = /^[1-9][0-9]*$/;

const problem = (field: string, code: string, vi: string, en: string): ResponseProblem => ({ field, code, vi, en });

/** The household code `<village>-<n>` with 1 ≤ n ≤ the village's households, in the campaign's scope. */
export function checkHousehold(
  campaign: OpenedCampaign,
  householdCode: string,
  villageCode: string,
): ResponseProblem[] {
  if (looksPersonal(householdCode)) {
    return [
      problem(
        'householdCode',
        'survey.personal-data',
        'Chỉ ghi mã hộ, không ghi họ tên hay số điện thoại.',
        'Household codes only: no names or phone numbers.',
      ),
    ];
  }
  const village = campaign.villages.find((v) => v.code === villageCode);
  if (!village) {
    return [
      problem(
        'village',
        'survey.unknown-village',
        `Thôn "${villageCode}" không thuộc phạm vi khảo sát.`,
        `Village "${villageCode}" is not in the survey's scope.`,
      ),
    ];
  }
  const prefix = `${village.code}-`;
  const digits = householdCode.startsWith(prefix) ? householdCode.slice(prefix.length) : '';
  // Written one way only: `Number` also reads "05", " 5", "5.0" or "0x5" as 5, which would let one
  // household answer twice under codes the duplicate check sees as different.
  const number = HOUSEHOLD_NUMBER.test(digits) ? Number(digits) : NaN;
  if (!Number.isInteger(number) || number < 1 || number > village.households) {
    return [
      problem(
        'householdCode',
        'survey.unknown-household',
        `Mã hộ "${householdCode}" không có trong danh sách hộ của thôn ${village.code} (${prefix}1 … ${prefix}${village.households}).`,
        `Household "${householdCode}" is not on village ${village.code}'s list (${prefix}1 … ${prefix}${village.households}).`,
      ),
    ];
  }
  return [];
}

/** One answer per question of the questionnaire; a reason only for a dissatisfied answer, from the list. */
export function checkAnswers(campaign: OpenedCampaign, answers: readonly Answer[]): ResponseProblem[] {
  const { questions, reasons } = campaign.questionnaire;
  const problems: ResponseProblem[] = [];
  for (const question of questions) {
    const given = answers.filter((a) => a.questionId === question.id);
    if (given.length === 0) {
      problems.push(
        problem(
          question.id,
          'survey.missing-answer',
          `Thiếu câu trả lời cho câu hỏi ${question.id}.`,
          `No answer to question ${question.id}.`,
        ),
      );
    } else if (given.length > 1) {
      problems.push(
        problem(question.id, 'survey.repeated-answer', 'Câu hỏi được trả lời hai lần.', 'Question answered twice.'),
      );
    }
  }
  for (const answer of answers) {
    if (!questions.some((q) => q.id === answer.questionId)) {
      problems.push(
        problem(answer.questionId, 'survey.unknown-question', 'Câu hỏi không có trong phiếu.', 'Unknown question.'),
      );
    } else if (answer.reason !== undefined && (answer.satisfied || !reasons.some((r) => r.code === answer.reason))) {
      problems.push(
        problem(
          answer.questionId,
          'survey.invalid-reason',
          'Lý do không hài lòng phải là một mã trong phiếu, chỉ ghi khi không hài lòng.',
          'A dissatisfaction reason must be a code of the questionnaire, given only when dissatisfied.',
        ),
      );
    }
  }
  return problems;
}

export const checkResponse = (campaign: OpenedCampaign, response: SurveyResponse): ResponseProblem[] => [
  ...checkHousehold(campaign, response.householdCode, response.village),
  ...checkAnswers(campaign, response.answers),
];
