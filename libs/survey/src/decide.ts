import type { WorkingCalendar } from '@ntm/calendar';
import { type CommandMetadata, coverageShortfall, type EvidenceRef, fail } from '@ntm/domain';

import type { CampaignState, OpenedCampaign } from './campaign';
import type {
  CertifySurveyResult,
  CorrectSurveyResponse,
  ImportSurveyResponses,
  OpenSurveyCampaign,
  RecordSurveyResponse,
  SurveyCommand,
  SurveyEvent,
  SurveyResponse,
} from './model';
import { RESPONSE_CHANNELS } from './model';
import { checkOfficer } from './officers';
import { checkPlan, closingDate } from './plan';
import {
  accepted,
  invalidField,
  invalidResponse,
  refuseConflict,
  refuseInvalid,
  refuseNotFound,
  type SurveyDecision,
  wrongCampaignStatus,
} from './refusals';
import { checkResponse } from './responses';
import { tallyCampaign } from './tally';

/** Rows per import event: an import of 50,000 rows is ten events of a few hundred kilobytes. */
export const IMPORT_CHUNK_SIZE = 5_000;

const SHA256 = /^[0-9a-f]{64}$/;

const event = <T extends SurveyEvent>(type: T['type'], data: T['data'], metadata: CommandMetadata): T =>
  ({ type, data, metadata }) as T;

