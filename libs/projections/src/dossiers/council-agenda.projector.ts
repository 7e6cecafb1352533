import type { RecordedEvent } from '@ntm/event-store';
import { type EntityManager, In } from 'typeorm';

import type { Projector } from '../projector';
import { CouncilAgendaRow, type CouncilAgendaSubject } from './council-agenda.entity';
import { type CouncilQuorumNoticeData, dossierIdOf, toDossierEvent } from './dossier-events';

/** Per dossier: its open council, or null once concluded (or the dossier left review). */
export type AgendaRows = Map<string, CouncilAgendaRow | null>;

/** The dossier an event is about: from its stream, or named in a notice's data. */
const agendaDossier = (event: RecordedEvent) =>
  dossierIdOf(event) ?? (event.data as Partial<CouncilQuorumNoticeData>).dossierId;

/**
 * A session still short of its quorum at its deadline is flagged; a notice about another session
 * changes nothing (a revocation council repeats the deciding step's round, step and session numbers).
 */
function applyQuorumNotice(rows: AgendaRows, recorded: RecordedEvent): void {
  if (recorded.type !== 'CouncilQuorumOverdue') return;
  const notice = recorded.data as CouncilQuorumNoticeData;
  const open = rows.get(notice.dossierId);
  const about = { ...notice, subject: notice.subject ?? 'recognition' };
  const keys = ['round', 'stepIndex', 'session', 'subject'] as const;
  if (!open || keys.some((key) => open[key] !== about[key])) return;
  rows.set(notice.dossierId, { ...open, quorumDueDate: notice.dueDate, quorumOverdue: true });
}

/** Folds one event; a vote only counts, its content never reaches the read model (secret ballot). */
export function applyAgendaEvent(rows: AgendaRows, recorded: RecordedEvent): void {
  const event = toDossierEvent(recorded);
  const dossierId = dossierIdOf(recorded);
  if (!event || !dossierId) return applyQuorumNotice(rows, recorded);
  const open = rows.get(dossierId);
  switch (event.type) {
    case 'CouncilOpened': {
      const { round, stepIndex, tier, session, members } = event.data;
      const subject: CouncilAgendaSubject = event.data.subject ?? 'recognition';
      const opened = { round, stepIndex, tier, session, members: [...members], subject };
      const flags = { quorumDueDate: null, quorumOverdue: false };
      rows.set(dossierId, { dossierId, ...opened, votesCount: 0, openedAt: recorded.recordedAt, ...flags });
      return;
    }
    case 'VoteCast':
      if (open?.session === event.data.session) rows.set(dossierId, { ...open, votesCount: open.votesCount + 1 });
      return;
    // A revocation proposal dismissed while its council sits ends the session too.
    case 'CouncilConcluded':
    case 'DossierRefused':
    case 'DossierWithdrawn':
    case 'RevocationDismissed':
      rows.set(dossierId, null);
      return;
    default:
      return;
  }
}

async function applyAgenda(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const dossierIds = [...new Set(events.flatMap((event) => agendaDossier(event) ?? []))];
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
  handles: [
    'CouncilOpened',
    'VoteCast',
    'CouncilConcluded',
    'DossierRefused',
    'DossierWithdrawn',
    'RevocationDismissed',
    'CouncilQuorumOverdue',
  ],
  owns: [CouncilAgendaRow],
  apply: applyAgenda,
};
