import type { DossierEvent, EvaluatedIndicator } from './events';
import {
  currentStep,
  freshRound,
  type CouncilSession,
  type CriterionReview,
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

function mapReview(state: FiledDossier, criterionId: string, f: (r: CriterionReview) => CriterionReview): DossierState {
  return mapStep(state, (step) => {
    const review = step.reviews?.[criterionId];
    return review ? { ...step, reviews: { ...step.reviews, [criterionId]: f(review) } } : step;
  });
}

function mapCouncil(state: FiledDossier, f: (c: CouncilSession) => CouncilSession): DossierState {
  return mapStep(state, (step) =>
    step.councils.length === 0
      ? step
      : { ...step, councils: [...step.councils.slice(0, -1), f(step.councils[step.councils.length - 1]!)] },
  );
}

/**
 * Folds one event into the state. Total over every event `decide` emits; an event that cannot
 * apply to the state (only possible with a corrupted stream) leaves the state unchanged.
 */
export function evolve(state: DossierState, event: DossierEvent): DossierState {
  if (event.type === 'DossierRegistered') {
    if (state.status !== 'unregistered') return state;
    const { dossierId, unit, province, level, year, rules, round } = event.data;
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
      },
      round: freshRound(round),
    };
  }
  if (state.status === 'unregistered') return state;
  const round = state.round;
  switch (event.type) {
    case 'SelfAssessmentRecorded': {
      const { indicators, criteria, constructionDebt } = event.data;
      const selfAssessment = {
        recordedAt: event.metadata.now,
        indicators: byIndicator(indicators),
        criteria: Object.fromEntries(criteria.map((c) => [c.criterionId, c.verdict])),
        constructionDebt,
      };
      return withRound(state, { ...round, selfAssessment, corrections: {} }, 'self-assessed');
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
      const { attempt, respondents, satisfied, rate, threshold, passed } = event.data;
      return withRound(
        state,
        { ...round, survey: { attempt, respondents, satisfied, rate, threshold, passed } },
        'surveyed',
      );
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
      const reviews: Record<string, CriterionReview> = {};
      for (const a of event.data.assignments)
        reviews[a.criterionId] = { ...a, status: 'pending', supplementRequests: 0 };
      return mapStep(state, (step) => ({ ...step, reviews }));
    }
    case 'CriterionAppraised': {
      const { criterionId, verdict, findings, judgements, appraisedBy } = event.data;
      const appraised = mapReview(state, criterionId, (r) => ({
        ...r,
        status: 'appraised',
        verdict,
        findings,
        judgements,
        appraisedBy,
      })) as FiledDossier;
      return {
        ...appraised,
        dossier: { ...appraised.dossier, appraisers: addOnce(appraised.dossier.appraisers, appraisedBy) },
      };
    }
    case 'SupplementRequested':
      return mapReview(state, event.data.criterionId, (r) => ({
        criterionId: r.criterionId,
        department: r.department,
        dueDate: r.dueDate,
        status: 'supplement-requested',
        supplementRequests: r.supplementRequests + 1,
      }));
    case 'SupplementProvided': {
      const corrected = withRound(state, {
        ...round,
        corrections: { ...round.corrections, ...byIndicator(event.data.indicators) },
      }) as FiledDossier;
      return mapReview(corrected, event.data.criterionId, (r) => ({ ...r, status: 'pending' }));
    }
    case 'DeadlineExtended':
      return mapReview(state, event.data.criterionId, (r) => ({ ...r, dueDate: event.data.dueDate }));
    case 'ReviewStepCompleted': {
      const { metCount, total, unmet } = event.data;
      return mapStep(state, (step) => ({ ...step, completion: { metCount, total, unmet } }));
    }
    case 'CouncilOpened': {
      const { session, members } = event.data;
      return mapStep(state, (step) => ({ ...step, councils: [...step.councils, { session, members, votes: [] }] }));
    }
    case 'VoteCast': {
      const { memberId, approve, comment } = event.data;
      const voted = mapCouncil(state, (c) => ({
        ...c,
        votes: [...c.votes, { memberId, approve, comment }],
      })) as FiledDossier;
      return { ...voted, dossier: { ...voted.dossier, voters: addOnce(voted.dossier.voters, memberId) } };
    }
    case 'CouncilConcluded': {
      const { present, approvals, quorumMet, approved } = event.data;
      return mapCouncil(state, (c) => ({ ...c, outcome: { present, approvals, quorumMet, approved } }));
    }
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
    case 'DossierResubmitted':
      return { status: 'registered', dossier: state.dossier, round: freshRound(event.data.round) };
    case 'DossierWithdrawn':
      return { status: 'withdrawn', dossier: state.dossier, round, reason: event.data.reason };
    case 'RevocationProposed': {
      if (state.status !== 'recognised') return state;
      const { unmetCriterionIds, grounds, share, band, criticalUnmet } = event.data;
      const proposedAt = event.metadata.now;
      const revocation = { unmetCriterionIds, grounds, share, band, criticalUnmet, proposedAt };
      return { ...state, status: 'revocation-proposed', revocation };
    }
    case 'RevocationExplained': {
      if (state.status !== 'revocation-proposed') return state;
      const explanation = { text: event.data.explanation, evidence: event.data.evidence, at: event.metadata.now };
      return { ...state, revocation: { ...state.revocation, explanation } };
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
