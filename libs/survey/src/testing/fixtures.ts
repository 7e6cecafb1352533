import type { CommandMetadata } from '@ntm/domain';

import { aggregateCampaign, type CampaignState } from '../campaign';
import { decideSurvey } from '../decide';
import type { CampaignPlan, SurveyCommand, SurveyEvent, SurveyResponse } from '../model';

export const SURVEY_NOW = '2026-04-01T02:00:00.000Z';

let sequence = 0;
export const surveyMeta = (overrides: Partial<CommandMetadata> = {}): CommandMetadata => ({
  actor: 'mttq-xa-01',
  role: 'survey-officer',
  unit: 'xa-01',
  commandId: `survey-cmd-${++sequence}`,
  now: SURVEY_NOW,
  ...overrides,
});

/** Two villages (thôn) of 60 households each, three questions, the overall one first. */
export const campaignPlan = (overrides: Partial<CampaignPlan> = {}): CampaignPlan => ({
  dossierId: 'd-1',
  unit: 'xa-01',
  unitKind: 'commune',
  level: 'ntm',
  round: 1,
  threshold: 0.9,
  villages: [
    { code: 'T1', name: 'Thôn Đông', households: 60 },
    { code: 'T2', name: 'Thôn Đoài', households: 60 },
  ],
  method: 'paper',
  questionnaire: {
    version: 'MTTQ-2026.1',
    overallQuestionId: 'q1',
    questions: [
      { id: 'q1', text: 'Ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?' },
      { id: 'q2', text: 'Hài lòng với đường giao thông nông thôn?' },
      { id: 'q3', text: 'Hài lòng với môi trường và an toàn thực phẩm?' },
    ],
    reasons: [
      { code: 'duong-xuong-cap', label: 'Đường xuống cấp' },
      { code: 'rac-thai', label: 'Rác thải chưa được thu gom' },
    ],
  },
  samplePlan: { kind: 'all-households' },
  opensOn: '2026-04-01',
  durationWorkingDays: 10,
  officers: [{ level: 'commune', userId: 'mttq-xa-01' }],
  ...overrides,
});

export const surveyCmd = {
  open: (plan: Partial<CampaignPlan> = {}, campaignId = 'camp-1'): SurveyCommand => ({
    type: 'OpenSurveyCampaign',
    data: { campaignId, ...campaignPlan(plan) },
    metadata: surveyMeta(),
  }),
  record: (response: SurveyResponse): SurveyCommand => ({
    type: 'RecordSurveyResponse',
    data: response,
    metadata: surveyMeta(),
  }),
  correct: (response: SurveyResponse, reason = 'Ghi nhầm phiếu'): SurveyCommand => ({
    type: 'CorrectSurveyResponse',
    data: { ...response, reason },
    metadata: surveyMeta(),
  }),
  close: (): SurveyCommand => ({ type: 'CloseSurveyCampaign', data: {}, metadata: surveyMeta() }),
  certify: (): SurveyCommand => ({
    type: 'CertifySurveyResult',
    data: { report: [{ sha256: 'b'.repeat(64), name: 'bien-ban-khao-sat.pdf' }] },
    metadata: surveyMeta(),
  }),
};

/** Household `n` of village T1 (1–60) or T2 (61–120), satisfied on every question unless told. */
export function response(n: number, satisfied = true, channel: SurveyResponse['channel'] = 'paper'): SurveyResponse {
  const village = n <= 60 ? 'T1' : 'T2';
  const code = `${village}-${n <= 60 ? n : n - 60}`;
  return {
    householdCode: code,
    village,
    channel,
    answers: ['q1', 'q2', 'q3'].map((questionId) =>
      satisfied ? { questionId, satisfied } : { questionId, satisfied, reason: 'duong-xuong-cap' },
    ),
  };
}

/** Runs commands in order, failing loudly on a refusal; returns the events and the state. */
export function run(commands: readonly SurveyCommand[], events: SurveyEvent[] = []): CampaignState {
  for (const command of commands) {
    const decision = decideSurvey(command, aggregateCampaign(events));
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.code}`);
    events.push(...decision.value);
  }
  return aggregateCampaign(events);
}

/** The decision on `command` after `events`. */
export const decideAfter = (events: readonly SurveyEvent[], command: SurveyCommand) =>
  decideSurvey(command, aggregateCampaign(events));

/** The refusal of `command` after `events` (throws if it was accepted). */
export function refusalAfter(events: readonly SurveyEvent[], command: SurveyCommand) {
  const decision = decideAfter(events, command);
  if (decision.ok) throw new Error(`expected a refusal, got ${decision.value.map((e) => e.type).join(', ')}`);
  return decision.error;
}
