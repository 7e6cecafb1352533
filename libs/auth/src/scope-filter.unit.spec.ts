import type { Identity } from './principal';
import { createScopeFilter } from './scope-filter';
import { loadAdministrativeUnits } from '@ntm/units';

describe('scope filter for list queries', () => {
  const scopeFilter = createScopeFilter(loadAdministrativeUnits());
  const caller: Identity = {
    userId: 'u',
    name: 'U',
    grants: [
      { role: 'commune-officer', unit: '02005' },
      { role: 'auditor', unit: '694' },
    ],
  };

  it('returns the units within the grants of the given roles, and only those', () => {
    expect(scopeFilter(caller, ['commune-officer'])).toEqual(['02005', '02005-01', '02005-02']);
    const audited = scopeFilter(caller, ['auditor']);
    expect(audited).toEqual(expect.arrayContaining(['694', '25342', '25361-04']));
    expect(audited).not.toContain('02005');
  });

  it('is empty without a matching grant, so a list shows nothing rather than everything', () => {
    expect(scopeFilter(caller, ['approver'])).toEqual([]);
  });
});
