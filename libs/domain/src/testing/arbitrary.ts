/**
 * fast-check generators of command sequences for the dossier. The generator is guided by the
 * dossier's position (so long sequences reach recognition and revocation) and noisy (wrong
 * departments, conflicted voters, low surveys, unmet values, any command at any time), and
 * `decide` alone judges each command: refused commands are simply skipped.
 */
import fc from 'fast-check';
import type { DossierCommand, DossierCommandType } from '../commands';
import { dossierCommandTypes } from '../commands';
import { decide } from '../decide';
import type { DossierEvent } from '../events';
import { evolve } from '../evolve';
import type { Regime, Tier } from '../rules';
import { initialState, type DossierState, type RevocationProposal } from '../state';
import { dossierSummary } from '../summary';
import { cmd, councilMembers, criterionIds, metValues, NOW, pinnedRules, appraiserOf } from './fixtures';
import { revocationCmd } from './revocation-fixtures';

export interface Step {
  readonly pick: number;
  readonly a: number;
  readonly b: number;
  readonly any: boolean;
  readonly days: number;
}

export const stepArb: fc.Arbitrary<Step> = fc.record({
  pick: fc.nat(1000),
  a: fc.nat(1000),
  b: fc.nat(1000),
  any: fc.boolean().chain((x) => (x ? fc.constant(false) : fc.nat(9).map((n) => n === 0))),
  days: fc.nat(4),
});

export interface Scenario {
  readonly regime: Regime;
  readonly steps: readonly Step[];
}

export const scenarioArb = (regimes: readonly Regime[], maxLength = 250): fc.Arbitrary<Scenario> =>
  fc.record({ regime: fc.constantFrom(...regimes), steps: fc.array(stepArb, { maxLength, size: 'max' }) });

