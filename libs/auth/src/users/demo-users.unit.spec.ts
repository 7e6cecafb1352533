import { loadCatalogue } from '@ntm/catalogue';

import { ROLES } from '../roles';
import { loadAdministrativeUnits } from '@ntm/units';
import { grantProblems, loadDemoUsers } from './demo-users';

describe('demo users', () => {
  const units = loadAdministrativeUnits();
  const users = [...loadDemoUsers(units).values()];

  it.each(['06', '70'])('every role is held by a demo user within province %s', (province) => {
    const held = users.flatMap((user) => user.grants).filter((grant) => units.isWithin(grant.unit, province));
    expect(new Set(held.map((grant) => grant.role))).toEqual(new Set(ROLES));
  });

  it('a grant must name an existing unit of the level its role works at', () => {
    expect(grantProblems({ role: 'commune-officer', unit: '063' }, units)).toEqual([
      'commune-officer@063: sai cấp district (wrong level)',
    ]);
    expect(grantProblems({ role: 'approver', unit: '99' }, units)).toEqual([
      'approver@99: đơn vị không có (unknown unit)',
    ]);
  });

  it('an appraiser belongs to one department; other roles to none', () => {
    expect(grantProblems({ role: 'department-appraiser', unit: '06' }, units)).toHaveLength(1);
    expect(grantProblems({ role: 'approver', unit: '06', department: 'SXD' }, units)).toHaveLength(1);
  });

  it("every demo appraiser's department is a department or district division of the catalogue in force", () => {
    const catalogue = loadCatalogue();
    const divisions = catalogue.regimes.flatMap((regime) =>
      regime.steps.flatMap((s) => Object.values(s.divisions ?? {})),
    );
    const departments = new Set([...catalogue.departments.map((department) => department.code), ...divisions]);
    const problems = users.flatMap((user) => user.grants.flatMap((grant) => grantProblems(grant, units, departments)));
    expect(problems).toEqual([]);
    expect(users.flatMap((user) => user.grants).filter((grant) => grant.department)).not.toHaveLength(0);
  });
});
