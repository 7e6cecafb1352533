import type { UnitLevel } from '@ntm/units';

/** The roles of the procedure (DOMAIN.md, "Actors and what each needs"). */
export const ROLES = [
  'commune-officer',
  'district-coordinator',
  'district-council-member',
  'district-appraiser',
  'department-appraiser',
  'survey-officer',
  'province-coordinator',
  'council-member',
  'council-secretary',
  'approver',
  'auditor',
  'administrator',
] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * The level of unit each role is granted at. District roles exist only in the three-tier
 * structure (until 30/6/2025); MTTQ organises surveys at commune, district or province level.
 */
export const ROLE_LEVELS: Readonly<Record<Role, readonly UnitLevel[]>> = {
  'commune-officer': ['commune'],
  'district-coordinator': ['district'],
  'district-council-member': ['district'],
  'district-appraiser': ['district'],
  'department-appraiser': ['province'],
  'survey-officer': ['commune', 'district', 'province'],
  'province-coordinator': ['province'],
  'council-member': ['province'],
  'council-secretary': ['province'],
  approver: ['province'],
  auditor: ['commune', 'district', 'province'],
  administrator: ['province'],
};

/**
 * A department appraiser belongs to one department (Sở) of one province; a district appraiser to
 * one division (phòng ban cấp huyện) of one district, which verifies under the three-tier regime.
 */
export const DEPARTMENT_ROLES: readonly Role[] = ['department-appraiser', 'district-appraiser'];

/** Auditors read everything in scope and never write. */
export const READ_ONLY_ROLES: readonly Role[] = ['auditor'];