/** `calendar`: the dossier's province's working calendar, which a campaign's dates count in. */
export function decideSurvey(command: SurveyCommand, state: CampaignState, calendar?: WorkingCalendar): SurveyDecision {
  if (command.type === 'OpenSurveyCampaign') return open(command, state, calendar);
  const campaign = state.campaign;
  const allowed = command.type === 'CertifySurveyResult' ? 'closed' : 'open';
  if (!campaign || state.status !== allowed) return wrongCampaignStatus(state.status, command.type);
  const notResponsible = checkOfficer(command.type, command.metadata, campaign);
  if (notResponsible) return notResponsible;
  switch (command.type) {
    case 'RecordSurveyResponse':
      return record(command, state, campaign);
    case 'CorrectSurveyResponse':
      return correct(command, state, campaign);
    case 'ImportSurveyResponses':
      return importResponses(command, state, campaign);
    case 'CloseSurveyCampaign':
      return close(command.metadata, state, campaign);
    case 'CertifySurveyResult':
      return certify(command, state, campaign);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

function open(command: OpenSurveyCampaign, state: CampaignState, calendar?: WorkingCalendar): SurveyDecision {
  if (state.status !== 'none')
    return refuseConflict('survey.campaign-exists', 'Đợt khảo sát đã được mở.', 'The survey campaign is already open.');
  const refusal = checkPlan(command, calendar);
  if (refusal) return refusal;
  const closesOn = closingDate(command.data.opensOn, command.data.durationWorkingDays, calendar);
  return accepted([event('SurveyCampaignOpened', { ...command.data, closesOn }, command.metadata)]);
}

function checked(campaign: OpenedCampaign, response: SurveyResponse): SurveyDecision | undefined {
  if (!RESPONSE_CHANNELS.includes(response.channel))
    return invalidField('channel', 'Kênh thu phiếu không hợp lệ.', 'Unknown response channel.');
  const problems = checkResponse(campaign, response);
  return problems.length > 0 ? invalidResponse(problems) : undefined;
}

function record(command: RecordSurveyResponse, state: CampaignState, campaign: OpenedCampaign): SurveyDecision {
  const refusal = checked(campaign, command.data);
  if (refusal) return refusal;
  const { householdCode } = command.data;
  if (state.responses.has(householdCode)) {
    return refuseConflict(
      'survey.duplicate-household',
      `Hộ ${householdCode} đã trả lời phiếu; muốn sửa phải ghi nhận chỉnh sửa kèm lý do.`,
      `Household ${householdCode} has already answered; change it with an explicit correction and a reason.`,
      { householdCode },
    );
  }
  return accepted([event('SurveyResponseRecorded', command.data, command.metadata)]);
}

function correct(command: CorrectSurveyResponse, state: CampaignState, campaign: OpenedCampaign): SurveyDecision {
  if (command.data.reason.trim() === '')
    return invalidField('reason', 'Chỉnh sửa phải có lý do.', 'A correction needs a reason.');
  const refusal = checked(campaign, command.data);
  if (refusal) return refusal;
  const earlier = state.responses.get(command.data.householdCode);
  if (!earlier) {
    return refuseNotFound(
      'survey.no-response-to-correct',
      `Hộ ${command.data.householdCode} chưa có phiếu để chỉnh sửa.`,
      `Household ${command.data.householdCode} has no response to correct.`,
    );
  }
  if (earlier.village !== command.data.village)
    return invalidField(
      'village',
      'Không được đổi thôn của hộ khi chỉnh sửa.',
      "A correction keeps the household's village.",
    );
  return accepted([event('SurveyResponseCorrected', command.data, command.metadata)]);
}

/** All or nothing: one invalid or duplicate row refuses the whole batch (the API reports rows first). */
function importResponses(
  command: ImportSurveyResponses,
  state: CampaignState,
  campaign: OpenedCampaign,
): SurveyDecision {
  const { fileSha256, fileName, responses, skippedRows } = command.data;
  if (!SHA256.test(fileSha256)) return invalidField('fileSha256', 'Mã sha256 của tệp không hợp lệ.', 'Bad sha256.');
  if (state.imports.has(fileSha256)) return accepted([]);
  if (responses.length === 0)
    return invalidField('file', 'Tệp không có dòng hợp lệ nào để nhập.', 'The file has no valid row to import.');
  const seen = new Set<string>();
  for (const response of responses) {
    const refusal =
      response.channel === 'import'
        ? checked(campaign, response)
        : invalidField('channel', 'Kênh phải là "import".', 'Channel must be "import".');
    if (refusal) return refusal;
    if (seen.has(response.householdCode) || state.responses.has(response.householdCode)) {
      return refuseConflict(
        'survey.duplicate-household',
        `Hộ ${response.householdCode} đã có phiếu; tệp nhập không được trùng hộ.`,
        `Household ${response.householdCode} already has a response; an import may not repeat a household.`,
        { householdCode: response.householdCode },
      );
    }
    seen.add(response.householdCode);
  }
  const chunks = Math.ceil(responses.length / IMPORT_CHUNK_SIZE);
  return accepted(
    Array.from({ length: chunks }, (_, chunk) =>
      event(
        'SurveyResponsesImported',
        {
          fileSha256,
          fileName,
          chunk: chunk + 1,
          chunks,
          skippedRows,
          responses: responses.slice(chunk * IMPORT_CHUNK_SIZE, (chunk + 1) * IMPORT_CHUNK_SIZE),
        },
        command.metadata,
      ),
    ),
  );
}

function close(metadata: CommandMetadata, state: CampaignState, campaign: OpenedCampaign): SurveyDecision {
  const respondents = state.responses.size;
  const plan = campaign.samplePlan;
  const required = plan.kind === 'sample' ? plan.size : 1;
  if (respondents < required) {
    return refuseConflict(
      'survey.sample-incomplete',
      `Mới có ${respondents} phiếu, cần ít nhất ${required} theo kế hoạch khảo sát.`,
      `Only ${respondents} responses; the plan needs at least ${required}.`,
      { respondents, required },
    );
  }
  return accepted([event('SurveyCampaignClosed', { respondents }, metadata)]);
}

function certify(command: CertifySurveyResult, state: CampaignState, campaign: OpenedCampaign): SurveyDecision {
  const report: readonly EvidenceRef[] = command.data.report;
  if (report.length === 0 || report.some((r) => !SHA256.test(r.sha256) || r.name.trim() === ''))
    return refuseInvalid(
      'command.invalid-field',
      'Cần biên bản tổng hợp kết quả khảo sát (tệp có mã sha256 và tên).',
      'The survey report is required (files with a sha256 digest and a name).',
      { field: 'report' },
    );
  const { overall, coverage } = tallyCampaign(state)!;
  const shortfall = coverageShortfall(coverage);
  if (shortfall) return fail(shortfall);
  return accepted([
    event(
      'SurveyCampaignCertified',
      {
        dossierId: campaign.dossierId,
        respondents: overall.respondents,
        satisfied: overall.satisfied,
        rate: overall.rate ?? 0,
        threshold: overall.threshold,
        passed: overall.met,
        certifiedBy: command.metadata.actor,
        report,
        coverage,
      },
      command.metadata,
    ),
  ]);
}
