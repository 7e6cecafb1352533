import { Inject, Injectable } from '@nestjs/common';
import { type Client, WorkflowNotFoundError } from '@temporalio/client';

import { dossierWorkflowId } from '@ntm/workflows/dossier/messages';
import {
  surveyCampaignCertified,
  surveyCampaignClosed,
  type SurveyCampaignStarted,
  surveyCampaignStarted,
  surveyCampaignWorkflowId,
  type SurveyCertification,
  surveyResultCertified,
} from '@ntm/workflows/survey/messages';

import { TEMPORAL_CLIENT } from '../platform/tokens';

/**
 * Tells the orchestration what the campaign's stream now records: the dossier's workflow starts the
 * campaign's child on opening; the child stops its reminders on closing and hands the certified
 * result to the dossier.
 */
@Injectable()
export class SurveySignals {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly temporal: Client) {}

  async opened(dossierId: string, started: SurveyCampaignStarted): Promise<void> {
    await this.temporal.workflow.getHandle(dossierWorkflowId(dossierId)).signal(surveyCampaignStarted, started);
  }

  async closed(dossierId: string, campaignId: string): Promise<void> {
    await this.toChild(dossierId, campaignId, (child) => child.signal(surveyCampaignClosed));
  }

  /** If the child is gone (it ends once it handed a result over), the dossier is told directly. */
  async certified(dossierId: string, certification: SurveyCertification): Promise<void> {
    const delivered = await this.toChild(dossierId, certification.campaignId, (child) =>
      child.signal(surveyCampaignCertified, certification),
    );
    if (!delivered) {
      await this.temporal.workflow.getHandle(dossierWorkflowId(dossierId)).signal(surveyResultCertified, certification);
    }
  }

  private async toChild(
    dossierId: string,
    campaignId: string,
    send: (child: ReturnType<Client['workflow']['getHandle']>) => Promise<void>,
  ): Promise<boolean> {
    try {
      await send(this.temporal.workflow.getHandle(surveyCampaignWorkflowId(dossierId, campaignId)));
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }
}
