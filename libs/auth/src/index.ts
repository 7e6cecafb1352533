export {
  ACCOUNT_EVENT_TYPES,
  type AccountEvent,
  type RecordedGrant,
  type RoleGranted,
  type RoleRevoked,
  type UserDeactivated,
  type UserRegistered,
} from './accounts/account-events';
export { type AccountCommand, type AccountDecision, decideAccount } from './accounts/account-commands';
export { UserGrantRecord, UserRecord } from './accounts/read-model/user-records.entity';
export {
  accountOf,
  projectUserEvents,
  type RegisteredAccount,
  usersProjector,
  type UserView,
} from './accounts/read-model/users.projector';
export { evolveUserAccount, foldUserAccount, initialUserAccount, type UserAccount } from './accounts/user-account';
export { type ActorMetadata, actorMetadata, type RequestOrigin } from './event-metadata';
export { type AccessDecision, type AccessRequest, decideAccess } from './grants';
export {
  departmentInForceErrors,
  type GrantFieldError,
  grantFieldErrors,
  type GrantRequest,
  type ListedDepartment,
} from './grant-validation';
export { actingAs, grantLabel, type Identity, type Principal, type RoleGrant, roleGrantSchema } from './principal';
export { DEPARTMENT_ROLES, isRole, READ_ONLY_ROLES, ROLE_LEVELS, ROLES, type Role } from './roles';
export { createScopeFilter, type ScopeFilter } from './scope-filter';
export { type IdentityClaims, identityClaimsSchema, identityFromClaims } from './tokens/claims';
export { createDevTokenSigner, type DevTokenSigner, type SignedToken } from './tokens/dev-token-signer';
export {
  jwksTokenVerifier,
  localTokenVerifier,
  type RejectionReason,
  TokenRejected,
  type TokenVerifier,
} from './tokens/token-verifier';
export { type AdministrativeUnit, UNIT_LEVELS, type UnitLevel, unitsFileSchema } from './units/administrative-unit';
export { AdministrativeUnits, UnitsDataError } from './units/administrative-units';
export { ADMINISTRATIVE_UNITS_FILE, loadAdministrativeUnits } from './units/load-units';
export { DEMO_USERS_FILE, type DemoUsers, GrantDataError, grantProblems, loadDemoUsers } from './users/demo-users';
export {
  COMMUNE_GROUP_EVENT_TYPES,
  COMMUNE_GROUPS,
  type CommuneGroupAssigned,
  type CommuneGroupEvent,
  type CommuneGroupNumber,
} from './units/commune-groups/commune-group-events';
export {
  type AssignCommuneGroup,
  type CommuneGroupDecision,
  type CommuneGroups,
  decideCommuneGroup,
  foldCommuneGroups,
} from './units/commune-groups/commune-groups';
export {
  COMMUNE_GROUPS_FILE,
  type CommuneGroupSeed,
  communeGroupsFileSchema,
  loadCommuneGroupSeed,
} from './units/commune-groups/commune-group-seed';
export { CommuneGroupRecord } from './units/commune-groups/commune-group.entity';
export { communeGroupsProjector } from './units/commune-groups/commune-groups.projector';
export { CreateCommuneGroups1763890450000 } from './migrations/1763890450000-create-commune-groups';
export { CreateUserReadModels1763890300000 } from './migrations/1763890300000-create-user-read-models';
