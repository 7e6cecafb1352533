import type { CarryOverDossier, CloseOnMerger, UnitRef } from '../commands';
import { type DossierState, type FiledDossier, openStatuses } from '../state';
import { accept, emit, inStatus, invalidField, isBlank, isDecision, type Decision } from './support';

function checkSuccessor(dossier: FiledDossier, successor: UnitRef): Decision | undefined {
  if (successor.code === dossier.dossier.unit.code || successor.kind !== dossier.dossier.unit.kind) {
    return invalidField(
      'successor',
      'Đơn vị kế thừa phải là đơn vị cùng cấp được hình thành từ đơn vị của hồ sơ.',
      'The successor must be a unit of the same kind formed from the dossier’s unit.',
    );
  }
  return undefined;
}

/**
 * 2025 reorganisation: the merged commune takes the dossier over as it stands (same rules pinned at
 * filing, same round and history); from then on it is the successor's dossier.
 */
export function carryOverDossier(command: CarryOverDossier, state: DossierState): Decision {
  const s = inStatus(state, command.type, openStatuses);
  if (isDecision(s)) return s;
  const { successor, note } = command.data;
  const bad = checkSuccessor(s, successor);
  if (bad) return bad;
  if (isBlank(note))
    return invalidField('note', 'Cần ghi căn cứ chuyển hồ sơ.', 'A note on the carry-over is required.');
  return accept(
    emit(command.metadata, 'DossierCarriedOver', {
      round: s.round.number,
      previousUnit: s.dossier.unit,
      unit: successor,
      note,
    }),
  );
}

/** 2025 reorganisation: the coordinator closes the predecessor's dossier instead, and says why. */
export function closeOnMerger(command: CloseOnMerger, state: DossierState): Decision {
  const s = inStatus(state, command.type, openStatuses);
  if (isDecision(s)) return s;
  const { successor, reason } = command.data;
  const bad = checkSuccessor(s, successor);
  if (bad) return bad;
  if (isBlank(reason)) return invalidField('reason', 'Cần nêu lý do đóng hồ sơ.', 'A reason is required.');
  return accept(
    emit(command.metadata, 'DossierClosedOnMerger', {
      round: s.round.number,
      successor,
      reason,
      fromStatus: s.status,
    }),
  );
}
