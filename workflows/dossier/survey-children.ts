import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, setHandler, startChild } from '@temporalio/workflow';

import type { CalendarOptions } from '@ntm/calendar';
import { type DossierCommand, type DossierState, recordCertifiedSurvey } from '@ntm/domain';

import { surveyCampaignStarted, surveyCampaignWorkflowId, surveyResultCertified } from '../survey/messages';
import { surveyCampaignWorkflow } from '../survey/workflow';

/**
 * The dossier's MTTQ survey campaigns: each runs as a child workflow (its dates and reminders);
 * when one is certified, the dossier records the result in the system's name. Children outlive a
 * continue-as-new (ABANDON) and are addressed by their deterministic ids.
 */
export function followSurveyCampaigns(
  dossierId: string,
  view: () => DossierState,
  record: (command: DossierCommand) => Promise<void>,
  calendar: () => CalendarOptions | undefined,
): void {
  setHandler(surveyCampaignStarted, async (started) => {
    const state = view();
    const reminderWorkingDaysBefore =
      state.status === 'unregistered' ? 0 : state.dossier.rules.regime.reminderWorkingDaysBefore;
    const counted = calendar();
    try {
      await startChild(surveyCampaignWorkflow, {
        workflowId: surveyCampaignWorkflowId(dossierId, started.campaignId),
        args: [{ ...started, dossierId, reminderWorkingDaysBefore, ...(counted ? { calendar: counted } : {}) }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    } catch (error) {
      // The same campaign announced twice (a retried request): its child already keeps the clock.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  });
  // The API tells again when a certification request is retried, possibly after a continue-as-new:
  // the dossier's state names the campaigns already recorded, and its rules refuse a second one.
  setHandler(surveyResultCertified, (certification) => record(recordCertifiedSurvey(certification, view())));
}
