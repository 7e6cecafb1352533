/** What the campaign's timers record for the MTTQ officers (not part of the campaign's own stream). */
export interface SurveyNotice {
  readonly kind: 'reminder' | 'due';
  readonly dossierId: string;
  readonly campaignId: string;
  readonly closesOn: string;
  /** The instant the timer fired. */
  readonly at: string;
}

export interface SurveyCampaignActivities {
  /** Idempotent per (campaign, kind, closing date): a retried activity writes once. */
  recordSurveyNotice(notice: SurveyNotice): Promise<void>;
}
