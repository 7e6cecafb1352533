import type { ResidentsConsultation } from './commands';
import { recognitionBlocked } from './decide/outcome';
import { revocationAwaiting, revokeBlocked } from './decide/revocation';
import type { Decision } from './decide/support';
import type { Tier } from './rules';
import {
  type CouncilSession,
  currentCouncil,
  currentStep,
  type DossierState,
  type FiledDossier,
  type InProcedureDossier,
  type RevocationProposal,
  type SurveyRecord,
} from './state';

/**
 * What waits for the approver's signature (QĐ 18/2022/QĐ-TTg): a recognition the review cleared,
 * a dossier the review returned (criteria unmet, the council voted it down, the survey short of
 * its threshold), or a revocation proposal whose steps are done.
 */
export type ApproverTask = 'recognition' | 'refusal' | 'revocation';

/** The refusal the approver's command would meet now, in both languages. */
export interface ApproverBlock {
  readonly code: string;
  readonly messageVi: string;
  readonly messageEn: string;
}

/** A council's last session on the decision's subject, as it concluded (or sits). */
export interface CouncilConclusion {
  readonly tier: Tier;
  readonly session: number;
  readonly members: number;
  /** Absent while the session sits. */
  readonly outcome: {
    readonly present: number;
    readonly approvals: number;
    readonly quorumMet: boolean;
    readonly approved: boolean;
  } | null;
  readonly quorumShare: number;
  readonly approvalShare: number;
}

type Proposal = Pick<
  RevocationProposal,
  'grounds' | 'proposedAt' | 'unmetCriterionIds' | 'share' | 'band' | 'criticalUnmet'
>;

/** A revocation proposal with each step the decision rests on (QĐ 18/2022/QĐ-TTg, Điều 23–24). */
export interface RevocationBasis extends Proposal {
  readonly explanationDueDate: string | null;
  readonly explanation: NonNullable<RevocationProposal['explanation']> | null;
  /** The explanation's last working day, passed without one. */
  readonly explanationOverdue: string | null;
  /** Nghị định 131/2025/NĐ-CP, Điều 44: required for a proposal since 1/7/2025. */
  readonly consultationRequired: boolean;
  readonly consultation: (ResidentsConsultation & { readonly at: string }) | null;
  readonly verification: NonNullable<RevocationProposal['verification']> | null;
  /** Null when the regime's deciding step has no council, or the proposal is decided directly. */
  readonly council: CouncilConclusion | null;
}

/** Everything the approver's decision on one dossier rests on, beside its criteria and appraisals. */
export interface DecisionBasis {
  readonly task: ApproverTask | null;
  /** Why the recognition (in review) or the revocation (proposed) cannot be signed now; null when it can. */
  readonly blocked: ApproverBlock | null;
  /** Who signs for a unit of its kind (the regime's deciding authority): the signer's usual title. */
  readonly authority: string;
  readonly survey: SurveyRecord | null;
  /** The councils of this round's review steps, earliest tier first. */
  readonly councils: readonly CouncilConclusion[];
  readonly revocation: RevocationBasis | null;
}

const blockOf = (decision: Decision | undefined): ApproverBlock | null =>
  decision && !decision.ok
    ? { code: decision.error.code, messageVi: decision.error.messageVi, messageEn: decision.error.messageEn }
    : null;

/**
 * The review's word is in when its current step is consolidated and, where it has one, its council
 * concluded with a quorum (a session without one is reconvened). A step with a criterion unmet
 * cannot go before a council: it is returned.
 */
function reviewTask(s: InProcedureDossier): ApproverTask | null {
  const step = currentStep(s.round);
  if (!step?.completion) return null;
  if (step.completion.unmet.length > 0) return 'refusal';
  const outcome = step.council ? currentCouncil(step)?.outcome : undefined;
  if (step.council && !outcome?.quorumMet) return null;
  if (outcome && !outcome.approved) return 'refusal';
  if (step.stepIndex < s.dossier.rules.regime.steps.length - 1) return null;
  return recognitionBlocked(s) ? 'refusal' : 'recognition';
}

/**
 * A proposal is ready for the decision once the verification, the residents' consultation where
 * required and the commune's explanation (or its lapse) are in, and its council, if any, concluded
 * with a quorum; one decided directly (before the stepwise procedure) is ready at once.
 */
function revocationReady(revocation: RevocationProposal): boolean {
  if (!revocation.steps) return true;
  if (revocationAwaiting(revocation)) return false;
  const council = revocation.councils?.[revocation.councils.length - 1];
  return !revocation.steps.council || council?.outcome?.quorumMet === true;
}

/** Pure: what waits for the approver on this dossier, if anything (their work queue). */
export function approverTask(state: DossierState): ApproverTask | null {
  if (state.status === 'in-review') return reviewTask(state);
  if (state.status === 'revocation-proposed') return revocationReady(state.revocation) ? 'revocation' : null;
  return null;
}

function conclusion(state: FiledDossier, tier: Tier, council: CouncilSession | undefined): CouncilConclusion | null {
  if (!council) return null;
  const { quorumShare, approvalShare } = state.dossier.rules.regime.council;
  const outcome = council.outcome ?? null;
  return { tier, session: council.session, members: council.members.length, outcome, quorumShare, approvalShare };
}

function revocationBasis(state: FiledDossier, revocation: RevocationProposal): RevocationBasis {
  const { steps, verification, consultation, explanation } = revocation;
  const council = steps?.council ? conclusion(state, steps.tier, revocation.councils?.at(-1)) : null;
  return {
    grounds: revocation.grounds,
    proposedAt: revocation.proposedAt,
    unmetCriterionIds: revocation.unmetCriterionIds,
    share: revocation.share,
    band: revocation.band,
    criticalUnmet: revocation.criticalUnmet,
    explanationDueDate: revocation.explanationDueDate ?? null,
    explanation: explanation ?? null,
    explanationOverdue: revocation.explanationOverdue ?? null,
    consultationRequired: consultation !== undefined,
    consultation: consultation?.outcome ?? null,
    verification: verification ?? null,
    council,
  };
}

/** Pure: the dossier's decision basis for the approver. */
export function decisionBasis(state: FiledDossier): DecisionBasis {
  const { dossier, round } = state;
  const revocation = 'revocation' in state ? state.revocation : undefined;
  const blocked =
    state.status === 'in-review'
      ? recognitionBlocked(state)
      : state.status === 'revocation-proposed'
        ? revokeBlocked(state.revocation)
        : undefined;
  return {
    task: approverTask(state),
    blocked: blockOf(blocked),
    authority: dossier.rules.regime.decidingAuthority[dossier.unit.kind],
    survey: round.survey ?? null,
    councils: round.steps.flatMap((step) => conclusion(state, step.tier, currentCouncil(step)) ?? []),
    revocation: revocation ? revocationBasis(state, revocation) : null,
  };
}
