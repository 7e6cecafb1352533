export { type AdministrativeUnit, UNIT_LEVELS, type UnitLevel, unitsFileSchema } from './administrative-unit';
export { AdministrativeUnits, UnitsDataError } from './administrative-units';
export { ADMINISTRATIVE_UNITS_FILE, loadAdministrativeUnits } from './load-units';
export {
  COMMUNE_GROUP_EVENT_TYPES,
  COMMUNE_GROUPS,
  type CommuneGroupAssigned,
  type CommuneGroupEvent,
  type CommuneGroupNumber,
} from './commune-group-events';
export {
  type AssignCommuneGroup,
  type CommuneGroupDecision,
  type CommuneGroups,
  decideCommuneGroup,
  foldCommuneGroups,
} from './commune-groups';
export {
  COMMUNE_GROUPS_FILE,
  type CommuneGroupSeed,
  communeGroupsFileSchema,
  loadCommuneGroupSeed,
} from './commune-group-seed';
