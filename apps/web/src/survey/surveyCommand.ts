import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import type { CommandHeaders } from '../shared/commands';

export type SurveyResponseBody = components['schemas']['ResponseDto'];

export interface CampaignTarget {
  readonly dossierId: string;
  readonly campaignId: string;
}

/** One household's form: recorded, or (with the household's reason) a form already recorded corrected. */
export interface SurveyCommand {
  readonly response: SurveyResponseBody;
  readonly reason?: string;
}

export function sendSurveyCommand(
  target: CampaignTarget,
  { response, reason }: SurveyCommand,
  headers: CommandHeaders,
) {
  return answer(
    reason === undefined
      ? api.POST('/api/v1/dossiers/{dossierId}/survey-campaigns/{campaignId}/responses', {
          params: { path: target, header: headers },
          body: response,
        })
      : api.POST('/api/v1/dossiers/{dossierId}/survey-campaigns/{campaignId}/responses/{householdCode}/correction', {
          params: { path: { ...target, householdCode: response.householdCode }, header: headers },
          body: { village: response.village, channel: response.channel, answers: response.answers, reason },
        }),
  );
}

/**
 * The outbox queue of one officer's forms for a campaign: on a phone two officers share, each sends
 * only the forms they typed, with their own token.
 */
export const surveyQueue = (officer: string, target: CampaignTarget) =>
  `survey:${officer}:${target.dossierId}:${target.campaignId}`;
