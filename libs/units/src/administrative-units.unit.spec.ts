import { AdministrativeUnits, UnitsDataError } from './administrative-units';
import type { AdministrativeUnit, UnitVersion } from './administrative-unit';
import { loadAdministrativeUnits } from './load-units';

const codes = (units: readonly { code: string }[]) => units.map((unit) => unit.code);

describe('administrative units', () => {
  const units = loadAdministrativeUnits();
  const current = units.all().filter((unit) => unit.validTo === undefined);

  it('ships the 2025 structure: 34 provinces and 3,321 communes (2,621 xã, 687 phường, 13 đặc khu)', () => {
    expect(current.filter((unit) => unit.level === 'province')).toHaveLength(34);
    const communes = current.filter((unit) => unit.level === 'commune');
    const byType = (type: string) => communes.filter((unit) => unit.divisionType === type).length;
    expect([communes.length, byType('xã'), byType('phường'), byType('đặc khu')]).toEqual([3321, 2621, 687, 13]);
    expect(current.filter((unit) => unit.level === 'district')).toEqual([]);
  });

  it('keeps the structure until 30/6/2025: 63 provinces, their districts and communes', () => {
    const old = (unit: UnitVersion) => unit.validTo === '2025-06-30';
    const versions = units.all().flatMap((unit) => [...unit.earlier, unit]);
    expect(versions.filter((unit) => old(unit) && unit.level === 'province')).toHaveLength(63);
    expect(units.get('06')).toMatchObject({ name: 'Tỉnh Bắc Kạn', level: 'province', validTo: '2025-06-30' });
    expect(codes(units.childrenOf('06'))).toEqual(['058', '060', '061', '062', '063', '064', '065', '066']);
    expect(units.get('694')).toMatchObject({ name: 'Huyện Hớn Quản', divisionType: 'huyện', parent: '70' });
    expect(units.get('25361')).toMatchObject({ name: 'Xã Tân Hiệp', parent: '694', region: 'southeast' });
  });

  it('a code that outlived the reorganisation is one unit in two versions: name, type and parent change', () => {
    const phuThong = units.get('01969') as AdministrativeUnit;
    expect(phuThong).toMatchObject({ name: 'Xã Phủ Thông', divisionType: 'xã', parent: '19', validFrom: '2025-07-01' });
    expect(phuThong.earlier).toEqual([
      expect.objectContaining({ name: 'Thị trấn Phủ Thông', divisionType: 'thị trấn', parent: '063' }),
    ]);
    expect(units.on('01969', '2025-06-30')?.name).toBe('Thị trấn Phủ Thông');
    expect(units.on('01969', '2025-07-01')?.name).toBe('Xã Phủ Thông');
    expect(units.on('02005', '2025-07-01')).toBeUndefined();
    expect(units.provinceOn('02008', '2024-05-01')?.code).toBe('06');
    expect(units.provinceOn('02008', '2026-05-01')?.code).toBe('19');
  });

  it('records the 2025 mergers as predecessors of the unit that continues', () => {
    expect(units.get('19')?.predecessors).toEqual(['06']);
    expect(units.get('75')?.predecessors).toEqual(['70']);
    expect(units.get('37')?.predecessors).toEqual(['35', '36']);
    expect(units.get('51')?.predecessors).toEqual(['62']);
    expect(units.get('02008')?.predecessors).toEqual(['01999', '02005', '02011']);
    expect(units.get('25357')?.predecessors).toEqual(['25360', '25361']);
  });

  it('ancestors run nearest first in the latest structure: three tiers before, two after', () => {
    expect(codes(units.ancestors('02005-01'))).toEqual(['02005', '063', '06']);
    expect(codes(units.ancestors('02008-01'))).toEqual(['02008', '19']);
    expect(codes(units.ancestors('06'))).toEqual([]);
    expect(units.ancestors('99999')).toEqual([]);
  });

  it('a unit is within itself and the scope of each of its latest ancestors, and nowhere else', () => {
    expect(units.isWithin('02005', '02005')).toBe(true);
    expect(units.isWithin('02005', '063')).toBe(true);
    expect(units.isWithin('02005', '06')).toBe(true);
    expect(units.isWithin('02005', '061')).toBe(false);
    expect(units.isWithin('02005', '70')).toBe(false);
    expect(units.isWithin('063', '02005')).toBe(false);
    expect(units.isWithin('25342', '694')).toBe(true);
    // Cẩm Giàng continues under Thái Nguyên: the retired district and province do not cover it.
    expect(units.isWithin('02008', '19')).toBe(true);
    expect(units.isWithin('02008', '063')).toBe(false);
    expect(units.isWithin('02008', '06')).toBe(false);
  });

  it('after a merger, the units merged in fall within the successor, never the other way round', () => {
    expect(units.isWithin('02005', '19')).toBe(true);
    expect(units.isWithin('02005', '02008')).toBe(true);
    expect(units.isWithin('25361-01', '75')).toBe(true);
    expect(units.isWithin('02008', '02005')).toBe(false);
    expect(units.isWithin('25357', '25361')).toBe(false);
  });

  it('the unit in force for a code: itself, or the successor that took over a unit merged away', () => {
    expect(units.inForce('02008')?.code).toBe('02008');
    expect(units.inForce('02005')?.code).toBe('02008');
    expect(units.inForce('06')?.code).toBe('19');
    expect(units.inForce('99999')).toBeUndefined();
  });

  it('unknown codes are within nothing', () => {
    expect(units.isWithin('99999', '99999')).toBe(false);
    expect(units.get('99999')).toBeUndefined();
  });

  it('lists every unit within a scope, descendants and merged predecessors included', () => {
    const withinNewCommune = units.within('02008');
    expect(withinNewCommune).toEqual(expect.arrayContaining(['02008', '02008-01', '02005', '02005-01', '01999']));
    expect(withinNewCommune).not.toContain('063');
    expect(units.within('063')).not.toContain('02014-01');
    expect(units.within('19').length).toBeGreaterThan(200);
  });

  describe('refuses inconsistent data', () => {
    const province: UnitVersion = {
      code: '06',
      name: 'Tỉnh A',
      level: 'province',
      divisionType: 'tỉnh',
      predecessors: [],
    };
    it('overlapping versions of one code', () => {
      expect(() => new AdministrativeUnits([province, province])).toThrow(UnitsDataError);
      const continuing = { ...province, validFrom: '2025-07-01' };
      expect(() => new AdministrativeUnits([{ ...province, validTo: '2025-06-30' }, continuing])).not.toThrow();
    });
    it('a district under a commune, and a parent that does not exist', () => {
      const commune: UnitVersion = { ...province, code: '00001', level: 'commune', divisionType: 'xã', parent: '06' };
      const district: UnitVersion = {
        ...province,
        code: '063',
        level: 'district',
        divisionType: 'huyện',
        parent: '00001',
      };
      expect(() => new AdministrativeUnits([province, commune, district])).toThrow(/063: cấp district/);
      expect(() => new AdministrativeUnits([{ ...commune, parent: '07' }])).toThrow(/00001/);
    });
    it('a predecessor that does not exist', () => {
      expect(() => new AdministrativeUnits([{ ...province, predecessors: ['99'] }])).toThrow(/99/);
    });
  });
});
