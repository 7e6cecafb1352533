import type { RecordedEvent } from '@ntm/event-store';
import type { EntityManager } from 'typeorm';

import type { Projector } from '../projector';
import { SurveyCampaignRow } from './survey-campaign.entity';

/** Only what the list shows; the event shapes are libs/survey's (kept structural here). */
interface Opened {
  readonly campaignId: string;
  readonly dossierId: string;
  readonly unit: string;
  readonly round: number;
  readonly method: string;
  readonly opensOn: string;
  readonly closesOn: string;
  readonly threshold: number;
}

const campaignOf = (event: RecordedEvent) => event.streamId.replace(/^survey-/, '');

/** The campaign child's notices (stream `survey-notices-<campaignId>`), shown on the list. */
const NOTICES: Readonly<Record<string, 'closingReminded' | 'closingDatePassed'>> = {
  SurveyClosingReminderSent: 'closingReminded',
  SurveyClosingDatePassed: 'closingDatePassed',
};

const answered = (event: RecordedEvent) =>
  event.type === 'SurveyResponseRecorded' ? 1 : (event.data as { responses: readonly unknown[] }).responses.length;

/**
 * Per batch: campaigns opened first, then one increment per campaign for the households that
 * answered (entered or imported), then closings and certifications in order.
 */
async function applySurveyCampaigns(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const rows = manager.getRepository(SurveyCampaignRow);
  const opened = events.filter((e) => e.type === 'SurveyCampaignOpened');
  if (opened.length > 0) await rows.upsert(opened.map(openedRow), ['campaignId']);
  const counts = new Map<string, number>();
  for (const event of events.filter((e) => e.type === 'SurveyResponseRecorded' || e.type === 'SurveyResponsesImported'))
    counts.set(campaignOf(event), (counts.get(campaignOf(event)) ?? 0) + answered(event));
  for (const [campaignId, count] of counts) await rows.increment({ campaignId }, 'respondents', count);
  for (const event of events) {
    const notice = NOTICES[event.type];
    if (notice)
      await rows.update({ campaignId: (event.data as { campaignId: string }).campaignId }, { [notice]: true });
    if (event.type === 'SurveyCampaignClosed')
      await rows.update({ campaignId: campaignOf(event) }, { status: 'closed' });
    if (event.type === 'SurveyCampaignCertified') {
      const { rate, passed } = event.data as { rate: number; passed: boolean };
      await rows.update({ campaignId: campaignOf(event) }, { status: 'certified', rate, passed });
    }
  }
}

function openedRow(event: RecordedEvent): SurveyCampaignRow {
  const data = event.data as Opened;
  return {
    campaignId: campaignOf(event),
    dossierId: data.dossierId,
    unitCode: data.unit,
    round: data.round,
    status: 'open',
    method: data.method,
    opensOn: data.opensOn,
    closesOn: data.closesOn,
    threshold: data.threshold,
    respondents: 0,
    closingReminded: false,
    closingDatePassed: false,
    rate: null,
    passed: null,
    openedAt: event.recordedAt,
  };
}

export const surveyCampaignsProjector: Projector = {
  name: 'survey_campaigns',
  handles: [
    'SurveyCampaignOpened',
    'SurveyResponseRecorded',
    'SurveyResponsesImported',
    'SurveyCampaignClosed',
    'SurveyCampaignCertified',
    ...Object.keys(NOTICES),
  ],
  owns: [SurveyCampaignRow],
  apply: applySurveyCampaigns,
};
