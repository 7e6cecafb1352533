import { AdministrativeUnits, UnitsDataError } from './administrative-units';
import type { AdministrativeUnit } from './administrative-unit';
import { loadAdministrativeUnits } from './load-units';

const codes = (units: readonly AdministrativeUnit[]) => units.map((unit) => unit.code);

describe('administrative units', () => {
  const units = loadAdministrativeUnits();

  it('the shipped file holds Bắc Kạn with its 8 district-level units and Hớn Quản with its communes', () => {
    expect(units.get('06')).toMatchObject({ name: 'Tỉnh Bắc Kạn', level: 'province', validTo: '2025-06-30' });
    expect(codes(units.childrenOf('06'))).toEqual(['058', '060', '061', '062', '063', '064', '065', '066']);
    expect(units.childrenOf('694')).toHaveLength(13);
    expect(codes(units.childrenOf('25462'))).toHaveLength(4);
  });

  it('records the 2025 provincial mergers as predecessors of the province that continues', () => {
    expect(units.get('19')?.predecessors).toEqual(['06']);
    expect(units.get('75')?.predecessors).toEqual(['70']);
    expect(units.get('37')?.predecessors).toContain('35');
    expect(units.get('51')?.predecessors).toEqual(['62']);
  });

  it('ancestors run nearest first: village, commune, district, province in three tiers', () => {
    expect(codes(units.ancestors('02005-01'))).toEqual(['02005', '063', '06']);
    expect(codes(units.ancestors('06'))).toEqual([]);
    expect(units.ancestors('99999')).toEqual([]);
  });

  it('two tiers have no district: a commune formed in 2025 sits directly under the province', () => {
    expect(codes(units.ancestors('90103-01'))).toEqual(['90103', '19']);
    expect(units.get('90103')).toMatchObject({ validFrom: '2025-07-01', level: 'commune' });
  });

  it('a unit is within itself and the scope of each of its ancestors, and nowhere else', () => {
    expect(units.isWithin('02005', '02005')).toBe(true);
    expect(units.isWithin('02005', '063')).toBe(true);
    expect(units.isWithin('02005', '06')).toBe(true);
    expect(units.isWithin('02005', '061')).toBe(false);
    expect(units.isWithin('02005', '70')).toBe(false);
    expect(units.isWithin('063', '02005')).toBe(false);
    expect(units.isWithin('25444', '694')).toBe(true);
  });

  it('after a merger, the units merged in fall within the successor, never the other way round', () => {
    expect(units.isWithin('02005', '19')).toBe(true);
    expect(units.isWithin('02005', '90103')).toBe(true);
    expect(units.isWithin('25462-01', '75')).toBe(true);
    expect(units.isWithin('90103', '06')).toBe(false);
    expect(units.isWithin('97501', '70')).toBe(false);
  });

  it('unknown codes are within nothing', () => {
    expect(units.isWithin('99999', '99999')).toBe(false);
    expect(units.get('99999')).toBeUndefined();
  });

  it('lists every unit within a scope, descendants and merged predecessors included', () => {
    const withinNewCommune = units.within('90103');
    expect(withinNewCommune).toEqual(expect.arrayContaining(['90103', '90103-01', '02005', '02005-01', '02008']));
    expect(withinNewCommune).not.toContain('063');
    expect(units.within('063')).not.toContain('90103');
  });

  describe('refuses inconsistent data', () => {
    const province = { code: '06', name: 'Tỉnh A', level: 'province', validFrom: '1997-01-01' } as const;
    it('duplicate codes', () => {
      expect(() => AdministrativeUnits.fromFile({ units: [province, province] })).toThrow(UnitsDataError);
    });
    it('a district under a commune', () => {
      const file = {
        units: [
          {
            ...province,
            children: [
              {
                ...province,
                code: '00001',
                level: 'commune' as const,
                children: [{ ...province, code: '063', level: 'district' as const }],
              },
            ],
          },
        ],
      };
      expect(() => AdministrativeUnits.fromFile(file)).toThrow(/063: cấp district/);
    });
    it('a predecessor that does not exist', () => {
      expect(() => AdministrativeUnits.fromFile({ units: [{ ...province, predecessors: ['99'] }] })).toThrow(/99/);
    });
  });
});
