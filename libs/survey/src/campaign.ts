import type { CampaignPlan, SurveyCampaignCertified, SurveyEvent, SurveyResponse } from './model';

export type CampaignStatus = 'none' | 'open' | 'closed' | 'certified';

export interface OpenedCampaign extends CampaignPlan {
  readonly campaignId: string;
  readonly closesOn: string;
  /** The opening command's instant: the campaign's timers count from it. */
  readonly openedAt: string;
}

export interface CampaignState {
  readonly status: CampaignStatus;
  readonly campaign?: OpenedCampaign;
  /** The response in force per household code (a correction replaces the earlier one). */
  readonly responses: Map<string, SurveyResponse>;
  /** sha256 of every file imported. */
  readonly imports: Set<string>;
  readonly certified?: CertifiedResult;
}

/** The certified result with when and by which command it was certified. */
export type CertifiedResult = SurveyCampaignCertified['data'] & {
  readonly certifiedAt: string;
  readonly commandId: string;
};

export const initialCampaignState = (): CampaignState => ({
  status: 'none',
  responses: new Map(),
  imports: new Set(),
});

/**
 * Folds one event. The fold owns its state (a fresh `initialCampaignState()` per fold, never
 * shared), so the response map is extended in place: a campaign holds tens of thousands of
 * households, and copying the map per event would make a fold quadratic.
 */
export function evolveCampaign(state: CampaignState, event: SurveyEvent): CampaignState {
  switch (event.type) {
    case 'SurveyCampaignOpened':
      return { ...state, status: 'open', campaign: { ...event.data, openedAt: event.metadata.now } };
    case 'SurveyResponseRecorded':
    case 'SurveyResponseCorrected':
      state.responses.set(event.data.householdCode, withoutReason(event.data));
      return state;
    case 'SurveyResponsesImported':
      for (const response of event.data.responses) state.responses.set(response.householdCode, response);
      state.imports.add(event.data.fileSha256);
      return state;
    case 'SurveyCampaignClosed':
      return { ...state, status: 'closed' };
    case 'SurveyCampaignCertified':
      return {
        ...state,
        status: 'certified',
        certified: { ...event.data, certifiedAt: event.metadata.now, commandId: event.metadata.commandId },
      };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export const aggregateCampaign = (
  events: readonly SurveyEvent[],
  from: CampaignState = initialCampaignState(),
): CampaignState => events.reduce(evolveCampaign, from);

/** A correction's reason belongs to the event (the audit trail), not to the household's answers. */
function withoutReason(data: SurveyResponse & { readonly reason?: string }): SurveyResponse {
  const { householdCode, village, answers, channel } = data;
  return { householdCode, village, answers, channel };
}
