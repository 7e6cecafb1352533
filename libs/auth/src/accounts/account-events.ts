import type { RoleGrant } from '../principal';

/** A grant as recorded: its id is the command id that created it, so a retry names the same grant. */
export interface RecordedGrant extends RoleGrant {
  readonly grantId: string;
}

/** No phone or e-mail: the identity provider holds contact data, this system only who may do what. */
export interface UserRegistered {
  readonly type: 'UserRegistered';
  /** `unit`: the administrative unit that manages the account (who may see and administer it). */
  readonly data: { readonly userId: string; readonly name: string; readonly unit: string };
}

export interface RoleGranted {
  readonly type: 'RoleGranted';
  readonly data: RecordedGrant;
}

export interface RoleRevoked {
  readonly type: 'RoleRevoked';
  readonly data: { readonly grantId: string };
}

export interface UserDeactivated {
  readonly type: 'UserDeactivated';
  readonly data: { readonly userId: string };
}

export type AccountEvent = UserRegistered | RoleGranted | RoleRevoked | UserDeactivated;

export const ACCOUNT_EVENT_TYPES: readonly AccountEvent['type'][] = [
  'UserRegistered',
  'RoleGranted',
  'RoleRevoked',
  'UserDeactivated',
];
