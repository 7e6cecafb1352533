import { ConflictError, fail, ok, type Result, ValidationError } from '@ntm/domain';

import {
  COMMUNE_GROUP_EVENT_TYPES,
  type CommuneGroupAssigned,
  type CommuneGroupEvent,
  type CommuneGroupNumber,
} from './commune-group-events';

/** Catalogue version id -> the group a commune is in under it. */
export type CommuneGroups = Readonly<Record<string, CommuneGroupNumber>>;

export interface AssignCommuneGroup {
  readonly type: 'AssignCommuneGroup';
  readonly data: Omit<CommuneGroupAssigned['data'], 'previousGroup'>;
}

export type CommuneGroupDecision = Result<readonly CommuneGroupEvent[]>;

/**
 * The groups in force: the seeded ones (data file), overlaid by the coordinator's assignments in
 * order. Types this fold does not know (written by a later version) are skipped.
 */
export function foldCommuneGroups(
  events: readonly { readonly type: string; readonly data: unknown }[],
  seeded: CommuneGroups = {},
): CommuneGroups {
  return events.reduce<CommuneGroups>((groups, event) => {
    if (!(COMMUNE_GROUP_EVENT_TYPES as readonly string[]).includes(event.type)) return groups;
    const { catalogueVersion, group } = (event as CommuneGroupEvent).data;
    return { ...groups, [catalogueVersion]: group };
  }, seeded);
}

/**
 * Whether the unit is a commune in force and the version groups communes is checked before (it
 * needs units data and the catalogue); here only what depends on the commune's groups.
 */
export function decideCommuneGroup(command: AssignCommuneGroup, groups: CommuneGroups): CommuneGroupDecision {
  const { catalogueVersion, group, reason } = command.data;
  if (reason.trim() === '') {
    const messages = { messageVi: 'Cần nêu căn cứ xếp nhóm.', messageEn: 'A reason is required.' };
    return fail(new ValidationError({ code: 'validation', ...messages, details: { field: 'reason' } }));
  }
  const previousGroup = groups[catalogueVersion] ?? null;
  if (previousGroup === group) {
    const messages = { messageVi: 'Xã đã ở nhóm này.', messageEn: 'The commune is already in this group.' };
    return fail(new ConflictError({ code: 'commune-group.unchanged', ...messages }));
  }
  return ok([{ type: 'CommuneGroupAssigned', data: { ...command.data, previousGroup } }]);
}
