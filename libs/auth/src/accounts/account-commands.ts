import type { RoleGrant } from '../principal';
import type { AccountEvent, RecordedGrant } from './account-events';
import type { UserAccount } from './user-account';

export type AccountCommand =
  | {
      readonly type: 'RegisterUser';
      readonly data: { readonly userId: string; readonly name: string; readonly unit: string };
    }
  | { readonly type: 'GrantRole'; readonly data: RecordedGrant }
  | { readonly type: 'RevokeRole'; readonly data: { readonly grantId: string } }
  | { readonly type: 'DeactivateUser'; readonly data: { readonly userId: string } };

/** Why an account command is refused; the API maps each to a problem (404 or 409). */
export type AccountRefusal = 'user-exists' | 'user-not-found' | 'user-deactivated' | 'grant-held' | 'grant-not-found';

export type AccountDecision =
  | { readonly outcome: 'accepted'; readonly events: readonly AccountEvent[] }
  | { readonly outcome: 'refused'; readonly refusal: AccountRefusal };

const accepted = (...events: AccountEvent[]): AccountDecision => ({ outcome: 'accepted', events });
const refused = (refusal: AccountRefusal): AccountDecision => ({ outcome: 'refused', refusal });

/**
 * Grant validity against units and the catalogue is checked before (`grantFieldErrors`); here only
 * what depends on the account: it exists, is active, and does not already hold the same grant.
 */
export function decideAccount(command: AccountCommand, state: UserAccount): AccountDecision {
  if (command.type === 'RegisterUser') {
    return state.status === 'unregistered'
      ? accepted({ type: 'UserRegistered', data: command.data })
      : refused('user-exists');
  }
  if (state.status === 'unregistered') return refused('user-not-found');
  if (state.status === 'deactivated') return refused('user-deactivated');
  switch (command.type) {
    case 'GrantRole':
      return state.grants.some((held) => sameGrant(held, command.data))
        ? refused('grant-held')
        : accepted({ type: 'RoleGranted', data: command.data });
    case 'RevokeRole':
      return state.grants.some((held) => held.grantId === command.data.grantId)
        ? accepted({ type: 'RoleRevoked', data: command.data })
        : refused('grant-not-found');
    case 'DeactivateUser':
      return accepted({ type: 'UserDeactivated', data: command.data });
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

const sameGrant = (a: RoleGrant, b: RoleGrant) =>
  a.role === b.role && a.unit === b.unit && (a.department ?? '') === (b.department ?? '');
