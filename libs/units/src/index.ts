export {
  type AdministrativeUnit,
  DIVISION_TYPES,
  UNIT_LEVELS,
  type UnitLevel,
  type UnitVersion,
} from './administrative-unit';
export { AdministrativeUnits } from './administrative-units';
export { loadAdministrativeUnits } from './load-units';
export {
  COMMUNE_GROUP_EVENT_TYPES,
  COMMUNE_GROUPS,
  type CommuneGroupAssigned,
  type CommuneGroupEvent,
  type CommuneGroupNumber,
} from './commune-group-events';
export { type CommuneGroups, decideCommuneGroup, foldCommuneGroups } from './commune-groups';
export { type CommuneGroupSeed, loadCommuneGroupSeed } from './commune-group-seed';
export { decideUnitRegion, foldUnitRegion, type UnitRegionAssigned } from './unit-region';
