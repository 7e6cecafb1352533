import { actingAs, departmentsOf, grantLabel } from './principal';

describe('principal', () => {
  const identity = {
    userId: 'e',
    name: 'E',
    grants: [
      { role: 'department-appraiser', unit: '19', department: 'SXD' },
      { role: 'department-appraiser', unit: '19', department: 'SGTVT' },
      { role: 'department-appraiser', unit: '75', department: 'SYT' },
      { role: 'auditor', unit: '19' },
    ],
  } as const;

  it('labels an appraiser’s grant with its department, as X-Acting-Role names it', () => {
    expect(identity.grants.map(grantLabel)).toEqual([
      'department-appraiser@19/SXD',
      'department-appraiser@19/SGTVT',
      'department-appraiser@75/SYT',
      'auditor@19',
    ]);
  });

  it('the departments a principal appraises for at its unit, for its work queue', () => {
    expect(departmentsOf(actingAs(identity, identity.grants[0]))).toEqual(['SXD', 'SGTVT']);
    expect(departmentsOf(actingAs(identity, identity.grants[3]))).toEqual([]);
  });
});
