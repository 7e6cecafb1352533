import { Inject, Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';

import { AppendConflict, EVENT_STORE, type EventStore, type RecordedEvent } from '@ntm/event-store';
import {
  aggregateCampaign,
  type CampaignState,
  decideSurvey,
  type SurveyCommand,
  type SurveyEvent,
  type SurveyEventType,
} from '@ntm/survey';

import { campaignBusy, campaignChanged, campaignNotFound, domainProblem } from './survey.problems';

/** Namespace of survey event ids (UUID v5 of stream, command id and index): a retry appends nothing twice. */
const EVENT_ID_NAMESPACE = '9a4e2f61-7c3b-4d58-b1e0-5f6a7b8c9d0e';
/** Concurrent officers entering forms: a lost race is decided again on the new state, a few times. */
const ATTEMPTS = 3;

export const surveyStreamId = (campaignId: string) => `survey-${campaignId}`;

export interface LoadedCampaign {
  readonly state: CampaignState;
  readonly version: number;
}

export interface SurveyOutcome {
  readonly campaignId: string;
  readonly version: number;
  readonly events: readonly SurveyEventType[];
}

/**
 * The campaign's stream in the event store (the system of record): load, decide with the pure
 * core, append at the version decided on. A command already recorded (same command id) gets the
 * answer it got the first time.
 */
@Injectable()
export class SurveyStore {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The campaign as of now, refused as "not found" unless it belongs to `dossierId`. */
  async load(dossierId: string, campaignId: string): Promise<LoadedCampaign> {
    const events = await this.store.readStream(surveyStreamId(campaignId));
    const state = aggregateCampaign(events.map(toSurveyEvent));
    if (state.campaign?.dossierId !== dossierId) throw campaignNotFound();
    return { state, version: events.at(-1)?.streamVersion ?? 0 };
  }

  /** `guard` may refuse the decided events (by throwing) before anything is appended. */
  async execute(
    campaignId: string,
    command: SurveyCommand,
    expected?: number,
    guard: (events: readonly SurveyEvent[]) => void = () => undefined,
  ): Promise<SurveyOutcome> {
    const streamId = surveyStreamId(campaignId);
    for (let attempt = 1; ; attempt++) {
      const events = await this.store.readStream(streamId);
      const version = events.at(-1)?.streamVersion ?? 0;
      const replayed = replay(campaignId, events, command.metadata.commandId);
      if (replayed) return replayed;
      if (expected !== undefined && expected !== version) throw campaignChanged(expected, version);
      const decision = decideSurvey(command, aggregateCampaign(events.map(toSurveyEvent)));
      if (!decision.ok) throw domainProblem(decision.error);
      if (decision.value.length === 0) return { campaignId, version, events: [] };
      guard(decision.value);
      try {
        const appended = await this.store.append(
          streamId,
          version,
          decision.value.map((event, index) => ({
            eventId: uuidv5(`${streamId}/${command.metadata.commandId}/${index}`, EVENT_ID_NAMESPACE),
            type: event.type,
            data: event.data,
            metadata: { ...event.metadata, causationId: event.metadata.commandId },
          })),
        );
        return { campaignId, version: appended.nextExpectedVersion, events: decision.value.map((e) => e.type) };
      } catch (error) {
        if (!(error instanceof AppendConflict)) throw error;
        if (attempt >= ATTEMPTS) throw campaignBusy();
      }
    }
  }
}

function replay(campaignId: string, events: readonly RecordedEvent[], commandId: string): SurveyOutcome | undefined {
  const own = events.filter((event) => event.metadata.commandId === commandId);
  if (own.length === 0) return undefined;
  return { campaignId, version: own.at(-1)!.streamVersion, events: own.map((e) => e.type as SurveyEventType) };
}

export function toSurveyEvent(recorded: RecordedEvent): SurveyEvent {
  return { type: recorded.type, data: recorded.data, metadata: recorded.metadata } as unknown as SurveyEvent;
}
