import { ACCOUNT_EVENT_TYPES, type AccountEvent, type RecordedGrant } from './account-events';

export type UserAccount =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'active' | 'deactivated';
      readonly userId: string;
      readonly name: string;
      readonly unit: string;
      readonly grants: readonly RecordedGrant[];
    };

export const initialUserAccount = (): UserAccount => ({ status: 'unregistered' });

/** The one fold of a user stream: the command side, authentication and the read model all use it. */
export function evolveUserAccount(state: UserAccount, event: AccountEvent): UserAccount {
  switch (event.type) {
    case 'UserRegistered':
      return { status: 'active', ...event.data, grants: [] };
    case 'RoleGranted':
      return state.status === 'unregistered' ? state : { ...state, grants: [...state.grants, event.data] };
    case 'RoleRevoked':
      return state.status === 'unregistered'
        ? state
        : { ...state, grants: state.grants.filter((grant) => grant.grantId !== event.data.grantId) };
    case 'UserDeactivated':
      return state.status === 'unregistered' ? state : { ...state, status: 'deactivated' };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** Folds stored events; types this fold does not know (written by a later version) are skipped. */
export function foldUserAccount(
  events: readonly { readonly type: string; readonly data: unknown }[],
  state: UserAccount = initialUserAccount(),
): UserAccount {
  return events.reduce(
    (account, event) => (isAccountEvent(event) ? evolveUserAccount(account, event) : account),
    state,
  );
}

const isAccountEvent = (event: { readonly type: string }): event is AccountEvent =>
  (ACCOUNT_EVENT_TYPES as readonly string[]).includes(event.type);
