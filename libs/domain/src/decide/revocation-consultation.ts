import { isIsoDate, vietnamDateOf } from '@ntm/calendar';

import type { RecordResidentsConsultation } from '../commands';
import type { DossierState } from '../state';
import {
  accept,
  checkEvidence,
  conflict,
  emit,
  inStatus,
  invalidField,
  isBlank,
  isDecision,
  type Decision,
} from './support';

/**
 * Nghị định 131/2025/NĐ-CP, Điều 44: since 1/7/2025 the commune level organises the assessment and
 * the residents' consultation on a revocation, so a proposal made since then waits for it, once,
 * held between the proposal and today, with its tally and minutes. Earlier proposals never ask it.
 */
export function recordResidentsConsultation(command: RecordResidentsConsultation, state: DossierState): Decision {
  const s = inStatus(state, command.type, ['revocation-proposed']);
  if (isDecision(s)) return s;
  const { consultation, proposedAt } = s.revocation;
  if (!consultation) {
    return conflict(
      'revocation.consultation-not-required',
      'Đề nghị thu hồi này không lấy ý kiến người dân theo Nghị định 131/2025/NĐ-CP.',
      'This proposal predates the residents’ consultation.',
    );
  }
  if (consultation.outcome)
    return conflict(
      'revocation.already-consulted',
      'Đã lấy ý kiến người dân.',
      'The residents were already consulted.',
    );
  const { heldOn, participants, inFavour, summary, evidence } = command.data;
  if (!isIsoDate(heldOn) || heldOn < vietnamDateOf(proposedAt) || heldOn > vietnamDateOf(command.metadata.now)) {
    return invalidField(
      'heldOn',
      'Ngày lấy ý kiến phải từ ngày đề nghị thu hồi đến hôm nay.',
      'The consultation must be held between the proposal and today.',
    );
  }
  if (!Number.isInteger(participants) || participants < 1)
    return invalidField('participants', 'Cần số người cho ý kiến.', 'The number of residents consulted is required.');
  if (!Number.isInteger(inFavour) || inFavour < 0 || inFavour > participants) {
    return invalidField(
      'inFavour',
      'Số người đồng ý phải từ 0 đến số người cho ý kiến.',
      'Those in favour must be between 0 and those consulted.',
    );
  }
  if (isBlank(summary)) return invalidField('summary', 'Cần tóm tắt ý kiến.', 'A summary is required.');
  if (evidence.length === 0)
    return invalidField('evidence', 'Cần biên bản lấy ý kiến.', 'The minutes of the consultation are required.');
  const badEvidence = checkEvidence(evidence, 'evidence');
  if (badEvidence) return badEvidence;
  return accept(emit(command.metadata, 'ResidentsConsulted', { heldOn, participants, inFavour, summary, evidence }));
}
