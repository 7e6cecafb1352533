import { loadCatalogue, pinRules } from '@ntm/catalogue';

import { bodyToday } from './routing';

// Xã Tân Hiệp (25361), huyện Hớn Quản, Bình Phước: filed 1/6/2025, three tiers; Bình Phước is part of Đồng Nai (75) since 1/7/2025.
const rules = pinRules(loadCatalogue('2022.1'), {
  setId: 'xa-ntm-2021-2025',
  regimeId: 'three-tier-2022',
  province: '70',
  variant: { region: 'southeast' },
});
const today = { departments: loadCatalogue().departments, province: '75' };
const PROVINCE_STEP = 1;
const DISTRICT_STEP = 0;

describe('bodyToday: a pinned assignment resolves to the body that exists today (2025 mergers)', () => {
  it('a merged department’s criterion goes to its successor in the province in force', () => {
    expect(rules.assignments['3']).toBe('SNNPTNT');
    expect(bodyToday(rules, { criterionId: '3', stepIndex: PROVINCE_STEP, department: 'SNNPTNT' }, today)).toEqual({
      unit: '75',
      department: 'SNNMT',
    });
  });

  it('a department that kept its name moves with its province (Bình Phước’s Sở Xây dựng → Đồng Nai’s)', () => {
    expect(bodyToday(rules, { criterionId: '9', stepIndex: PROVINCE_STEP, department: 'SXD' }, today)).toEqual({
      unit: '75',
      department: 'SXD',
    });
  });

  it('Sở Lao động – TB&XH’s criteria split: multidimensional poverty to Sở NN&MT, labour training to Sở GD&ĐT', () => {
    const at = (criterionId: string) =>
      bodyToday(rules, { criterionId, stepIndex: PROVINCE_STEP, department: 'SLDTBXH' }, today)?.department;
    expect([at('11'), at('12')]).toEqual(['SNNMT', 'SGDDT']);
  });

  it('a district division’s verification goes to the province department it mirrored for that criterion', () => {
    const division = rules.regime.steps[DISTRICT_STEP]?.divisions?.SGTVT;
    expect(division).toBe('PKTHT');
    // PKTHT mirrors Xây dựng, Giao thông Vận tải, Công Thương and KH&CN: the criterion tells which.
    const transport = bodyToday(rules, { criterionId: '2', stepIndex: DISTRICT_STEP, department: 'PKTHT' }, today);
    const electricity = bodyToday(rules, { criterionId: '4', stepIndex: DISTRICT_STEP, department: 'PKTHT' }, today);
    expect([transport, electricity]).toEqual([
      { unit: '75', department: 'SXD' },
      { unit: '75', department: 'SCT' },
    ]);
  });

  it('a body still in force is its own successor, and a criterion the set lacks has none', () => {
    const inForce = { ...today, province: '70' };
    expect(bodyToday(rules, { criterionId: '4', stepIndex: PROVINCE_STEP, department: 'SCT' }, inForce)).toEqual({
      unit: '70',
      department: 'SCT',
    });
    expect(bodyToday(rules, { criterionId: '99', stepIndex: PROVINCE_STEP, department: 'SCT' }, today)).toBeUndefined();
  });
});
