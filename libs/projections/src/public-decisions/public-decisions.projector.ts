import type { DossierEvent } from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';
import type { EntityManager } from 'typeorm';

import { dossierIdOf, toDossierEvent } from '../dossiers/dossier-events';
import type { Projector } from '../projector';
import { PublicDecisionRow } from './public-decision.entity';
import { publicCode } from './public-code';

type Change = { readonly dossierId: string } & Partial<PublicDecisionRow>;

/**
 * What one event changes in its dossier's public row. The registration keeps the unit and province
 * (the decision events do not repeat them); only the decisions themselves become public.
 */
function publicChange(codeKey: string, recorded: RecordedEvent, event: DossierEvent): Change | undefined {
  const dossierId = dossierIdOf(recorded);
  if (!dossierId) return undefined;
  const updatedAt = recorded.recordedAt;
  switch (event.type) {
    case 'DossierRegistered': {
      const { unit, province, level, year } = event.data;
      return { dossierId, unitCode: unit.code, province, level, year, updatedAt };
    }
    case 'DossierRecognised':
      return {
        dossierId,
        code: publicCode(codeKey, recorded.eventId),
        status: 'valid',
        level: event.data.level,
        year: event.data.year,
        decisionNumber: event.data.decisionNumber,
        decisionDate: event.data.decisionDate,
        recognisedVersion: recorded.streamVersion,
        updatedAt,
      };
    case 'RecognitionRevoked':
      return {
        dossierId,
        status: 'revoked',
        revocationNumber: event.data.decisionNumber,
        revocationDate: event.data.decisionDate,
        updatedAt,
      };
    default:
      return undefined;
  }
}

/** Few events a batch (one per decision): one statement each, in commit order. */
async function applyChanges(changes: readonly Change[], manager: EntityManager): Promise<void> {
  for (const change of changes) {
    if (change.unitCode) await manager.upsert(PublicDecisionRow, change, ['dossierId']);
    else await manager.update(PublicDecisionRow, { dossierId: change.dossierId }, change);
  }
}

/** The public verification codes are keyed (PUBLIC_CODE_KEY): the projector is made with the key. */
export function publicDecisionsProjector(codeKey: string): Projector {
  return {
    name: 'public_decisions',
    handles: ['DossierRegistered', 'DossierRecognised', 'RecognitionRevoked'],
    owns: [PublicDecisionRow],
    apply: (events, manager) =>
      applyChanges(
        events.flatMap((recorded) => {
          const event = toDossierEvent(recorded);
          return (event && publicChange(codeKey, recorded, event)) ?? [];
        }),
        manager,
      ),
  };
}
