import { defineSignal } from '@temporalio/workflow';

import type { CalendarOptions } from '@ntm/calendar';
import type { CertifiedSurvey } from '@ntm/domain';

/** What the API tells the dossier's workflow when MTTQ opens a campaign (ids and dates only). */
export interface SurveyCampaignStarted {
  readonly campaignId: string;
  /** ISO date: the campaign's last working day. */
  readonly closesOn: string;
  /** The instant the campaign was opened (the opening command's time): the timers count from it. */
  readonly openedAt: string;
}

export interface SurveyCampaignInput extends SurveyCampaignStarted {
  readonly dossierId: string;
  readonly reminderWorkingDaysBefore: number;
  /** The province's working calendar when the campaign opened; absent: the official schedule. */
  readonly calendar?: CalendarOptions;
}

/** The certified result as recorded on the campaign's stream (`SurveyCampaignCertified`), in the domain's shape. */
export type SurveyCertification = CertifiedSurvey;

/** Ids only, never personal data (visible in the Temporal UI). */
export const surveyCampaignWorkflowId = (dossierId: string, campaignId: string) =>
  `dossier-${dossierId}-survey-${campaignId}`;

/** API → recognition workflow: a campaign was opened; the workflow starts its child. */
export const surveyCampaignStarted = defineSignal<[SurveyCampaignStarted]>('surveyCampaignStarted');

/** API → survey child: the campaign was closed (no more reminders). */
export const surveyCampaignClosed = defineSignal('surveyCampaignClosed');

/** API → survey child: the result was certified; the child hands it to the dossier. */
export const surveyCampaignCertified = defineSignal<[SurveyCertification]>('surveyCampaignCertified');

/** Survey child → recognition workflow: record the certified result (RecordSurveyResult, by the system). */
export const surveyResultCertified = defineSignal<[SurveyCertification]>('surveyResultCertified');
