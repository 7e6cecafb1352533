import { condition, getExternalWorkflowHandle, proxyActivities, setHandler } from '@temporalio/workflow';

import { createCalendar, endOfVietnamDay, startOfVietnamDay } from '@ntm/calendar';

import { NOTICE_ACTIVITY } from '../activity-options';
import { persistently } from '../background';
import { dossierWorkflowId } from '../dossier/messages';
import type { SurveyCampaignActivities, SurveyNotice } from './activities';
import {
  type SurveyCampaignInput,
  surveyCampaignCertified,
  surveyCampaignClosed,
  type SurveyCertification,
  surveyResultCertified,
} from './messages';

const { recordSurveyNotice } = proxyActivities<SurveyCampaignActivities>(NOTICE_ACTIVITY);

/**
 * One MTTQ survey campaign of a dossier: reminds the officers some working days before the last
 * day, records that the closing date passed if the campaign is still open, and, once the result
 * is certified, hands it to the dossier's recognition workflow, which records it. Time is counted
 * from the opening instant (no clock is read), so replay is exact.
 */
export async function surveyCampaignWorkflow(input: SurveyCampaignInput): Promise<void> {
  const calendar = createCalendar(input.calendar);
  let closed = false;
  let certification: SurveyCertification | undefined;
  setHandler(surveyCampaignClosed, () => void (closed = true));
  setHandler(surveyCampaignCertified, (certified) => void (certification = certified));

  const notices: Pick<SurveyNotice, 'kind' | 'at'>[] = [
    {
      kind: 'reminder',
      at: startOfVietnamDay(calendar.subtractWorkingDays(input.closesOn, input.reminderWorkingDaysBefore)),
    },
    { kind: 'due', at: endOfVietnamDay(input.closesOn) },
  ];
  let clock = input.openedAt;
  for (const { kind, at } of notices) {
    const wait = Date.parse(at) - Date.parse(clock);
    if (wait <= 0) continue; // a reminder day already past at opening (a short campaign)
    if (await condition(() => closed || certification !== undefined, wait)) break;
    clock = at;
    const { dossierId, campaignId, closesOn } = input;
    await persistently('survey notice', () => recordSurveyNotice({ kind, dossierId, campaignId, closesOn, at }));
  }
  await condition(() => certification !== undefined);
  await getExternalWorkflowHandle(dossierWorkflowId(input.dossierId)).signal(surveyResultCertified, certification!);
}
