import type { WorkingCalendar } from '@ntm/calendar';
import { Inject, Injectable } from '@nestjs/common';

import { type DomainError, fail } from '@ntm/domain';
import {
  decodeEvent,
  type Decision,
  EVENT_STORE,
  type EventStore,
  handleCommand,
  surveyStreamId,
} from '@ntm/event-store';
import {
  aggregateCampaign,
  type CampaignState,
  decideSurvey,
  type SurveyCommand,
  type SurveyEvent,
  type SurveyEventType,
} from '@ntm/survey';

import { campaignNotFound } from './survey.problems';

export interface LoadedCampaign {
  readonly state: CampaignState;
  readonly version: number;
}

export interface SurveyOutcome {
  readonly campaignId: string;
  readonly version: number;
  readonly events: readonly SurveyEventType[];
}

/** A rule outside the campaign (the dossier's own) that may refuse the decided events before they are recorded. */
export type SurveyGuard = (events: readonly SurveyEvent[]) => DomainError | undefined;

interface ExecuteOptions {
  readonly expectedVersion?: number;
  readonly guard?: SurveyGuard;
  readonly calendar?: WorkingCalendar;
}

/** The campaign's stream in the event store (the system of record), decided by the pure core. */
@Injectable()
export class SurveyStore {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The campaign as of now, refused as "not found" unless it belongs to `dossierId`. */
  async load(dossierId: string, campaignId: string): Promise<LoadedCampaign> {
    const events = await this.store.readStream(surveyStreamId(campaignId));
    const state = aggregateCampaign(events.map((event) => decodeEvent<SurveyEvent>(event)));
    if (state.campaign?.dossierId !== dossierId) throw campaignNotFound();
    return { state, version: events.at(-1)?.streamVersion ?? 0 };
  }

  /**
   * `expectedVersion`: If-Match; `guard`: a refusal the campaign's events may still meet (the
   * dossier's rules); `calendar`: the province's working calendar a new campaign's dates count in.
   */
  async execute(
    campaignId: string,
    command: SurveyCommand,
    { expectedVersion, guard = () => undefined, calendar }: ExecuteOptions = {},
  ): Promise<SurveyOutcome> {
    const decide = (state: CampaignState): Decision<SurveyEvent> => {
      const decision = decideSurvey(command, state, calendar);
      const refusal = decision.ok ? guard(decision.value) : undefined;
      return refusal ? fail(refusal) : decision;
    };
    const { version, events } = await handleCommand(
      this.store,
      surveyStreamId(campaignId),
      { fold: aggregateCampaign, decide },
      { commandId: command.metadata.commandId, expectedVersion },
    );
    return { campaignId, version, events: events.map((event) => event.type) };
  }
}
