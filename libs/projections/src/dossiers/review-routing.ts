import { loadCatalogue } from '@ntm/catalogue';
import { type AppraisingBody, bodyToday, type DossierRegistered, type PinnedAssignment } from '@ntm/domain';
import { dossierOfStream, dossierStreamId, type RecordedEvent } from '@ntm/event-store';
import { type AdministrativeUnits, loadAdministrativeUnits } from '@ntm/units';
import type { EntityManager } from 'typeorm';

import { dossierIdOf } from './dossier-events';

/** Who does a dossier's pinned assignment today; undefined where the dossier's rules do not tell. */
export type Routing = (dossierId: string, assigned: PinnedAssignment) => AppraisingBody | undefined;

let units: AdministrativeUnits | undefined;

/**
 * The routing of the batch's newly assigned reviews, from their dossiers' registrations (pinned
 * rules and province), read from the event store: the registration precedes its assignments in
 * commit order, so it is always there. Today's structure is the one this build ships: a change of
 * the catalogue's departments or of the units needs a rebuild of the criterion reviews.
 */
export async function routingOf(events: readonly RecordedEvent[], manager: EntityManager): Promise<Routing> {
  const assigned = [...new Set(events.flatMap((e) => (e.type === 'CriteriaAssigned' ? (dossierIdOf(e) ?? []) : [])))];
  if (assigned.length === 0) return () => undefined;
  const rows: { streamId: string; data: DossierRegistered['data'] }[] = await manager.query(
    `select stream_id as "streamId", data from event_store.events where stream_id = any($1) and type = 'DossierRegistered'`,
    [assigned.map(dossierStreamId)],
  );
  const registrations = new Map(rows.map((row) => [dossierOfStream(row.streamId), row.data]));
  const departments = loadCatalogue().departments;
  units ??= loadAdministrativeUnits();
  const inForce = units;
  return (dossierId, assignment) => {
    const registration = registrations.get(dossierId);
    if (!registration) return undefined;
    const province = inForce.inForce(registration.province)?.code ?? registration.province;
    return bodyToday(registration.rules, assignment, { departments, province });
  };
}
