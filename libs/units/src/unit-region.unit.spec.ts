import { decideUnitRegion, foldUnitRegion, type UnitRegionAssigned } from './unit-region';

const assigned = (
  region: UnitRegionAssigned['data']['region'],
  previousRegion: UnitRegionAssigned['data']['previousRegion'],
) =>
  ({ type: 'UnitRegionAssigned', data: { unitCode: '02005', region, previousRegion, reason: 'QĐ của tỉnh' } }) as const;

describe('a commune’s region (2021–2025 criteria)', () => {
  it('the register’s region, overlaid by the coordinator’s assignments in order', () => {
    expect(foldUnitRegion([], 'northern-midlands-mountains')).toBe('northern-midlands-mountains');
    const events = [assigned('red-river-delta', 'northern-midlands-mountains'), { type: 'Later', data: {} }];
    expect(foldUnitRegion(events, 'northern-midlands-mountains')).toBe('red-river-delta');
  });

  it('an assignment names the region it replaces, and needs a reason and a change', () => {
    const command = {
      type: 'AssignUnitRegion',
      data: { unitCode: '02005', region: 'red-river-delta', reason: 'QĐ của tỉnh' },
    } as const;
    expect(decideUnitRegion(command, 'northern-midlands-mountains')).toEqual({
      ok: true,
      value: [assigned('red-river-delta', 'northern-midlands-mountains')],
    });
    expect(decideUnitRegion(command, 'red-river-delta')).toMatchObject({ error: { code: 'unit-region.unchanged' } });
    expect(decideUnitRegion({ ...command, data: { ...command.data, reason: ' ' } }, undefined)).toMatchObject({
      error: { kind: 'validation', details: { field: 'reason' } },
    });
  });
});
