export { ACCOUNT_EVENT_TYPES, type AccountEvent } from './accounts/account-events';
export { type AccountCommand, decideAccount } from './accounts/account-commands';
export { foldUserAccount, type UserAccount } from './accounts/user-account';
export { type ActorMetadata, actorMetadata } from './event-metadata';
export { type AccessDecision, decideAccess } from './grants';
export { departmentInForceErrors, grantFieldErrors, type ListedDepartment } from './grant-validation';
export { actingAs, departmentsOf, type Identity, type Principal, type RoleGrant } from './principal';
export { DEPARTMENT_ROLES, isRole, ROLE_LEVELS, ROLE_NAMES, ROLES, type Role } from './roles';
export { createScopeFilter, type ScopeFilter } from './scope-filter';
export { createDevTokenSigner, type DevTokenSigner } from './tokens/dev-token-signer';
export {
  jwksTokenVerifier,
  localTokenVerifier,
  type RejectionReason,
  TokenRejected,
  type TokenVerifier,
} from './tokens/token-verifier';
export { type DemoUsers, loadDemoUsers } from './users/demo-users';
