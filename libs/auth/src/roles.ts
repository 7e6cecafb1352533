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

/** How an audit trail names each role (the web application has its own labels, with its own tone). */
export const ROLE_NAMES: Readonly<Record<Role, { readonly vi: string; readonly en: string }>> = {
  'commune-officer': { vi: 'cán bộ xã', en: 'commune officer' },
  'district-coordinator': { vi: 'điều phối cấp huyện', en: 'district coordinator' },
  'district-council-member': { vi: 'thành viên hội đồng cấp huyện', en: 'district council member' },
  'district-appraiser': { vi: 'cán bộ thẩm tra cấp huyện', en: 'district appraiser' },
  'department-appraiser': { vi: 'cán bộ thẩm định', en: 'department appraiser' },
  'survey-officer': { vi: 'cán bộ MTTQ', en: 'Fatherland Front survey officer' },
  'province-coordinator': { vi: 'Văn phòng điều phối tỉnh', en: 'provincial coordination office' },
  'council-member': { vi: 'thành viên hội đồng thẩm định', en: 'appraisal council member' },
  'council-secretary': { vi: 'thư ký hội đồng', en: 'council secretary' },
  approver: { vi: 'người ký quyết định', en: 'approver' },
  auditor: { vi: 'thanh tra', en: 'auditor' },
  administrator: { vi: 'quản trị viên', en: 'administrator' },
};

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
