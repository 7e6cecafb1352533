import type { DossierEvent, EvaluatedIndicator } from './events';
import { assignedReviews, type CriterionReviewEvent, evolveReview } from './review';
import {
  currentStep,
  freshRound,
  type CouncilSession,
  type DossierState,
  type FiledDossier,
  type ProcedureStatus,
  type ReviewStep,
  type RoundRecord,
} from './state';

const byIndicator = (indicators: readonly EvaluatedIndicator[]): Record<string, EvaluatedIndicator> =>
  Object.fromEntries(indicators.map((i) => [i.indicatorId, i]));

const addOnce = (list: readonly string[], item: string): readonly string[] =>
  list.includes(item) ? list : [...list, item];

function withRound(state: FiledDossier, round: RoundRecord, status?: ProcedureStatus): DossierState {
  return status ? { status, dossier: state.dossier, round } : { ...state, round };
}

function mapStep(state: FiledDossier, f: (step: ReviewStep) => ReviewStep): DossierState {
  const step = currentStep(state.round);
  if (!step) return state;
  return withRound(state, { ...state.round, steps: [...state.round.steps.slice(0, -1), f(step)] });
}

function mapReview(state: FiledDossier, event: CriterionReviewEvent): DossierState {
  const { criterionId } = event.data;
  return mapStep(state, (step) => {
    const review = step.reviews?.[criterionId];
    return review ? { ...step, reviews: { ...step.reviews, [criterionId]: evolveReview(review, event) } } : step;
  });
}

type CouncilEvent = Extract<DossierEvent, { readonly type: 'CouncilOpened' | 'VoteCast' | 'CouncilConcluded' }>;

/** Folds a council event into a list of sessions: a review step's, or a revocation proposal's. */
function foldCouncils(councils: readonly CouncilSession[], event: CouncilEvent): readonly CouncilSession[] {
  if (event.type === 'CouncilOpened') {
    return [...councils, { session: event.data.session, members: event.data.members, votes: [] }];
  }
  const last = councils[councils.length - 1];
  if (!last) return councils;
  const next: CouncilSession =
    event.type === 'VoteCast'
      ? {
          ...last,
          votes: [
            ...last.votes,
            { memberId: event.data.memberId, approve: event.data.approve, comment: event.data.comment },
          ],
        }
      : {
          ...last,
          outcome: {
            present: event.data.present,
            approvals: event.data.approvals,
            quorumMet: event.data.quorumMet,
            approved: event.data.approved,
          },
        };
  return [...councils.slice(0, -1), next];
}

function evolveCouncil(state: FiledDossier, event: CouncilEvent): DossierState {
  const folded =
    state.status === 'revocation-proposed'
      ? {
          ...state,
          revocation: { ...state.revocation, councils: foldCouncils(state.revocation.councils ?? [], event) },
        }
      : (mapStep(state, (step) => ({ ...step, councils: foldCouncils(step.councils, event) })) as FiledDossier);
  if (event.type !== 'VoteCast') return folded;
  return { ...folded, dossier: { ...folded.dossier, voters: addOnce(folded.dossier.voters, event.data.memberId) } };
}

/**
 * Folds one event into the state. Total over every event `decide` emits; an event that cannot
 * apply to the state (only possible with a corrupted stream) leaves the state unchanged.
 */
