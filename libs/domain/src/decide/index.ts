import type { DossierCommand } from '../commands';
import type { DossierState } from '../state';
import { attachSubmissionDocument, detachSubmissionDocument } from './checklist';
import { castVote, closeCouncil, openCouncil } from './council';
import {
  answerComment,
  closeCommentPeriod,
  postResults,
  recordComment,
  recordSelfAssessment,
  recordSurveyResult,
  registerDossier,
} from './filing';
import { issueDecision, refuseDossier, resubmitDossier, withdrawDossier } from './outcome';
import { recordReviewRound, resolveRevocationCase } from './review-round';
import { announceRecognition, announceRevocation } from './announcement';
import {
  decideRevocation,
  explainRevocation,
  proposeRevocation,
  recordExplanationOverdue,
  verifyRevocation,
} from './revocation';
import { recordResidentsConsultation } from './revocation-consultation';
import { carryOverDossier, closeOnMerger } from './merger';
import { appraiseCriterion, extendDeadline, provideSupplement, requestSupplement } from './appraisal';
import { assignCriteria, completeReviewStep, submitForReview } from './submission';
import { invalid, isInstant, type Decision } from './support';

function route(command: DossierCommand, state: DossierState): Decision {
  switch (command.type) {
    case 'RegisterDossier':
      return registerDossier(command, state);
    case 'RecordSelfAssessment':
      return recordSelfAssessment(command, state);
    case 'PostResults':
      return postResults(command, state);
    case 'RecordComment':
      return recordComment(command, state);
    case 'AnswerComment':
      return answerComment(command, state);
    case 'CloseCommentPeriod':
      return closeCommentPeriod(command, state);
    case 'RecordSurveyResult':
      return recordSurveyResult(command, state);
    case 'SubmitForReview':
      return submitForReview(command, state);
    case 'AttachSubmissionDocument':
      return attachSubmissionDocument(command, state);
    case 'DetachSubmissionDocument':
      return detachSubmissionDocument(command, state);
    case 'AssignCriteria':
      return assignCriteria(command, state);
    case 'AppraiseCriterion':
      return appraiseCriterion(command, state);
    case 'RequestSupplement':
      return requestSupplement(command, state);
    case 'ProvideSupplement':
      return provideSupplement(command, state);
    case 'ExtendDeadline':
      return extendDeadline(command, state);
    case 'CompleteReviewStep':
      return completeReviewStep(command, state);
    case 'OpenCouncil':
      return openCouncil(command, state);
    case 'CastVote':
      return castVote(command, state);
    case 'CloseCouncil':
      return closeCouncil(command, state);
    case 'IssueDecision':
      return issueDecision(command, state);
    case 'RefuseDossier':
      return refuseDossier(command, state);
    case 'ResubmitDossier':
      return resubmitDossier(command, state);
    case 'WithdrawDossier':
      return withdrawDossier(command, state);
    case 'CarryOverDossier':
      return carryOverDossier(command, state);
    case 'CloseOnMerger':
      return closeOnMerger(command, state);
    case 'ProposeRevocation':
      return proposeRevocation(command, state);
    case 'ExplainRevocation':
      return explainRevocation(command, state);
    case 'RecordResidentsConsultation':
      return recordResidentsConsultation(command, state);
    case 'RecordExplanationOverdue':
      return recordExplanationOverdue(command, state);
    case 'DecideRevocation':
      return decideRevocation(command, state);
    case 'RecordReviewRound':
      return recordReviewRound(command, state);
    case 'ResolveRevocationCase':
      return resolveRevocationCase(command, state);
    case 'VerifyRevocation':
      return verifyRevocation(command, state);
    case 'AnnounceRevocation':
      return announceRevocation(command, state);
    case 'AnnounceRecognition':
      return announceRecognition(command, state);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/**
 * Decides what a command means for a dossier: the events to append, or the rule it breaks.
 * Pure: the same command and state always give the same answer (time is `metadata.now`).
 */
export function decide(command: DossierCommand, state: DossierState): Decision {
  const { actor, commandId, now } = command.metadata;
  if (!actor || !commandId || !isInstant(now)) {
    return invalid(
      'command.invalid-metadata',
      'Thiếu người thực hiện, mã lệnh hoặc thời điểm.',
      'Actor, command id and time are required.',
      {
        field: 'metadata',
      },
    );
  }
  return route(command, state);
}

export { reviewerFor } from './submission';
export type { Decision } from './support';
