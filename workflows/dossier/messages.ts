import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

import type { DossierCommand, DossierEventType, DossierStatus, DossierSummary } from '@ntm/domain';

/** Workflow id of a dossier: ids only, never personal data (visible in the Temporal UI). */
export const dossierWorkflowId = (dossierId: string) => `dossier-${dossierId}`;

export const RECOGNITION_WORKFLOW = 'recognitionWorkflow';

export interface RecognitionInput {
  readonly dossierId: string;
}

/** What a command did: the stream version after it, so a client can read its own write. */
export interface CommandOutcome {
  readonly dossierId: string;
  readonly version: number;
  readonly events: readonly DossierEventType[];
  readonly status: DossierStatus;
}

/**
 * Every command of the procedure enters as this Update. Its validator runs the domain's `decide`
 * so a refused command never enters workflow history; the update id is the command id, so a
 * retried HTTP request is answered from the first result.
 */
export const executeCommand = defineUpdate<CommandOutcome, [DossierCommand]>('executeCommand');

export interface DossierPosition {
  readonly version: number;
  readonly summary: DossierSummary | null;
  /** Criteria whose appraisal deadline passed without a verdict (escalated to the coordinator). */
  readonly overdue: readonly string[];
  /** Department of each criterion dispatched in the current review step, appraised or not. */
  readonly departments: Readonly<Record<string, string>>;
  /** While revocation is proposed and unexplained: the commune's last working day to explain (Điều 24). */
  readonly explanationDue?: string;
}

export const dossierPosition = defineQuery<DossierPosition>('dossierPosition');

/** From a criterion's appraisal child workflow: its deadline passed (already recorded as a notice). */
export const appraisalOverdue = defineSignal<[{ readonly criterionId: string }]>('appraisalOverdue');
