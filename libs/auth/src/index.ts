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
export { DEMO_USERS_FILE, type DemoUsers, GrantDataError, grantProblems, loadDemoUsers } from './users/demo-users';
