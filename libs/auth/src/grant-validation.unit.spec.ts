import { grantFieldErrors } from './grant-validation';
import { loadAdministrativeUnits } from './units/load-units';

describe('grant validation', () => {
  const units = loadAdministrativeUnits();
  const departments = new Set(['SXD', 'SNNMT']);
  const fields = (grant: { role: string; unit: string; department?: string }) =>
    grantFieldErrors(grant, units, departments).map((error) => error.field);

  it('a valid appraiser grant names a catalogue department at a province', () => {
    expect(fields({ role: 'department-appraiser', unit: '06', department: 'SXD' })).toEqual([]);
  });

  it('names the field at fault: unknown role, unknown unit, wrong level', () => {
    expect(fields({ role: 'king', unit: '06' })).toEqual(['role']);
    expect(fields({ role: 'approver', unit: '99' })).toEqual(['unit']);
    expect(fields({ role: 'commune-officer', unit: '06' })).toEqual(['unit']);
  });

  it('an appraiser needs a department of the catalogue; other roles take none', () => {
    expect(fields({ role: 'department-appraiser', unit: '06' })).toEqual(['department']);
    expect(fields({ role: 'department-appraiser', unit: '06', department: 'xay-dung' })).toEqual(['department']);
    expect(fields({ role: 'approver', unit: '06', department: 'SXD' })).toEqual(['department']);
  });
});
