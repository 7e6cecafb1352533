import type { AnnounceRecognition, AnnounceRevocation } from '../commands';
import type { DossierState } from '../state';
import { decidedDirectly } from './revocation';
import {
  accept,
  conflict,
  emit,
  inStatus,
  invalidField,
  isBlank,
  isDecision,
  isInstant,
  type Decision,
} from './support';

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
