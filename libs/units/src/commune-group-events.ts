/** QĐ 51/2025/QĐ-TTg: the 3 commune groups over which the 2026–2030 thresholds vary. */
export const COMMUNE_GROUPS = [1, 2, 3] as const;
export type CommuneGroupNumber = (typeof COMMUNE_GROUPS)[number];

/**
 * The provincial coordinator placed the commune in a group for one catalogue version. `previousGroup`
 * is what applied before (the seeded group or an earlier assignment; null when none), so the
 * audit trail reads alone.
 */
export interface CommuneGroupAssigned {
  readonly type: 'CommuneGroupAssigned';
  readonly data: {
    readonly unitCode: string;
    readonly catalogueVersion: string;
    readonly group: CommuneGroupNumber;
    readonly previousGroup: CommuneGroupNumber | null;
    readonly reason: string;
  };
}

export type CommuneGroupEvent = CommuneGroupAssigned;

export const COMMUNE_GROUP_EVENT_TYPES: readonly CommuneGroupEvent['type'][] = ['CommuneGroupAssigned'];