/** Plausible next commands for the dossier's position. */
function plausible(state: DossierState): readonly DossierCommandType[] {
  switch (state.status) {
    case 'unregistered':
      return ['RegisterDossier'];
    case 'registered':
    case 'self-assessed':
      return ['RecordSelfAssessment', 'PostResults', 'PostResults'];
    case 'posted':
      return ['RecordComment', 'AnswerComment', 'CloseCommentPeriod', 'CloseCommentPeriod'];
    case 'posting-closed':
      return ['RecordSurveyResult', 'AnswerComment'];
    case 'surveyed':
      return [
        // Taken only in a round carried over from a refusal: a correction of the questioned criteria.
        'RecordSelfAssessment',
        'RecordSurveyResult',
        'AnswerComment',
        'SubmitForReview',
        'SubmitForReview',
        'AttachSubmissionDocument',
        'AttachSubmissionDocument',
        'DetachSubmissionDocument',
      ];
    case 'in-review':
      return inReview(state);
    case 'refused':
      return ['ResubmitDossier', 'ResubmitDossier', 'WithdrawDossier'];
    case 'recognised':
      return [
        'ProposeRevocation',
        'RecordReviewRound',
        'ResolveRevocationCase',
        'IssueDecision',
        'AnnounceRecognition',
      ];
    case 'revocation-proposed':
      return inRevocation(state.revocation);
    case 'revoked':
      return state.revocation.steps && !state.announcement ? ['AnnounceRevocation'] : dossierCommandTypes;
    case 'withdrawn':
      return dossierCommandTypes;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

function inReview(state: DossierState): readonly DossierCommandType[] {
  switch (dossierSummary(state)?.stage?.phase) {
    case 'awaiting-assignment':
      return ['AssignCriteria'];
    case 'appraising':
      return [
        ...Array.from({ length: 8 }, () => 'AppraiseCriterion' as const),
        'RequestSupplement',
        'ProvideSupplement',
        'ProvideSupplement',
        'ExtendDeadline',
        'CompleteReviewStep',
        'CompleteReviewStep',
        'CompleteReviewStep',
      ];
    case 'council-open':
      return [...Array.from({ length: 8 }, () => 'CastVote' as const), 'CloseCouncil'];
    default:
      return ['OpenCouncil', 'SubmitForReview', 'IssueDecision', 'RefuseDossier'];
  }
}

/** A stepwise revocation is guided through its steps; one decided directly awaits the decision. */
function inRevocation(revocation: RevocationProposal): readonly DossierCommandType[] {
  if (!revocation.steps) return ['DecideRevocation', 'ExplainRevocation', 'RecordExplanationOverdue'];
  if (!revocation.verification)
    return ['VerifyRevocation', 'VerifyRevocation', 'ExplainRevocation', 'DecideRevocation'];
  if (revocation.consultation && !revocation.consultation.outcome)
    return ['RecordResidentsConsultation', 'RecordResidentsConsultation', 'OpenCouncil', 'DecideRevocation'];
  if (!revocation.explanation && !revocation.explanationOverdue)
    return ['ExplainRevocation', 'RecordExplanationOverdue'];
  const council = revocation.councils?.[revocation.councils.length - 1];
  if (council && !council.outcome) return [...Array.from({ length: 8 }, () => 'CastVote' as const), 'CloseCouncil'];
  if (revocation.steps.council && !council?.outcome?.quorumMet) return ['OpenCouncil'];
  return ['DecideRevocation'];
}

const DAY = 86_400_000;

function currentTier(state: DossierState, regime: Regime, a: number): Tier {
  const tier = dossierSummary(state)?.stage?.tier;
  return a % 13 === 0 || !tier ? regime.steps[a % regime.steps.length]!.tier : tier;
}

function nextTier(state: DossierState, regime: Regime, a: number): Tier {
  const index = dossierSummary(state)?.stage?.stepIndex;
  const next = regime.steps[index === undefined ? 0 : index + 1];
  return a % 13 === 0 || !next ? regime.steps[a % regime.steps.length]!.tier : next.tier;
}

/** Mostly a criterion the command can apply to (pending for an appraisal, awaited for a supplement), sometimes any. */
function pickCriterion(type: DossierCommandType, state: DossierState, s: Step): string {
  const wanted = type === 'ProvideSupplement' ? 'supplement-requested' : 'pending';
  const candidates = (dossierSummary(state)?.pendingAppraisals ?? []).filter((p) => p.status === wanted);
  if (s.a % 5 === 0 || candidates.length === 0) return criterionIds[s.a % criterionIds.length]!;
  return candidates[s.a % candidates.length]!.criterionId;
}

/** Builds the command of the chosen type, with parameters drawn from the step. */
export function commandFor(
  type: DossierCommandType,
  state: DossierState,
  regime: Regime,
  s: Step,
  now: string,
): DossierCommand {
  const command = build(type, state, regime, s, pickCriterion(type, state, s), now);
  return { ...command, metadata: { ...command.metadata, now } } as DossierCommand;
}

function build(
  type: DossierCommandType,
  state: DossierState,
  regime: Regime,
  s: Step,
  criterion: string,
  now: string,
): DossierCommand {
  const { a, b } = s;
  switch (type) {
    case 'RegisterDossier':
      return cmd.register(pinnedRules(regime, { region: a % 2 ? 'northern-midlands-mountains' : 'red-river-delta' }));
    case 'RecordSelfAssessment':
      return cmd.selfAssess(b % 4 === 0 ? { ...metValues, 'i-income': 30 + (a % 20) } : metValues, b % 7 === 0);
    case 'PostResults':
      return cmd.post(now, new Date(Date.parse(now) + (a % 5 === 0 ? 14 : 15) * DAY).toISOString());
    case 'RecordComment':
      return cmd.comment(`cm-${a % 3}`);
    case 'AnswerComment':
      return cmd.answer(`cm-${a % 3}`);
    case 'CloseCommentPeriod':
      return cmd.closePosting(now);
    case 'RecordSurveyResult':
      return cmd.survey(100, 85 + (a % 15));
    case 'SubmitForReview':
      return cmd.submit(nextTier(state, regime, a));
    case 'AttachSubmissionDocument':
      return cmd.attachDocument(['to-trinh', 'bien-ban-hop', 'khong-co'][b % 3]!);
    case 'DetachSubmissionDocument':
      return cmd.detachDocument(a % 2 ? 'to-trinh' : 'bien-ban-hop');
    case 'AssignCriteria':
      return cmd.assign(currentTier(state, regime, a), '2026-06-30');
    case 'AppraiseCriterion':
      return cmd.appraise(criterion, b % 6 === 0 ? 'not-met' : 'met', {
        ...(b % 11 === 0 ? { department: 'sai-so' } : {}),
        actor: b % 9 === 0 ? councilMembers[a % councilMembers.length]! : appraiserOf(criterion),
        ...(b % 8 === 0 ? { judgements: {} } : {}),
      });
    case 'RequestSupplement':
      return b % 3 === 0 ? cmd.requestSupplement(criterion) : cmd.appraise(criterion);
    case 'ProvideSupplement':
      return cmd.provideSupplement(criterion, criterion === 'c-income' ? { 'i-income': 44 + (b % 20) } : {});
    case 'ExtendDeadline':
      return cmd.extend(criterion, b % 3 === 0 ? '2026-01-01' : `2026-07-${String(10 + (b % 20)).padStart(2, '0')}`);
    case 'CompleteReviewStep':
      return cmd.complete(currentTier(state, regime, a));
    case 'OpenCouncil':
      return cmd.openCouncil(currentTier(state, regime, a), councilMembers.slice(0, 3 + (a % 3)));
    case 'CastVote':
      return cmd.vote(councilMembers[a % councilMembers.length]!, b % 30 !== 0);
    case 'CloseCouncil':
      return cmd.closeCouncil(currentTier(state, regime, a));
    case 'IssueDecision':
      return cmd.issue(`${a % 3}/QĐ-UBND`);
    case 'RefuseDossier':
      // Now and then a reason about the whole dossier: its resubmission starts afresh.
      return cmd.refuse(b % 4 === 0 ? null : criterion);
    case 'ResubmitDossier':
      return cmd.resubmit();
    case 'WithdrawDossier':
      return cmd.withdraw();
    case 'CarryOverDossier':
      return cmd.carryOver(a % 4 === 0 ? 'xa-01' : `xa-moi-${a % 3}`);
    case 'CloseOnMerger':
      return cmd.closeOnMerger(`xa-moi-${a % 3}`);
    case 'ProposeRevocation': {
      const proposal = cmd.proposeRevocation(criterionIds.filter((_, i) => (a >> i) & 1));
      return b % 2 && proposal.type === 'ProposeRevocation'
        ? { ...proposal, data: { ...proposal.data, stepwise: true } }
        : proposal;
    }
    case 'RecordReviewRound':
      return revocationCmd.reviewRound(b % 2 ? { 'i-income': 10 + (a % 60), 'i-poverty': a % 20 } : metValues);
    case 'ResolveRevocationCase':
      return b % 3 ? revocationCmd.openFromCase() : revocationCmd.closeCase();
    case 'VerifyRevocation':
      return revocationCmd.verify(
        state.status === 'revocation-proposed' ? state.revocation.unmetCriterionIds : [criterion],
        b % 4 === 0 ? [criterion] : [],
      );
    case 'AnnounceRevocation':
      return revocationCmd.announce();
    case 'AnnounceRecognition':
      return cmd.announceRecognition();
    case 'ExplainRevocation':
      return cmd.explainRevocation();
    case 'RecordResidentsConsultation':
      return revocationCmd.consult(b % 5 === 0 ? { inFavour: 1000 } : {}, now);
    case 'RecordExplanationOverdue':
      return cmd.explanationOverdue('2026-03-31', NOW);
    case 'DecideRevocation':
      return b % 2 ? cmd.revoke(`${a % 3}/QĐ-UBND`) : cmd.dismissRevocation();
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

export interface Transition {
  readonly command: DossierCommand;
  readonly before: DossierState;
  readonly events: readonly DossierEvent[];
  readonly after: DossierState;
}

/** Plays a scenario: each step proposes a command, `decide` accepts or refuses it. */
export function play(scenario: Scenario): {
  transitions: Transition[];
  refusals: number;
  state: DossierState;
  events: DossierEvent[];
} {
  let state = initialState();
  let clock = Date.parse('2026-03-01T01:00:00.000Z');
  const transitions: Transition[] = [];
  const events: DossierEvent[] = [];
  let refusals = 0;
  for (const step of scenario.steps) {
    clock += step.days * DAY;
    const types = step.any ? dossierCommandTypes : plausible(state);
    // Refusing or withdrawing ends the round: keep them rare so rounds can run to the end.
    const type = types[step.pick % types.length]!;
    if ((type === 'RefuseDossier' || type === 'WithdrawDossier') && step.b % 5 !== 0) continue;
    const command = commandFor(type, state, scenario.regime, step, new Date(clock).toISOString());
    const result = decide(command, state);
    if (!result.ok) {
      refusals += 1;
      continue;
    }
    const after = result.value.reduce(evolve, state);
    transitions.push({ command, before: state, events: result.value, after });
    events.push(...result.value);
    state = after;
  }
  return { transitions, refusals, state, events };
}
