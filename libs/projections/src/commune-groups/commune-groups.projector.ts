import type { RecordedEvent } from '@ntm/event-store';
import { COMMUNE_GROUP_EVENT_TYPES, type CommuneGroupEvent } from '@ntm/units';
import type { EntityManager } from 'typeorm';

import type { Projector } from '../projector';
import { CommuneGroupRecord } from './commune-group.entity';

/** The latest assignment per commune and version; a later one in the batch replaces an earlier. */
export function communeGroupRows(events: readonly RecordedEvent[]): CommuneGroupRecord[] {
  const rows = new Map<string, CommuneGroupRecord>();
  for (const event of events) {
    if (!(COMMUNE_GROUP_EVENT_TYPES as readonly string[]).includes(event.type)) continue;
    const { unitCode, catalogueVersion, group, reason } = (event as unknown as CommuneGroupEvent).data;
    rows.set(`${unitCode}/${catalogueVersion}`, {
      unitCode,
      catalogueVersion,
      group,
      reason,
      version: event.streamVersion,
      assignedAt: event.recordedAt,
    });
  }
  return [...rows.values()];
}

async function applyCommuneGroups(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const rows = communeGroupRows(events);
  if (rows.length > 0) await manager.upsert(CommuneGroupRecord, rows, ['unitCode', 'catalogueVersion']);
}

export const communeGroupsProjector: Projector = {
  name: 'commune_groups',
  handles: COMMUNE_GROUP_EVENT_TYPES,
  owns: [CommuneGroupRecord],
  apply: applyCommuneGroups,
};
