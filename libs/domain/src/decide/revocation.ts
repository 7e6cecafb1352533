import type {
  AnnounceRecognition,
  AnnounceRevocation,
  CommandMetadata,
  DecideRevocation,
  ExplainRevocation,
  ProposeRevocation,
  RecordExplanationOverdue,
  VerifyRevocation,
} from '../commands';
import { revocationGrounds } from '../evaluation';
import type { RevocationSteps } from '../events';
import type { PinnedRules } from '../rules';
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
  isInstant,
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
const decidedDirectly = (): Decision =>
  conflict('revocation.no-steps', 'Đề nghị này được quyết định trực tiếp.', 'This proposal is decided directly.');

interface ProposalInput {
  readonly unmetCriterionIds: readonly string[];
  readonly grounds: string;
  readonly stepwise: boolean;
  readonly reviewRound?: number;
}

/** QĐ 18/2022/QĐ-TTg, Điều 23: a proposal stands only on sufficient grounds. */
export function proposal(metadata: CommandMetadata, s: RecognisedDossier, input: ProposalInput): Decision {
  const { unmetCriterionIds, grounds } = input;
  const set = s.dossier.rules.criteriaSet;
  const stray = unmetCriterionIds.find((id) => !set.criteria.some((c) => c.id === id));
  if (stray)
    return notFound('criterion.not-found', 'Không tìm thấy tiêu chí.', 'Criterion not found.', { criterionId: stray });
  if (!unique(unmetCriterionIds) || isBlank(grounds)) {
    return invalidField('unmetCriterionIds', 'Căn cứ thu hồi không hợp lệ.', 'The revocation grounds are not valid.');
  }
  const assessment = revocationGrounds(set, unmetCriterionIds, s.dossier.rules.regime.revocation);
  if (!assessment.revoke) return insufficient(assessment);
  const { share, band, criticalUnmet } = assessment;
  return accept(
    emit(metadata, 'RevocationProposed', {
      unmetCriterionIds,
      grounds,
      share,
      band,
      criticalUnmet,
      ...(input.reviewRound !== undefined ? { reviewRound: input.reviewRound } : {}),
      ...(input.stepwise ? { steps: revocationSteps(s.dossier.rules) } : {}),
    }),
  );
}

export function proposeRevocation(command: ProposeRevocation, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['recognised']);
  if (isDecision(s)) return s;
  const { unmetCriterionIds, grounds, stepwise } = command.data;
  return proposal(command.metadata, s, { unmetCriterionIds, grounds, stepwise: stepwise === true });
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
  const confirmedUnmet = findings.filter((f) => !f.met).map((f) => f.criterionId);
  const assessment = revocationGrounds(dossier.rules.criteriaSet, confirmedUnmet, dossier.rules.regime.revocation);
  const { share, band, criticalUnmet } = assessment;
  return accept(
    emit(command.metadata, 'RevocationVerified', {
      findings,
      confirmedUnmet,
      share,
      band,
      criticalUnmet,
      sufficient: assessment.revoke,
    }),
  );
}

/** What a stepwise proposal still awaits before its council: the verification and the commune's explanation (or its lapse). */
export function revocationAwaiting(revocation: RevocationProposal): Decision | undefined {
  if (!revocation.verification) {
    return conflict('revocation.not-verified', 'Chưa kiểm tra, xác minh.', 'The proposal has not been verified.');
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
function revokeBlocked(revocation: RevocationProposal): Decision | undefined {
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

/** The recognition decision is announced publicly (công bố), once, on or after its date. */
export function announceRecognition(command: AnnounceRecognition, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['recognised']);
  if (isDecision(s)) return s;
  if (s.recognition.announcement)
    return conflict('recognition.already-announced', 'Đã công bố quyết định công nhận.', 'Already announced.');
  const { announcedOn, places } = command.data;
  const invalid = announcementInvalid(announcedOn, places, s.recognition.decisionDate);
  if (invalid) return invalid;
  const { decisionNumber } = s.recognition;
  return accept(emit(command.metadata, 'RecognitionAnnounced', { decisionNumber, announcedOn, places }));
}

/** An announcement on or after the decision's date, in at least one named place. */
function announcementInvalid(
  announcedOn: string,
  places: readonly string[],
  decisionDate: string,
): Decision | undefined {
  if (!isInstant(announcedOn) || announcedOn < decisionDate.slice(0, 10)) {
    return invalidField('announcedOn', 'Ngày công bố không hợp lệ.', 'The announcement date is not valid.');
  }
  if (places.length === 0 || places.some(isBlank)) {
    return invalidField('places', 'Cần ít nhất một nơi công bố.', 'At least one place of announcement is required.');
  }
  return undefined;
}

/** The revocation decision is announced publicly; the dossier's story ends with it. */
export function announceRevocation(command: AnnounceRevocation, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['revoked']);
  if (isDecision(s)) return s;
  if (!s.revocation.steps) return decidedDirectly();
  if (s.announcement)
    return conflict('revocation.already-announced', 'Đã công bố quyết định thu hồi.', 'Already announced.');
  const { announcedOn, places } = command.data;
  const invalid = announcementInvalid(announcedOn, places, s.revokedBy.decisionDate);
  if (invalid) return invalid;
  return accept(
    emit(command.metadata, 'RevocationAnnounced', { decisionNumber: s.revokedBy.decisionNumber, announcedOn, places }),
  );
}
