import { ConflictError, fail, NotFoundError, ok, type Result } from '@ntm/domain';

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

export type AccountDecision = Result<readonly AccountEvent[]>;

/** Why an account command is refused: the codes and words the API answers with (404 or 409). */
const REFUSALS = {
  'user-exists': { kind: ConflictError, vi: 'Người dùng đã được đăng ký', en: 'The user is already registered' },
  'user-not-found': { kind: NotFoundError, vi: 'Không tìm thấy người dùng', en: 'No such user' },
  'user-deactivated': { kind: ConflictError, vi: 'Tài khoản đã bị vô hiệu hoá', en: 'The user account is deactivated' },
  'grant-held': { kind: ConflictError, vi: 'Người dùng đã có vai trò này', en: 'The user already holds this grant' },
  'grant-not-found': { kind: NotFoundError, vi: 'Không tìm thấy vai trò được giao', en: 'No such grant' },
} as const;

const accepted = (...events: AccountEvent[]): AccountDecision => ok(events);
function refused(refusal: keyof typeof REFUSALS): AccountDecision {
  const { kind, vi, en } = REFUSALS[refusal];
  return fail(new kind({ code: `user.${refusal}`, messageVi: vi, messageEn: en }));
}

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
