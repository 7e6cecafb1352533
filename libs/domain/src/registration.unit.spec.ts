import { catalogueVersions } from '@ntm/catalogue';

import { checkRefiling, type RegisteringUnit, registrationRules, type RegistrationRequest } from './registration';

/** Xã Quân Hà (Bắc Kạn), a commune until the 2025 reorganisation; 90103 one formed by it. */
const QUAN_HA: RegisteringUnit = {
  code: '02005',
  name: 'Xã Quân Hà',
  level: 'commune',
  validFrom: '2020-01-01',
  validTo: '2025-06-30',
  province: '06',
};
const NEW_COMMUNE: RegisteringUnit = {
  code: '90103',
  name: 'Xã mới',
  level: 'commune',
  validFrom: '2025-07-01',
  province: '19',
};
const request = (overrides: Partial<RegistrationRequest>): RegistrationRequest => ({
  unit: NEW_COMMUNE,
  level: 'ntm',
  filedOn: '2026-03-01',
  recordedGroups: {},
  ...overrides,
});
const pin = (overrides: Partial<RegistrationRequest>) => registrationRules(request(overrides), catalogueVersions());

describe('registration rules', () => {
  it('pins the catalogue published by the filing date, with its criteria set for the unit and level', () => {
    const before = pin({ unit: QUAN_HA, filedOn: '2025-06-01', region: 'northern-midlands-mountains' });
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

  it('2021–2025 criteria need the region; 2026–2030 ones the group the province recorded, never another', () => {
    const noRegion = pin({ unit: QUAN_HA, filedOn: '2025-06-01' });
    expect(noRegion).toMatchObject({ ok: false, error: { kind: 'validation', details: { field: 'region' } } });
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
    expect(pin({ level: 'modern', unit: QUAN_HA, filedOn: '2025-06-01', region: 'red-river-delta' })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: expect.stringMatching(/^catalogue\./) },
    });
  });

  it('re-recognition links only to a revoked dossier of the same unit, with one refusal for every other case', () => {
    const revoked = { unit: { code: '90103', kind: 'commune' as const }, status: 'revoked' as const };
    expect(checkRefiling(revoked, 'd-1', '90103')).toEqual({ ok: true, value: undefined });
    for (const previous of [undefined, { ...revoked, status: 'recognised' as const }, revoked]) {
      const unitCode = previous === revoked ? '90104' : '90103';
      expect(checkRefiling(previous, 'd-1', unitCode)).toMatchObject({
        ok: false,
        error: { code: 'registration.previous-not-revoked', details: { field: 'previousDossierId' } },
      });
    }
  });
});
