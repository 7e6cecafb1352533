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

export type CommuneGroupDecision =
  | { readonly outcome: 'accepted'; readonly events: readonly CommuneGroupEvent[] }
  | { readonly outcome: 'refused'; readonly refusal: 'group-unchanged' | 'reason-required' };

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
  if (reason.trim() === '') return { outcome: 'refused', refusal: 'reason-required' };
  const previousGroup = groups[catalogueVersion] ?? null;
  if (previousGroup === group) return { outcome: 'refused', refusal: 'group-unchanged' };
  return { outcome: 'accepted', events: [{ type: 'CommuneGroupAssigned', data: { ...command.data, previousGroup } }] };
}
