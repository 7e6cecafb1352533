import { Context } from '@temporalio/activity';
import { v5 as uuidv5 } from 'uuid';

import { type EventStore, surveyNoticeStreamId } from '@ntm/event-store';
import type { SurveyCampaignActivities, SurveyNotice } from '@ntm/workflows/survey/activities';

/** Namespace of notice event ids (UUID v5 of campaign, kind and closing date): a retry writes once. */
const NOTICE_ID_NAMESPACE = '2d7c5a8e-41f3-4b9a-8e6d-9f0c1b2a3d4e';

/** The campaign's reminders go to their own stream, so officers' appends to the campaign never race them. */
export function createSurveyActivities(store: EventStore): SurveyCampaignActivities {
  return {
    async recordSurveyNotice(notice: SurveyNotice) {
      await store.append(surveyNoticeStreamId(notice.campaignId), 'any', [
        {
          eventId: uuidv5(`${notice.campaignId}/${notice.kind}/${notice.closesOn}`, NOTICE_ID_NAMESPACE),
          type: notice.kind === 'reminder' ? 'SurveyClosingReminderSent' : 'SurveyClosingDatePassed',
          data: notice,
          metadata: {
            actor: 'he-thong',
            role: 'system',
            workflowId: Context.current().info.workflowExecution?.workflowId,
            now: notice.at,
          },
        },
      ]);
    },
  };
}
