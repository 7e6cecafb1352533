import type { RecordedEvent } from '@ntm/event-store';
import { type EntityManager, In } from 'typeorm';

import type { Projector } from '../projector';
import { CouncilAgendaRow } from './council-agenda.entity';
import { dossierIdOf, toDossierEvent } from './dossier-events';

/** Per dossier: its open council, or null once concluded (or the dossier left review). */
export type AgendaRows = Map<string, CouncilAgendaRow | null>;

/** Folds one event; a vote only counts, its content never reaches the read model (secret ballot). */
export function applyAgendaEvent(rows: AgendaRows, recorded: RecordedEvent): void {
  const event = toDossierEvent(recorded);
  const dossierId = dossierIdOf(recorded);
  if (!event || !dossierId) return;
  const open = rows.get(dossierId);
  switch (event.type) {
    case 'CouncilOpened': {
      const { round, stepIndex, tier, session, members } = event.data;
      const opened = { round, stepIndex, tier, session, members: [...members] };
      rows.set(dossierId, { dossierId, ...opened, votesCount: 0, openedAt: recorded.recordedAt });
      return;
    }
    case 'VoteCast':
      if (open?.session === event.data.session) rows.set(dossierId, { ...open, votesCount: open.votesCount + 1 });
      return;
    case 'CouncilConcluded':
    case 'DossierRefused':
    case 'DossierWithdrawn':
      rows.set(dossierId, null);
      return;
    default:
      return;
  }
}

async function applyAgenda(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const dossierIds = [...new Set(events.flatMap((event) => dossierIdOf(event) ?? []))];
  const loaded = await manager.findBy(CouncilAgendaRow, { dossierId: In(dossierIds) });
  const rows: AgendaRows = new Map(loaded.map((row) => [row.dossierId, row]));
  for (const event of events) applyAgendaEvent(rows, event);
  const closed = [...rows].filter(([, row]) => row === null).map(([dossierId]) => dossierId);
  const open = [...rows.values()].filter((row): row is CouncilAgendaRow => row !== null);
  if (closed.length > 0) await manager.delete(CouncilAgendaRow, { dossierId: In(closed) });
  if (open.length > 0) await manager.upsert(CouncilAgendaRow, open, ['dossierId']);
}

export const councilAgendaProjector: Projector = {
  name: 'council_agenda',
  handles: ['CouncilOpened', 'VoteCast', 'CouncilConcluded', 'DossierRefused', 'DossierWithdrawn'],
  owns: [CouncilAgendaRow],
  apply: applyAgenda,
};
