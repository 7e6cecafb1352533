import { isIsoDate, vietnamDateOf } from '@ntm/calendar';

import type {
  CommandMetadata,
  DecideRevocation,
  ExplainRevocation,
  ProposalFacts,
  ProposeRevocation,
  RecordExplanationOverdue,
  VerifyRevocation,
} from '../commands';
import { communesGround, revocationGrounds } from '../evaluation';
import type { RevocationSteps } from '../events';
import { revocationBasis } from '../revocation-basis';
import type { CriteriaSet, PinnedRules } from '../rules';
import type { DossierState, RecognisedDossier, RevocationProposal } from '../state';
import { checkDecisionRef } from './outcome';
import {
  accept,
  checkEvidence,
  conflict,
  emit,
  forbidden,
  inStatus,
  invalidField,
  isBlank,
  isDecision,
  notFound,
  unique,
  type Decision,
} from './support';

/**
 * QĐ 18/2022/QĐ-TTg, Điều 24: the revocation dossier is appraised as a recognition is, so a
 * council votes on it when the regime's deciding (last) step has one.
 */
export function revocationSteps(rules: PinnedRules): RevocationSteps {
  const last = rules.regime.steps[rules.regime.steps.length - 1]!;
  return { council: last.council, tier: last.tier };
}

function insufficient(assessment: { share: number; band: string; criticalUnmet: readonly string[] }): Decision {
  return forbidden(
    'revocation.insufficient-grounds',
    'Chưa đủ căn cứ thu hồi (Điều 23 QĐ 18/2022/QĐ-TTg).',
    'Not enough grounds for revocation.',
    { share: assessment.share, band: assessment.band, criticalUnmet: assessment.criticalUnmet },
  );
}

/** A proposal made before the stepwise procedure has neither verification nor announcement. */
export const decidedDirectly = (): Decision =>
  conflict('revocation.no-steps', 'Đề nghị này được quyết định trực tiếp.', 'This proposal is decided directly.');

interface ProposalInput extends ProposalFacts {
  readonly unmetCriterionIds: readonly string[];
  readonly grounds: string;
  readonly stepwise: boolean;
  readonly reviewRound?: number;
}

/** Nghị định 131/2025/NĐ-CP, Điều 44: from this day the commune level organises the residents' consultation. */
const COMMUNE_CONSULTATION_FROM = '2025-07-01';

/** The set a recognition is judged against (revocationBasis), or why it cannot be judged. */
export function basisOf(rules: PinnedRules): CriteriaSet | Decision {
  const basis = revocationBasis(rules);
  if (basis) return basis;
  return conflict(
    'revocation.basis-unavailable',
    'Phiên bản danh mục của hồ sơ không có bộ tiêu chí dùng để xét thu hồi.',
    'The dossier’s catalogue version lacks the criteria set its revocation is judged against.',
    { catalogueVersion: rules.catalogueVersion },
  );
}

/** The basis is named in the record when it is not the dossier's own set. */
export const basisRef = (basis: CriteriaSet, rules: PinnedRules) =>
  basis.id === rules.criteriaSet.id ? {} : { basis: basis.id };

