import { answer, api } from '../api/client';
import { ifMatch } from '../shared/commands';
import type { SelfAssessmentBody } from './assessmentValues';

/** RecordSelfAssessment as kept in the outbox: sent against the version its draft was started from. */
export interface AssessmentCommand {
  readonly dossierId: string;
  readonly version: number;
  readonly body: SelfAssessmentBody;
}

export const sendAssessment = ({ dossierId, version, body }: AssessmentCommand, idempotencyKey: string) =>
  answer(
    api.POST('/api/v1/dossiers/{dossierId}/self-assessment', {
      params: { path: { dossierId }, header: { 'Idempotency-Key': idempotencyKey, ...ifMatch(version) } },
      body,
    }),
  );

/** The outbox queue of one user's self-assessment of a dossier: sent with that user's token only. */
export const assessmentQueue = (writer: string, dossierId: string) => `assessment:${writer}:${dossierId}`;
