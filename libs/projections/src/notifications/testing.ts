import type { DossierCommand, DossierEvent } from '@ntm/domain';
import { cmd, filingCommands, history, recognitionCommands } from '@ntm/domain/testing/fixtures';

/** The fixture's events as filed by Cẩm Giàng (02008) of Thái Nguyên (19), as the demo users' grants expect. */
const inCamGiang = (dossierId: string, events: DossierEvent[]): DossierEvent[] =>
  events.map((event) =>
    event.type === 'DossierRegistered'
      ? { ...event, data: { ...event.data, dossierId, unit: { code: '02008', kind: 'commune' }, province: '19' } }
      : event,
  );

/**
 * A fixture dossier filed by Cẩm Giàng, submitted and dispatched: only the criteria of
 * `departments`, each to its department; then the commands `after`.
 */
export function dispatchedInCamGiang(
  dossierId: string,
  departments: Readonly<Record<string, string>>,
  ...after: DossierCommand[]
): DossierEvent[] {
  const events = history(...filingCommands(), cmd.submit('province'), cmd.assign('province'), ...after);
  return inCamGiang(dossierId, events).map((event) => {
    if (event.type !== 'CriteriaAssigned') return event;
    const assignments = event.data.assignments.flatMap((a) =>
      departments[a.criterionId] ? [{ ...a, department: departments[a.criterionId] }] : [],
    );
    return { ...event, data: { ...event.data, assignments } };
  });
}

/**
 * Cẩm Giàng recognised, then a revocation proposed with its explanation due date, the date passed
 * without an explanation, and the recognition revoked by decision `decisionNumber`.
 */
export function revokedInCamGiang(dossierId: string, decisionNumber: string): DossierEvent[] {
  const events = history(
    ...recognitionCommands(),
    cmd.proposeRevocation(['c-income', 'c-poverty']),
    cmd.explanationOverdue('2026-04-29', '2026-05-04T02:00:00.000Z'),
    cmd.revoke(decisionNumber),
  ).map((event) =>
    event.type === 'RevocationProposed'
      ? { ...event, data: { ...event.data, explanationDueDate: '2026-04-29' } }
      : event,
  );
  return inCamGiang(dossierId, events);
}