/** QĐ 18/2022/QĐ-TTg, Điều 23: a proposal stands only on sufficient grounds. */
export function proposal(metadata: CommandMetadata, s: RecognisedDossier, input: ProposalInput): Decision {
  const { unmetCriterionIds, grounds, communes, explanationDueDate } = input;
  const { rules } = s.dossier;
  const basis = basisOf(rules);
  if (isDecision(basis)) return basis;
  const stray = unmetCriterionIds.find((id) => !basis.criteria.some((c) => c.id === id));
  if (stray)
    return notFound('criterion.not-found', 'Không tìm thấy tiêu chí.', 'Criterion not found.', { criterionId: stray });
  if (!unique(unmetCriterionIds) || isBlank(grounds)) {
    return invalidField('unmetCriterionIds', 'Căn cứ thu hồi không hợp lệ.', 'The revocation grounds are not valid.');
  }
  if (communes && s.dossier.unit.kind !== 'district') {
    return invalidField('communes', 'Chỉ huyện có căn cứ số xã bị thu hồi.', 'Only a district has a communes ground.');
  }
  const proposedOn = vietnamDateOf(metadata.now);
  if (explanationDueDate !== undefined && !(isIsoDate(explanationDueDate) && explanationDueDate >= proposedOn)) {
    return invalidField('explanationDueDate', 'Hạn giải trình không hợp lệ.', 'The explanation due date is not valid.');
  }
  const assessment = revocationGrounds(basis, unmetCriterionIds, rules.regime.revocation);
  if (!assessment.revoke && !communesGround(communes, rules.regime.revocation)) return insufficient(assessment);
  const { share, band, criticalUnmet } = assessment;
  const awaitsConsultation = input.stepwise && proposedOn >= COMMUNE_CONSULTATION_FROM;
  return accept(
    emit(metadata, 'RevocationProposed', {
      unmetCriterionIds,
      grounds,
      share,
      band,
      criticalUnmet,
      ...basisRef(basis, rules),
      ...(input.reviewRound !== undefined ? { reviewRound: input.reviewRound } : {}),
      ...(input.stepwise ? { steps: revocationSteps(rules) } : {}),
      ...(communes ? { communes } : {}),
      ...(explanationDueDate !== undefined ? { explanationDueDate } : {}),
      ...(awaitsConsultation ? { consultation: 'commune' as const } : {}),
    }),
  );
}

export function proposeRevocation(command: ProposeRevocation, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['recognised']);
  if (isDecision(s)) return s;
  const { stepwise, ...input } = command.data;
  return proposal(command.metadata, s, { ...input, stepwise: stepwise === true });
}

/** Verification names a finding for each criterion of the proposal; the confirmed unmet ones are the grounds. */
export function verifyRevocation(command: VerifyRevocation, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['revocation-proposed']);
  if (isDecision(s)) return s;
  const { revocation, dossier } = s;
  if (!revocation.steps) return decidedDirectly();
  if (revocation.verification)
    return conflict('revocation.already-verified', 'Đã kiểm tra, xác minh.', 'The proposal is already verified.');
  const { findings } = command.data;
  const named = findings.map((f) => f.criterionId);
  if (!unique(named) || [...revocation.unmetCriterionIds].sort().join() !== [...named].sort().join()) {
    return invalidField(
      'findings',
      'Cần một kết quả xác minh cho mỗi tiêu chí được đề nghị.',
      'One finding is required for each criterion of the proposal.',
    );
  }
  const bad =
    findings.find((f) => isBlank(f.findings)) &&
    invalidField('findings', 'Cần nêu kết quả xác minh.', 'Findings are required.');
  const error =
    bad || findings.map((f) => checkEvidence(f.evidence, `findings.${f.criterionId}.evidence`)).find(Boolean);
  if (error) return error;
  const basis = basisOf(dossier.rules);
  if (isDecision(basis)) return basis;
  const confirmedUnmet = findings.filter((f) => !f.met).map((f) => f.criterionId);
  const { revocation: bands } = dossier.rules.regime;
  const assessment = revocationGrounds(basis, confirmedUnmet, bands);
  const { share, band, criticalUnmet } = assessment;
  return accept(
    emit(command.metadata, 'RevocationVerified', {
      findings,
      confirmedUnmet,
      share,
      band,
      criticalUnmet,
      ...basisRef(basis, dossier.rules),
      // A district's communes revoked stay a ground whatever its own criteria show.
      sufficient: assessment.revoke || communesGround(revocation.communes, bands),
    }),
  );
}

/**
 * What a stepwise proposal still awaits before its council: the verification, the residents'
 * consultation where required, and the commune's explanation (or its lapse).
 */
export function revocationAwaiting(revocation: RevocationProposal): Decision | undefined {
  if (!revocation.verification) {
    return conflict('revocation.not-verified', 'Chưa kiểm tra, xác minh.', 'The proposal has not been verified.');
  }
  if (revocation.consultation && !revocation.consultation.outcome) {
    return conflict(
      'revocation.consultation-pending',
      'Xã chưa tổ chức lấy ý kiến người dân (Nghị định 131/2025/NĐ-CP, Điều 44).',
      'The commune has not recorded the residents’ consultation.',
    );
  }
  if (!revocation.explanation && !revocation.explanationOverdue) {
    return conflict(
      'revocation.explanation-pending',
      'Đang chờ xã giải trình.',
      'The commune’s explanation period is still running.',
    );
  }
  return undefined;
}

