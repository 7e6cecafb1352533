import { createCalendar, isIsoDate, vietnamDateOf, type WorkingCalendar } from '@ntm/calendar';
import { DEFAULT_SURVEY_COVERAGE, surveyCoverage } from '@ntm/domain';

import type { OpenSurveyCampaign } from './model';
import { OFFICER_LEVELS, SURVEY_METHODS } from './model';
import { certifyingLevel, OFFICER_LEVEL_VI } from './officers';
import { invalidField, type SurveyDecision } from './refusals';

/** The longest a campaign may run; longer would hold the dossier back for a season. */
export const MAX_CAMPAIGN_WORKING_DAYS = 60;

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const isBlank = (text: string | undefined) => text === undefined || text.trim() === '';
const duplicated = (items: readonly string[]) => new Set(items).size !== items.length;

/**
 * The last working day of a campaign opening on `opensOn` and lasting `workingDays` working days,
 * on the province's calendar (the official schedule by default).
 */
export const closingDate = (
  opensOn: string,
  workingDays: number,
  calendar: WorkingCalendar = createCalendar(),
): string => calendar.addWorkingDays(opensOn, workingDays - 1);

/** Why a campaign plan cannot be opened, or undefined. */
export function checkPlan(
  { data, metadata }: OpenSurveyCampaign,
  calendar: WorkingCalendar = createCalendar(),
): SurveyDecision | undefined {
  const { villages, questionnaire: q, samplePlan, officers } = data;
  if (!(data.threshold > 0 && data.threshold <= 1))
    return invalidField('threshold', 'Ngưỡng hài lòng không hợp lệ.', 'The threshold is not valid.');
  if (data.coverage !== undefined && !(data.coverage >= 0 && data.coverage <= 1))
    return invalidField(
      'coverage',
      'Tỷ lệ hộ tối thiểu không hợp lệ.',
      'The minimum share of households is not valid.',
    );
  if (villages.length === 0 || duplicated(villages.map((v) => v.code)))
    return invalidField('villages', 'Cần danh sách thôn, mỗi mã một lần.', 'Villages are required, each code once.');
  const badVillage = villages.find(
    (v) => !CODE.test(v.code) || isBlank(v.name) || !Number.isInteger(v.households) || v.households < 1,
  );
  if (badVillage)
    return invalidField(
      'villages',
      `Thôn "${badVillage.code}": mã (chữ, số), tên và số hộ (≥ 1) là bắt buộc.`,
      `Village "${badVillage.code}": code (letters, digits), name and households (≥ 1) are required.`,
    );
  if (!(SURVEY_METHODS as readonly string[]).includes(data.method))
    return invalidField('method', 'Hình thức khảo sát không hợp lệ.', 'Unknown survey method.');
  const planError = checkQuestionnaire(data.questionnaire) ?? checkSample(samplePlan, villages, data.coverage);
  if (planError) return planError;
  if (isBlank(q.version)) return invalidField('questionnaire.version', 'Thiếu phiên bản phiếu.', 'Version required.');
  if (officers.length === 0 || officers.some((o) => !OFFICER_LEVELS.includes(o.level) || isBlank(o.userId)))
    return invalidField(
      'officers',
      'Cần cán bộ MTTQ phụ trách theo cấp (xã, huyện, tỉnh).',
      'Responsible MTTQ officers by level are required.',
    );
  const level = certifyingLevel(data.unitKind);
  if (!officers.some((o) => o.level === level))
    return invalidField(
      'officers',
      `Cần cán bộ MTTQ cấp ${OFFICER_LEVEL_VI[level]} phụ trách để kết thúc và xác nhận kết quả.`,
      `A responsible MTTQ officer at ${level} level is required to close and certify the result.`,
    );
  return checkDates(data.opensOn, data.durationWorkingDays, metadata.now, calendar);
}

function checkQuestionnaire(q: OpenSurveyCampaign['data']['questionnaire']): SurveyDecision | undefined {
  const ids = q.questions.map((question) => question.id);
  if (
    ids.length === 0 ||
    duplicated(ids) ||
    ids.some((id) => !CODE.test(id)) ||
    q.questions.some((x) => isBlank(x.text))
  )
    return invalidField(
      'questionnaire.questions',
      'Cần câu hỏi, mỗi mã (chữ, số) một lần, có nội dung.',
      'Questions are required, each code (letters, digits) once, with a text.',
    );
  if (!ids.includes(q.overallQuestionId))
    return invalidField(
      'questionnaire.overallQuestionId',
      'Câu hỏi chung về sự hài lòng phải là một câu trong phiếu.',
      'The overall satisfaction question must be one of the questions.',
    );
  const codes = q.reasons.map((r) => r.code);
  if (duplicated(codes) || codes.some((code) => !CODE.test(code)) || q.reasons.some((r) => isBlank(r.label)))
    return invalidField(
      'questionnaire.reasons',
      'Mã lý do không hài lòng phải khác nhau và có nội dung.',
      'Reason codes must be distinct, with a label.',
    );
  return undefined;
}

/** A sample smaller than the coverage required could never be certified: refused at opening. */
function checkSample(
  plan: OpenSurveyCampaign['data']['samplePlan'],
  villages: OpenSurveyCampaign['data']['villages'],
  coverage = DEFAULT_SURVEY_COVERAGE,
): SurveyDecision | undefined {
  if (plan.kind === 'all-households') return undefined;
  const households = villages.reduce((sum, v) => sum + v.households, 0);
  const least = Math.max(1, surveyCoverage(0, households, coverage).requiredRespondents);
  if (!Number.isInteger(plan.size) || plan.size < least || plan.size > households || isBlank(plan.rule))
    return invalidField(
      'samplePlan',
      `Mẫu khảo sát cần cỡ mẫu từ ${least} đến ${households} hộ và cách chọn mẫu.`,
      `A sample needs a size from ${least} to ${households} households and its rule.`,
    );
  return undefined;
}

function checkDates(
  opensOn: string,
  workingDays: number,
  now: string,
  calendar: WorkingCalendar,
): SurveyDecision | undefined {
  if (!isIsoDate(opensOn) || !calendar.isWorkingDay(opensOn) || opensOn < vietnamDateOf(now))
    return invalidField(
      'opensOn',
      'Ngày bắt đầu phải là một ngày làm việc, từ hôm nay trở đi.',
      'The opening date must be a working day, today or later.',
    );
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_CAMPAIGN_WORKING_DAYS)
    return invalidField(
      'durationWorkingDays',
      `Thời gian khảo sát từ 1 đến ${MAX_CAMPAIGN_WORKING_DAYS} ngày làm việc.`,
      `The campaign lasts 1 to ${MAX_CAMPAIGN_WORKING_DAYS} working days.`,
    );
  return undefined;
}
