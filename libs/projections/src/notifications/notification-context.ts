import type { DossierCarriedOver, DossierContext, DossierRegistered, SupplementRequested } from '@ntm/domain';
import { dossierOfStream, type RecordedEvent } from '@ntm/event-store';
import { type AdministrativeUnits, loadAdministrativeUnits } from '@ntm/units';
import type { EntityManager } from 'typeorm';

let units: AdministrativeUnits | undefined;

/** The dossier an event tells about: its stream's, or the survey campaign's dossier for a survey notice. */
export function dossierOfEvent(event: RecordedEvent): string | undefined {
  const data = event.data as { readonly dossierId?: unknown };
  return typeof data.dossierId === 'string' ? data.dossierId : dossierOfStream(event.streamId);
}

interface ContextRow {
  readonly streamId: string;
  readonly type: 'DossierRegistered' | 'DossierCarriedOver' | 'SupplementRequested';
  readonly position: string;
  readonly data: DossierRegistered['data'] & DossierCarriedOver['data'] & SupplementRequested['data'];
}

/**
 * Each event's dossier as it stood when the event was recorded, read from the event store (the
 * registration, a carry-over to a merged commune, the supplements asked): the same answer live and
 * in a rebuild, whatever the other projections have reached.
 */
export async function contextsOf(
  events: readonly RecordedEvent[],
  manager: EntityManager,
): Promise<(event: RecordedEvent) => DossierContext | undefined> {
  const dossiers = [...new Set(events.flatMap((event) => dossierOfEvent(event) ?? []))];
  const rows: ContextRow[] = await manager.query(
    `select stream_id as "streamId", type, global_position as position, data from event_store.events
     where stream_id = any($1) and type in ('DossierRegistered', 'DossierCarriedOver', 'SupplementRequested')
     order by global_position`,
    [dossiers.map((id) => `dossier-${id}`)],
  );
  units ??= loadAdministrativeUnits();
  const register = units;
  return (event) => {
    const dossierId = dossierOfEvent(event);
    const before = rows.filter(
      (row) => dossierOfStream(row.streamId) === dossierId && Number(row.position) < event.globalPosition,
    );
    const registration = before.find((row) => row.type === 'DossierRegistered')?.data;
    if (!dossierId || !registration) return undefined;
    const unitCode =
      before.findLast((row) => row.type === 'DossierCarriedOver')?.data.unit.code ?? registration.unit.code;
    return {
      dossierId,
      unitCode,
      province: register.inForce(registration.province)?.code ?? registration.province,
      district: register.ancestors(unitCode).find((unit) => unit.level === 'district')?.code,
      level: registration.level,
      year: registration.year,
      criterionNames: Object.fromEntries(registration.rules.criteriaSet.criteria.map((c) => [c.id, c.name])),
      supplementDepartments: Object.fromEntries(
        before
          .filter((row) => row.type === 'SupplementRequested')
          .map((row) => [row.data.criterionId, row.data.department]),
      ),
    };
  };
}
