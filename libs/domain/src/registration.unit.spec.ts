import { type CatalogueVersion, catalogueVersions } from '@ntm/catalogue';

import { checkRefiling, type RegisteringUnit, registrationRules, type RegistrationRequest } from './registration';

/** Xã Quân Hà (Bắc Kạn), a commune until the 2025 reorganisation; 02008 (Xã Cẩm Giàng) one formed by it. */
const QUAN_HA: RegisteringUnit = {
  code: '02005',
  name: 'Xã Quân Hà',
  level: 'commune',
  divisionType: 'xã',
  validTo: '2025-06-30',
  province: '06',
  region: 'northern-midlands-mountains',
};
const NEW_COMMUNE: RegisteringUnit = {
  code: '02008',
  name: 'Xã Cẩm Giàng',
  level: 'commune',
  divisionType: 'xã',
  validFrom: '2025-07-01',
  province: '19',
};
const request = (overrides: Partial<RegistrationRequest>): RegistrationRequest => ({
  unit: NEW_COMMUNE,
  level: 'ntm',
  year: 2026,
  filedOn: '2026-03-01',
  recordedGroups: {},
  publications: new Map([['2026.1', 'QĐ 51/2025/QĐ-TTg; QĐ 1/QĐ-UBND của tỉnh']]),
  ...overrides,
});
const pin = (overrides: Partial<RegistrationRequest>) => registrationRules(request(overrides), catalogueVersions());

describe('registration rules', () => {
  it('pins the catalogue published by the filing date, with its criteria set for the unit and level', () => {
    const before = pin({ unit: QUAN_HA, filedOn: '2025-06-01' });
    expect(before).toMatchObject({ ok: true, value: { unit: { code: '02005', kind: 'commune' }, province: '06' } });
    expect(before.ok && before.value.rules.catalogueVersion).toBe('2022.1');
    const after = pin({ recordedGroups: { '2026.1': 2 } });
    expect(after.ok && [after.value.rules.catalogueVersion, after.value.rules.criteriaSet.id]).toEqual([
      '2026.1',
      'xa-ntm-2026-2030',
    ]);
    expect(after.ok && after.value.rules.variant).toEqual({ group: 2 });
  });

  it('refuses a unit that did not exist on the filing date, and a province', () => {
    expect(pin({ unit: QUAN_HA, filedOn: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'unit.not-in-force', details: { field: 'unitCode' } },
    });
    const province: RegisteringUnit = { ...NEW_COMMUNE, code: '19', level: 'province' };
    expect(pin({ unit: province })).toMatchObject({
      ok: false,
      error: { kind: 'validation', details: { field: 'unitCode' } },
    });
  });

  it('a draft catalogue version receives no dossier until the province published it', () => {
    expect(pin({ publications: new Map(), communeGroup: 2 })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'catalogue.not-published', details: { catalogueVersion: '2026.1' } },
    });
    // The 2021–2025 versions transcribe published decisions: no province publication needed.
    expect(pin({ unit: QUAN_HA, filedOn: '2025-06-01', publications: new Map() })).toMatchObject({ ok: true });
  });

  it('refuses urban units (phường, thị trấn, quận): only xã, đặc khu, thôn and district-level rural units', () => {
    for (const divisionType of ['phường', 'thị trấn', 'quận']) {
      expect(pin({ unit: { ...NEW_COMMUNE, divisionType }, communeGroup: 1 })).toMatchObject({
        ok: false,
        error: { kind: 'forbidden', code: 'unit.not-rural', details: { field: 'unitCode', divisionType } },
      });
    }
    expect(pin({ unit: { ...NEW_COMMUNE, divisionType: 'đặc khu' }, communeGroup: 1 })).toMatchObject({ ok: true });
  });

  it('2021–2025 criteria take the region the register records, or the one stated where it records none', () => {
    expect(pin({ unit: QUAN_HA, filedOn: '2025-06-01', region: 'mekong-delta' })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'region.mismatch', details: { recordedRegion: 'northern-midlands-mountains' } },
    });
    const unrecorded = { ...QUAN_HA, region: undefined };
    const noRegion = pin({ unit: unrecorded, filedOn: '2025-06-01' });
    expect(noRegion).toMatchObject({ ok: false, error: { kind: 'validation', details: { field: 'region' } } });
    const stated = pin({ unit: unrecorded, filedOn: '2025-06-01', region: 'red-river-delta' });
    expect(stated.ok && stated.value.rules.variant).toEqual({ region: 'red-river-delta' });
  });

  it('2026–2030 criteria take the group the province recorded, never another', () => {
    expect(pin({})).toMatchObject({ ok: false, error: { details: { field: 'communeGroup' } } });
    expect(pin({ communeGroup: 3 })).toMatchObject({ ok: true, value: { rules: { variant: { group: 3 } } } });
    expect(pin({ communeGroup: 3, recordedGroups: { '2026.1': 1 } })).toMatchObject({
      ok: false,
      error: {
        kind: 'forbidden',
        code: 'commune-group.mismatch',
        details: { field: 'communeGroup', recordedGroup: 1 },
      },
    });
  });

  it('a level the catalogue has no criteria set for is the catalogue’s refusal', () => {
    expect(pin({ level: 'modern', unit: QUAN_HA, filedOn: '2025-06-01' })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: expect.stringMatching(/^catalogue\./) },
    });
  });

  it('re-recognition links only to a revoked dossier of the same unit, with one refusal for every other case', () => {
    const revoked = { unit: { code: '02008', kind: 'commune' as const }, status: 'revoked' as const };
    expect(checkRefiling(revoked, 'd-1', '02008')).toEqual({ ok: true, value: undefined });
    for (const previous of [undefined, { ...revoked, status: 'recognised' as const }, revoked]) {
      const unitCode = previous === revoked ? '01969' : '02008';
      expect(checkRefiling(previous, 'd-1', unitCode)).toMatchObject({
        ok: false,
        error: { code: 'registration.previous-not-revoked', details: { field: 'previousDossierId' } },
      });
    }
  });
});