/** A stepwise revocation is decided only after each step the regime requires, and on verified grounds. */
export function revokeBlocked(revocation: RevocationProposal): Decision | undefined {
  if (!revocation.steps) return undefined;
  const awaiting = revocationAwaiting(revocation);
  if (awaiting) return awaiting;
  const council = revocation.councils?.[revocation.councils.length - 1];
  if (revocation.steps.council && !council?.outcome?.approved) {
    return forbidden('decision.council-not-approved', 'Hội đồng chưa thông qua.', 'A council has not approved.', {
      tiers: [revocation.steps.tier],
    });
  }
  const verification = revocation.verification!;
  if (!verification.sufficient) {
    return forbidden(
      'revocation.insufficient-grounds',
      'Kết quả xác minh không đủ căn cứ thu hồi (Điều 23 QĐ 18/2022/QĐ-TTg).',
      'The verified findings are not enough grounds for revocation.',
      { confirmedUnmet: verification.confirmedUnmet },
    );
  }
  return undefined;
}

/** QĐ 18/2022/QĐ-TTg, Điều 24: the commune explains (once, with evidence) while the proposal is open. */
export function explainRevocation(command: ExplainRevocation, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['revocation-proposed']);
  if (isDecision(s)) return s;
  if (s.revocation.explanation) {
    return conflict('revocation.already-explained', 'Xã đã giải trình.', 'The commune has already explained.');
  }
  const { explanation, evidence } = command.data;
  if (isBlank(explanation))
    return invalidField('explanation', 'Cần nội dung giải trình.', 'An explanation is required.');
  const badEvidence = checkEvidence(evidence, 'evidence');
  if (badEvidence) return badEvidence;
  return accept(emit(command.metadata, 'RevocationExplained', { explanation, evidence }));
}

const DAY_MS = 86_400_000;

/** The explanation period passed without an explanation: a fact for the decision, not the decision. */
export function recordExplanationOverdue(command: RecordExplanationOverdue, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['revocation-proposed']);
  if (isDecision(s)) return s;
  const { revocation } = s;
  if (revocation.explanation) {
    return conflict('revocation.already-explained', 'Xã đã giải trình.', 'The commune has already explained.');
  }
  if (revocation.explanationOverdue) {
    return conflict('revocation.overdue-recorded', 'Đã ghi nhận quá hạn giải trình.', 'Already recorded as overdue.');
  }
  const { dueDate } = command.data;
  // The period ends with the last working day, Vietnam time (UTC+7, no daylight saving).
  const ends = Date.parse(`${dueDate}T00:00:00+07:00`) + DAY_MS;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate) || !(Date.parse(command.metadata.now) >= ends)) {
    return invalidField('dueDate', 'Chưa hết hạn giải trình.', 'The explanation period has not ended.');
  }
  return accept(emit(command.metadata, 'RevocationExplanationOverdue', { dueDate }));
}

export function decideRevocation(command: DecideRevocation, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['revocation-proposed']);
  if (isDecision(s)) return s;
  const { revocation, dossier } = s;
  const data = command.data;
  if (data.outcome === 'dismiss') {
    if (isBlank(data.reason)) return invalidField('reason', 'Cần nêu lý do.', 'A reason is required.');
    return accept(emit(command.metadata, 'RevocationDismissed', { reason: data.reason }));
  }
  const blocked = revokeBlocked(revocation) ?? checkDecisionRef(data, dossier);
  if (blocked) return blocked;
  const { decisionNumber, decisionDate, signer } = data;
  return accept(
    emit(command.metadata, 'RecognitionRevoked', {
      decisionNumber,
      decisionDate,
      signer,
      unmetCriterionIds: revocation.verification?.confirmedUnmet ?? revocation.unmetCriterionIds,
      authority: dossier.rules.regime.decidingAuthority[dossier.unit.kind],
    }),
  );
}
