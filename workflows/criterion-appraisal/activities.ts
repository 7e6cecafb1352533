/** What the appraisal timers record for the coordinator's work queue (not part of the dossier aggregate). */
export interface AppraisalNotice {
  readonly kind: 'reminder' | 'overdue';
  readonly dossierId: string;
  readonly round: number;
  readonly stepIndex: number;
  readonly criterionId: string;
  readonly department: string;
  readonly dueDate: string;
  /** The instant the timer fired. */
  readonly at: string;
}

export interface CriterionAppraisalActivities {
  /** Idempotent per (dossier, round, step, criterion, kind, due date): a retried activity writes once. */
  recordAppraisalNotice(notice: AppraisalNotice): Promise<void>;
}