describe('registration on a province’s own catalogue version', () => {
  const national = catalogueVersions().find((v) => v.id === '2026.1')!;
  /** Thái Nguyên's version of 2026.1 (as imported: a draft of the province, numbered on 2026.1). */
  const own = { ...national, id: '2026.1-19.1', status: 'draft', basedOn: '2026.1', province: '19' } as const;

  it('pins the province’s version once published there, grouping communes as the national version does', () => {
    const publications = new Map([
      ['2026.1', 'QĐ 51/2025/QĐ-TTg'],
      ['2026.1-19.1', 'QĐ 7/QĐ-UBND của tỉnh'],
    ]);
    const pinned = registrationRules(request({ publications, recordedGroups: { '2026.1': 3 } }), [
      ...catalogueVersions(),
      own,
    ]);
    expect(pinned.ok && [pinned.value.rules.catalogueVersion, pinned.value.rules.variant]).toEqual([
      '2026.1-19.1',
      { group: 3 },
    ]);
  });

  it('a draft the province has not published receives no dossier', () => {
    const pinned = registrationRules(request({ communeGroup: 2 }), [...catalogueVersions(), own]);
    expect(pinned).toMatchObject({
      ok: false,
      error: { code: 'catalogue.not-published', details: { catalogueVersion: '2026.1-19.1' } },
    });
  });

  it('a later national version applies over a province’s version of an earlier one', () => {
    const base = catalogueVersions().find((v) => v.id === '2025.1')!;
    const older = { ...base, id: '2025.1-19.1', status: 'draft', basedOn: '2025.1', province: '19' } as const;
    const publications = new Map([
      ['2026.1', 'QĐ 51/2025/QĐ-TTg'],
      ['2025.1-19.1', 'QĐ 1361/QĐ-UBND'],
    ]);
    const pinned = registrationRules(request({ publications, communeGroup: 2 }), [...catalogueVersions(), older]);
    expect(pinned.ok && pinned.value.rules.catalogueVersion).toBe('2026.1');
  });

  it('a paper dossier filed before its base applied keeps the version then in force', () => {
    const pinned = registrationRules(request({ unit: QUAN_HA, filedOn: '2025-06-01' }), [...catalogueVersions(), own]);
    expect(pinned.ok && pinned.value.rules.catalogueVersion).toBe('2022.1');
  });
});

describe('registration pins the thresholds of the year asked for', () => {
  it('an income threshold that rises by year is pinned at the figures of the dossier’s year', () => {
    const catalogue = structuredClone(catalogueVersions().find((v) => v.id === '2026.1')!) as unknown as {
      criteriaSets: { id: string; criteria: { indicators: { measure: { threshold?: object } }[] }[] }[];
    };
    const income = catalogue.criteriaSets.find((s) => s.id === 'xa-ntm-2026-2030')!.criteria[2]!.indicators[0]!;
    income.measure.threshold = { ...income.measure.threshold, byYear: { '2028': { value: 80, byGroup: { '2': 78 } } } };
    const versions = [
      ...catalogueVersions().filter((v) => v.id !== '2026.1'),
      catalogue as unknown as CatalogueVersion,
    ];
    const pinnedIn = (year: number) => {
      const pinned = registrationRules(request({ year, communeGroup: 2 }), versions);
      if (!pinned.ok) throw pinned.error;
      return pinned.value.rules.criteriaSet.criteria[2]!.indicators[0]!.measure;
    };
    expect(pinnedIn(2028)).toMatchObject({ threshold: { value: 80, byGroup: { '2': 78 } } });
    expect(pinnedIn(2027)).toMatchObject({ threshold: { value: 70, byGroup: { '2': 70 } } });
  });
});
