import { decideAccount } from './account-commands';
import type { AccountEvent } from './account-events';
import { foldUserAccount } from './user-account';

const registered: AccountEvent = { type: 'UserRegistered', data: { userId: 'lan', name: 'Nông Thị Lan', unit: '06' } };
const granted: AccountEvent = { type: 'RoleGranted', data: { grantId: 'g1', role: 'council-member', unit: '06' } };
const given = (...events: AccountEvent[]) => foldUserAccount(events);

describe('user account commands', () => {
  it('registers a user once', () => {
    expect(decideAccount({ type: 'RegisterUser', data: registered.data }, given())).toEqual({
      ok: true,
      value: [registered],
    });
    expect(decideAccount({ type: 'RegisterUser', data: registered.data }, given(registered))).toMatchObject({
      ok: false,
      error: { code: 'user.user-exists', kind: 'conflict' },
    });
  });

  it('grants a role to a registered user, not the same grant twice', () => {
    const grant = { type: 'GrantRole', data: granted.data } as const;
    expect(decideAccount(grant, given())).toMatchObject({ error: { code: 'user.user-not-found' } });
    expect(decideAccount(grant, given(registered))).toEqual({ ok: true, value: [granted] });
    const again = { type: 'GrantRole', data: { ...granted.data, grantId: 'g2' } } as const;
    expect(decideAccount(again, given(registered, granted))).toMatchObject({ error: { code: 'user.grant-held' } });
  });

  it('revokes only a grant the user holds', () => {
    const revoke = (grantId: string) => ({ type: 'RevokeRole', data: { grantId } }) as const;
    expect(decideAccount(revoke('g1'), given(registered, granted))).toMatchObject({ ok: true });
    expect(decideAccount(revoke('g9'), given(registered, granted))).toMatchObject({
      error: { code: 'user.grant-not-found' },
    });
  });

  it('a deactivated account takes no more grants', () => {
    const deactivated: AccountEvent = { type: 'UserDeactivated', data: { userId: 'lan' } };
    expect(decideAccount({ type: 'GrantRole', data: granted.data }, given(registered, deactivated))).toMatchObject({
      error: { code: 'user.user-deactivated' },
    });
  });
});
