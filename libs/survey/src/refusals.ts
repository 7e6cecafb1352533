import {
  ConflictError,
  type DomainErrorDetails,
  fail,
  ForbiddenError,
  NotFoundError,
  ok,
  type Result,
  ValidationError,
} from '@ntm/domain';

import type { CampaignStatus } from './campaign';
import type { SurveyCommand, SurveyEvent } from './model';
import type { ResponseProblem } from './responses';

export type SurveyDecision = Result<readonly SurveyEvent[]>;

type Messages = readonly [code: string, vi: string, en: string, details?: DomainErrorDetails];
const init = ([code, messageVi, messageEn, details]: Messages) => ({
  code,
  messageVi,
  messageEn,
  ...(details ? { details } : {}),
});

export const accepted = (events: readonly SurveyEvent[]): SurveyDecision => ok(events);
export const refuseConflict = (...m: Messages): SurveyDecision => fail(new ConflictError(init(m)));
export const refuseNotFound = (...m: Messages): SurveyDecision => fail(new NotFoundError(init(m)));
export const refuseForbidden = (...m: Messages): SurveyDecision => fail(new ForbiddenError(init(m)));
export const refuseInvalid = (...m: Messages): SurveyDecision => fail(new ValidationError(init(m)));

export const invalidField = (field: string, vi: string, en: string): SurveyDecision =>
  refuseInvalid('command.invalid-field', vi, en, { field });

/** The first problem names the field; all of them travel in the details. */
export const invalidResponse = (problems: readonly ResponseProblem[]): SurveyDecision =>
  refuseInvalid(problems[0].code, problems[0].vi, problems[0].en, { field: problems[0].field, problems });

const STATUS_VI: Record<CampaignStatus, string> = {
  none: 'chưa mở',
  open: 'đang mở',
  closed: 'đã kết thúc',
  certified: 'đã xác nhận kết quả',
};

export function wrongCampaignStatus(status: CampaignStatus, command: SurveyCommand['type']): SurveyDecision {
  if (status === 'none') {
    return refuseNotFound('survey.campaign-not-found', 'Không có đợt khảo sát này.', 'No such survey campaign.');
  }
  if (status === 'certified') {
    return refuseConflict(
      'survey.already-certified',
      'Kết quả khảo sát đã được MTTQ xác nhận; chỉ có thể thay đổi bằng một đợt khảo sát mới.',
      'The survey result is certified; only a new campaign can change it.',
      { status, command },
    );
  }
  return refuseConflict(
    'survey.invalid-state',
    `Đợt khảo sát ${STATUS_VI[status]}, không thể thực hiện ${command}.`,
    `The survey campaign is ${status}; ${command} is not allowed now.`,
    { status, command },
  );
}
