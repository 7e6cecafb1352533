import {
  type DossierEvent,
  dossierEventTypes,
  type DossierState,
  dossierSummary,
  evolve,
  initialState,
} from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';
import { type EntityManager, In } from 'typeorm';

import { dossierIdOf, groupBy, toDossierEvent } from '../dossiers/dossier-events';
import type { Projector } from '../projector';
import {
  applyEarlierRecognitions,
  EARLIER_RECOGNITION_EVENTS,
  isEarlierRecognitionEvent,
} from './earlier-recognitions';
import { ProgrammeDossierRow } from './programme-dossier.entity';
import { ProgrammeEarlierRecognitionRow } from './programme-earlier-recognition.entity';

type Decisions = Pick<ProgrammeDossierRow, 'recognitionYear' | 'recognisedOn' | 'revokedOn'>;

/** What the recognition and revocation decisions record, as their events say it. */
function decisions({ recognitionYear, recognisedOn, revokedOn }: Decisions, event: DossierEvent): Decisions {
  switch (event.type) {
    case 'DossierRecognised':
      return { recognitionYear: event.data.year, recognisedOn: event.data.decisionDate, revokedOn: null };
    case 'RecognitionRevoked':
      return { recognitionYear, recognisedOn, revokedOn: event.data.decisionDate };
    default:
      return { recognitionYear, recognisedOn, revokedOn };
  }
}

const NO_DECISIONS: Decisions = { recognitionYear: null, recognisedOn: null, revokedOn: null };

/** The row after one more event: the domain's summary says where it stands; the stage's time moves when that changes. */
function nextRow(
  previous: ProgrammeDossierRow | undefined,
  state: DossierState,
  event: DossierEvent,
  recorded: RecordedEvent,
): ProgrammeDossierRow | undefined {
  const summary = dossierSummary(state);
  if (!summary) return undefined;
  const { criteria, stage } = summary;
  const stageTier = stage?.tier ?? null;
  const stagePhase = stage?.phase ?? null;
  const sameStage =
    previous?.status === summary.status && previous.stageTier === stageTier && previous.stagePhase === stagePhase;
  return {
    dossierId: summary.dossierId,
    province: summary.province,
    unitCode: summary.unit.code,
    unitKind: summary.unit.kind,
    level: summary.level,
    year: summary.year,
    criteriaSetId: summary.criteriaSetId,
    status: summary.status,
    stageTier,
    stagePhase,
    stageSince: sameStage && previous ? previous.stageSince : recorded.recordedAt,
    metCount: criteria.metCount,
    total: criteria.total,
    criterionVerdicts: criteria.verdicts,
    ...decisions(previous ?? NO_DECISIONS, event),
    state,
    updatedAt: recorded.recordedAt,
  };
}

/** Continues each dossier's row event by event, so that a stage entered and left within a batch is not missed. */
export function foldRow(stored: ProgrammeDossierRow | undefined, batch: readonly RecordedEvent[]) {
  let row = stored;
  let state = stored?.state ?? initialState();
  for (const recorded of batch) {
    const event = toDossierEvent(recorded);
    if (!event) continue;
    state = evolve(state, event);
    row = nextRow(row, state, event, recorded) ?? row;
  }
  return row;
}

async function applyDossiers(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const byDossier = groupBy(events, dossierIdOf);
  const stored = await manager.findBy(ProgrammeDossierRow, { dossierId: In([...byDossier.keys()]) });
  const rows = new Map(stored.map((row) => [row.dossierId, row]));
  const folded = [...byDossier].flatMap(([dossierId, batch]) => foldRow(rows.get(dossierId), batch) ?? []);
  if (folded.length > 0) await manager.upsert(ProgrammeDossierRow, folded, ['dossierId']);
}

/** The dossiers' rows and the recognitions recorded from paper: the two never share a stream. */
async function applyBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  await applyDossiers(events, manager);
  await applyEarlierRecognitions(events.filter(isEarlierRecognitionEvent), manager);
}

/** The province's programme dashboard against its plan's targets (issue #22). */
export const programmeDashboardProjector: Projector = {
  name: 'programme_dashboard',
  handles: [...dossierEventTypes, ...EARLIER_RECOGNITION_EVENTS],
  owns: [ProgrammeDossierRow, ProgrammeEarlierRecognitionRow],
  apply: applyBatch,
};
