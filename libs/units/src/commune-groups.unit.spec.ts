import { loadAdministrativeUnits } from './load-units';
import type { CommuneGroupAssigned } from './commune-group-events';
import { loadCommuneGroupSeed } from './commune-group-seed';
import { decideCommuneGroup, foldCommuneGroups } from './commune-groups';

const assigned = (group: 1 | 2 | 3, previousGroup: 1 | 2 | 3 | null): CommuneGroupAssigned => ({
  type: 'CommuneGroupAssigned',
  data: { unitCode: '02008', catalogueVersion: '2026.1', group, previousGroup, reason: 'Rà soát năm 2026' },
});

describe('commune groups (QĐ 51/2025/QĐ-TTg)', () => {
  it('the coordinator’s assignments overlay the seeded group of the same catalogue version only', () => {
    const seeded = { '2026.1': 2 as const, '2027.1': 3 as const };
    expect(foldCommuneGroups([assigned(1, 2)], seeded)).toEqual({ '2026.1': 1, '2027.1': 3 });
    expect(foldCommuneGroups([assigned(1, 2), assigned(3, 1)], seeded)['2026.1']).toBe(3);
    expect(foldCommuneGroups([{ type: 'SomethingLater', data: {} }], seeded)).toEqual(seeded);
  });

  it('an assignment records the group it replaces, and needs a reason and a change', () => {
    const command = {
      type: 'AssignCommuneGroup',
      data: { unitCode: '02008', catalogueVersion: '2026.1', group: 1, reason: 'Rà soát năm 2026' },
    } as const;
    expect(decideCommuneGroup(command, { '2026.1': 2 })).toEqual({ ok: true, value: [assigned(1, 2)] });
    expect(decideCommuneGroup(command, {})).toMatchObject({ value: [{ data: { previousGroup: null } }] });
    expect(decideCommuneGroup(command, { '2026.1': 1 })).toMatchObject({
      ok: false,
      error: { code: 'commune-group.unchanged' },
    });
    expect(decideCommuneGroup({ ...command, data: { ...command.data, reason: ' ' } }, {})).toMatchObject({
      error: { kind: 'validation', details: { field: 'reason' } },
    });
  });

  it('every seeded commune is a commune in force today (formed in the 2025 reorganisation or kept)', () => {
    const units = loadAdministrativeUnits();
    const seed = loadCommuneGroupSeed();
    expect(seed.size).toBeGreaterThan(0);
    for (const code of seed.keys()) {
      expect(units.get(code)).toMatchObject({ level: 'commune' });
      expect(units.get(code)?.validTo).toBeUndefined();
    }
  });
});