export function evolve(state: DossierState, event: DossierEvent): DossierState {
  if (event.type === 'DossierRegistered') {
    if (state.status !== 'unregistered') return state;
    const { dossierId, unit, province, level, year, rules, round, previousDossierId } = event.data;
    return {
      status: 'registered',
      dossier: {
        dossierId,
        unit,
        province,
        level,
        year,
        rules,
        registeredAt: event.metadata.now,
        decisionNumbers: [],
        appraisers: [],
        voters: [],
        refusals: [],
        ...(previousDossierId !== undefined ? { previousDossierId } : {}),
      },
      round: freshRound(round),
    };
  }
  if (state.status === 'unregistered') return state;
  const round = state.round;
  switch (event.type) {
    case 'SelfAssessmentRecorded': {
      const { indicators, criteria, constructionDebt, securityAndOrder } = event.data;
      const selfAssessment = {
        recordedAt: event.metadata.now,
        indicators: byIndicator(indicators),
        criteria: Object.fromEntries(criteria.map((c) => [c.criterionId, c.verdict])),
        constructionDebt,
        ...(securityAndOrder ? { securityAndOrder } : {}),
      };
      // A carried-over round's correction keeps the posting and survey it stands on.
      const status = state.status === 'surveyed' ? 'surveyed' : 'self-assessed';
      return withRound(state, { ...round, selfAssessment, corrections: {} }, status);
    }
    case 'ResultsPosted': {
      const { postedFrom, postedUntil } = event.data;
      return withRound(
        state,
        { ...round, posting: { postedFrom, postedUntil, closed: false }, comments: [] },
        'posted',
      );
    }
    case 'CommentRecorded': {
      const { commentId, author, content, receivedOn } = event.data;
      return withRound(state, { ...round, comments: [...round.comments, { commentId, author, content, receivedOn }] });
    }
    case 'CommentAnswered': {
      const comments = round.comments.map((c) =>
        c.commentId === event.data.commentId ? { ...c, answer: event.data.answer } : c,
      );
      return withRound(state, { ...round, comments });
    }
    case 'CommentPeriodClosed':
      return round.posting
        ? withRound(state, { ...round, posting: { ...round.posting, closed: true } }, 'posting-closed')
        : state;
    case 'SurveyResultCertified': {
      const { attempt, respondents, satisfied, rate, threshold, passed, campaignId } = event.data;
      const dossier =
        campaignId === undefined
          ? state.dossier
          : { ...state.dossier, surveyedCampaigns: addOnce(state.dossier.surveyedCampaigns ?? [], campaignId) };
      return withRound(
        { ...state, dossier },
        { ...round, survey: { attempt, respondents, satisfied, rate, threshold, passed, report: event.data.report } },
        'surveyed',
      );
    }
    case 'SubmissionDocumentAttached': {
      const { documentId, file } = event.data;
      const files = round.submissionDocuments?.[documentId] ?? [];
      const submissionDocuments = { ...round.submissionDocuments, [documentId]: [...files, file] };
      return withRound(state, { ...round, submissionDocuments });
    }
    case 'SubmissionDocumentDetached': {
      const { documentId, sha256 } = event.data;
      const files = (round.submissionDocuments?.[documentId] ?? []).filter((f) => f.sha256 !== sha256);
      const submissionDocuments = { ...round.submissionDocuments, [documentId]: files };
      return withRound(state, { ...round, submissionDocuments });
    }
    case 'DossierSubmitted': {
      const { stepIndex, tier, step, council } = event.data;
      const reviewStep: ReviewStep = {
        stepIndex,
        tier,
        step,
        council,
        submittedAt: event.metadata.now,
        reviews: null,
        councils: [],
      };
      return withRound(state, { ...round, steps: [...round.steps, reviewStep] }, 'in-review');
    }
    case 'CriteriaAssigned': {
      const reviews = Object.fromEntries(assignedReviews(event).map((review) => [review.criterionId, review]));
      return mapStep(state, (step) => ({ ...step, reviews }));
    }
    case 'CriterionAppraised': {
      const appraised = mapReview(state, event) as FiledDossier;
      const { appraisedBy } = event.data;
      return {
        ...appraised,
        dossier: { ...appraised.dossier, appraisers: addOnce(appraised.dossier.appraisers, appraisedBy) },
      };
    }
    case 'SupplementRequested':
    case 'DeadlineExtended':
      return mapReview(state, event);
    case 'SupplementProvided': {
      const corrected = withRound(state, {
        ...round,
        corrections: { ...round.corrections, ...byIndicator(event.data.indicators) },
      }) as FiledDossier;
      return mapReview(corrected, event);
    }
    case 'ReviewStepCompleted': {
      const { metCount, total, unmet } = event.data;
      return mapStep(state, (step) => ({ ...step, completion: { metCount, total, unmet } }));
    }
    case 'CouncilOpened':
    case 'VoteCast':
    case 'CouncilConcluded':
      return evolveCouncil(state, event);
    case 'DossierRecognised': {
      const { decisionNumber, decisionDate, signer, authority } = event.data;
      return {
        status: 'recognised',
        dossier: { ...state.dossier, decisionNumbers: [...state.dossier.decisionNumbers, decisionNumber] },
        round,
        recognition: { decisionNumber, decisionDate, signer, authority, round: event.data.round },
      };
    }
    case 'DossierRefused': {
      const { reasons } = event.data;
      const refusals = [...state.dossier.refusals, { round: event.data.round, reasons }];
      return { status: 'refused', dossier: { ...state.dossier, refusals }, round, refusal: { reasons } };
    }
    case 'DossierResubmitted': {
      const { questioned } = event.data;
      if (!questioned) return { status: 'registered', dossier: state.dossier, round: freshRound(event.data.round) };
      return {
        status: 'surveyed',
        dossier: state.dossier,
        round: { ...round, number: event.data.round, steps: [], questioned },
      };
    }
    case 'DossierWithdrawn':
      return { status: 'withdrawn', dossier: state.dossier, round, reason: event.data.reason };
    case 'DossierCarriedOver':
      return { ...state, dossier: { ...state.dossier, unit: event.data.unit } };
    // Closed on merger ends the dossier like a withdrawal; the event keeps who closed it, why and the successor.
    case 'DossierClosedOnMerger':
      return { status: 'withdrawn', dossier: state.dossier, round, reason: event.data.reason };
    case 'RevocationProposed': {
      if (state.status !== 'recognised') return state;
      const { unmetCriterionIds, grounds, share, band, criticalUnmet, reviewRound, steps } = event.data;
      const { basis, communes, explanationDueDate, consultation } = event.data;
      const proposedAt = event.metadata.now;
      const revocation = {
        unmetCriterionIds,
        grounds,
        share,
        band,
        criticalUnmet,
        proposedAt,
        ...(reviewRound !== undefined ? { reviewRound } : {}),
        ...(steps ? { steps, councils: [] } : {}),
        ...(basis !== undefined ? { basis } : {}),
        ...(communes ? { communes } : {}),
        ...(explanationDueDate !== undefined ? { explanationDueDate } : {}),
        ...(consultation ? { consultation: { required: true as const } } : {}),
      };
      // A proposal answers the open case, if any.
      const { dossier, recognition } = state;
      return { status: 'revocation-proposed', dossier, round, recognition, revocation };
    }
    case 'ReviewRoundRecorded':
      return { ...state, dossier: { ...state.dossier, reviewRounds: event.data.reviewRound } };
    case 'RevocationCaseRaised': {
      if (state.status !== 'recognised') return state;
      const { reviewRound, unmetCriterionIds, share, band, criticalUnmet, basis, sufficient } = event.data;
      const raisedAt = event.metadata.now;
      const revocationCase = {
        ...{ reviewRound, unmetCriterionIds, share, band, criticalUnmet, sufficient, raisedAt },
        ...(basis !== undefined ? { basis } : {}),
      };
      return { ...state, revocationCase };
    }
    case 'RevocationCaseClosed': {
      if (state.status !== 'recognised') return state;
      const { dossier, recognition } = state;
      return { status: 'recognised', dossier, round, recognition };
    }
    case 'RevocationVerified': {
      if (state.status !== 'revocation-proposed') return state;
      const { findings, confirmedUnmet, share, band, criticalUnmet, sufficient } = event.data;
      const verification = { findings, confirmedUnmet, share, band, criticalUnmet, sufficient, at: event.metadata.now };
      // The verifier examined the dossier: like an appraiser, they may not vote in its council.
      const dossier = { ...state.dossier, appraisers: addOnce(state.dossier.appraisers, event.metadata.actor) };
      return { ...state, dossier, revocation: { ...state.revocation, verification } };
    }
    case 'RecognitionAnnounced': {
      if (state.status !== 'recognised') return state;
      const { announcedOn, places } = event.data;
      return { ...state, recognition: { ...state.recognition, announcement: { announcedOn, places } } };
    }
    case 'RevocationAnnounced': {
      if (state.status !== 'revoked') return state;
      const { announcedOn, places } = event.data;
      return { ...state, announcement: { announcedOn, places } };
    }
    case 'RevocationExplained': {
      if (state.status !== 'revocation-proposed') return state;
      const explanation = { text: event.data.explanation, evidence: event.data.evidence, at: event.metadata.now };
      return { ...state, revocation: { ...state.revocation, explanation } };
    }
    case 'ResidentsConsulted': {
      if (state.status !== 'revocation-proposed') return state;
      const outcome = { ...event.data, at: event.metadata.now };
      return { ...state, revocation: { ...state.revocation, consultation: { required: true, outcome } } };
    }
    case 'RevocationExplanationOverdue': {
      if (state.status !== 'revocation-proposed') return state;
      return { ...state, revocation: { ...state.revocation, explanationOverdue: event.data.dueDate } };
    }
    case 'RecognitionRevoked': {
      if (state.status !== 'revocation-proposed') return state;
      const { decisionNumber, decisionDate, signer } = event.data;
      const dossier = { ...state.dossier, decisionNumbers: [...state.dossier.decisionNumbers, decisionNumber] };
      return { ...state, status: 'revoked', dossier, revokedBy: { decisionNumber, decisionDate, signer } };
    }
    case 'RevocationDismissed': {
      if (state.status !== 'revocation-proposed') return state;
      return { status: 'recognised', dossier: state.dossier, round, recognition: state.recognition };
    }
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** Rebuilds a dossier from its stream. */
export const aggregate = (
  events: readonly DossierEvent[],
  from: DossierState = { status: 'unregistered' },
): DossierState => events.reduce(evolve, from);
