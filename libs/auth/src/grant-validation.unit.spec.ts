import { loadCatalogue } from '@ntm/catalogue';

import {
  departmentInForceErrors,
  grantFieldErrors,
  type GrantRequest,
  type ListedDepartment,
} from './grant-validation';
import { loadAdministrativeUnits } from '@ntm/units';

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

describe('a department grant in force on a day', () => {
  const units = loadAdministrativeUnits();
  const since2026 = loadCatalogue('2026.1').departments;
  const in2022 = loadCatalogue('2022.1').departments;
  const appraiser = (unit: string, department: string) => ({ role: 'department-appraiser', unit, department });
  const reasons = (grant: GrantRequest, departments: readonly ListedDepartment[], on: string) =>
    departmentInForceErrors(grant, units, departments, on).map((error) => `${error.field}: ${error.reason}`);

  it('a department of the catalogue in force, in a province that exists, is in force', () => {
    expect(reasons(appraiser('19', 'SXD'), since2026, '2026-11-23')).toEqual([]);
    expect(reasons(appraiser('19', 'SNNMT'), since2026, '2026-11-23')).toEqual([]);
    expect(reasons({ role: 'approver', unit: '06' }, since2026, '2026-11-23')).toEqual([]);
  });

  it('a department merged in the 2025 reorganisation is retired, and the refusal names its successor', () => {
    expect(reasons(appraiser('19', 'SNNPTNT'), since2026, '2026-11-23')).toEqual([
      'department: sở đã hợp nhất vào SNNMT sau ngày 2025-02-28 (retired: merged into SNNMT)',
    ]);
    expect(reasons(appraiser('75', 'SGTVT'), since2026, '2026-11-23')).toEqual([
      'department: sở đã hợp nhất vào SXD sau ngày 2025-02-28 (retired: merged into SXD)',
    ]);
  });

  it('a department whose tasks split in 2025 (Sở LĐ-TB&XH) names every department that took a part', () => {
    expect(reasons(appraiser('19', 'SLDTBXH'), since2026, '2026-11-23')).toEqual([
      'department: sở đã hợp nhất vào SNV (một phần nhiệm vụ sang SNNMT, SGDDT, SYT) sau ngày 2025-02-28 ' +
        '(retired: merged into SNV; some tasks to SNNMT, SGDDT, SYT)',
    ]);
  });

  it('the departments of a province merged away (Bắc Kạn into Thái Nguyên, 1/7/2025) are retired with it', () => {
    expect(reasons(appraiser('06', 'SXD'), since2026, '2026-11-23')).toEqual([
      'department: sở của Tỉnh Bắc Kạn, tỉnh đã sáp nhập vào 19 sau ngày 2025-06-30 (retired with its province: grant it at 19)',
    ]);
  });

  it('before the mergers, the same grants were in force', () => {
    expect(reasons(appraiser('06', 'SNNPTNT'), in2022, '2024-06-03')).toEqual([]);
    expect(reasons(appraiser('06', 'SXD'), in2022, '2025-06-30')).toEqual([]);
  });

  it('a department the catalogue in force does not list is refused', () => {
    expect(reasons(appraiser('19', 'xay-dung'), since2026, '2026-11-23')).toEqual([
      'department: sở không có trong danh mục đang áp dụng (not in the catalogue in force)',
    ]);
    expect(reasons(appraiser('19', 'SNNMT'), in2022, '2024-06-03')).toHaveLength(1);
  });
});
