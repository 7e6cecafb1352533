import type { CatalogueVersion } from './catalogue-version';
import { loadCatalogue } from './load';
import type { Threshold } from './model';
import {
  departmentToday,
  pinRules,
  resolveThreshold,
  selectDefaults,
  thresholdInYear,
  unconfirmedThresholds,
} from './rules';
import { editable } from './testing/editable';

describe('resolveThreshold', () => {
  const income: Threshold = { comparison: 'gte', value: 48, byRegion: { 'northern-midlands-mountains': 39 } };
  const roads: Threshold = { comparison: 'gte', value: 90, byGroup: { '1': 100, '3': 75 } };

  it("picks the unit's region figure where the set gives one (QĐ 318/QĐ-TTg 2022)", () => {
    expect(resolveThreshold(income, { region: 'northern-midlands-mountains' })).toBe(39);
  });

  it('falls back to the default for a region without its own figure', () => {
    expect(resolveThreshold(income, { region: 'mekong-delta' })).toBe(48);
  });

  it("picks the commune group's figure and falls back to the default (QĐ 51/2025/QĐ-TTg)", () => {
    expect(resolveThreshold(roads, { group: 1 })).toBe(100);
    expect(resolveThreshold(roads, { group: 3 })).toBe(75);
    expect(resolveThreshold(roads, { group: 2 })).toBe(90);
  });

  it('ignores a variant of the other kind and uses the default', () => {
    expect(resolveThreshold(roads, { region: 'red-river-delta' })).toBe(90);
  });
});

describe('selectDefaults', () => {
  const catalogue = loadCatalogue('2026.1');
  const commune = (filedOn: string, level: 'ntm' | 'advanced' = 'ntm') =>
    selectDefaults(catalogue, { unitKind: 'commune', level, filedOn });

  it('up to 30/6/2025: the 2021–2025 set and the three-tier procedure', () => {
    expect(commune('2025-06-30')).toEqual({ setId: 'xa-ntm-2021-2025', regimeId: 'three-tier-2022' });
  });

  it('from 1/7/2025 (two-tier local government): still the 2021–2025 set, two-tier procedure', () => {
    expect(commune('2025-07-01')).toEqual({ setId: 'xa-ntm-2021-2025', regimeId: 'two-tier-2025' });
    expect(commune('2026-02-14', 'advanced')).toEqual({
      setId: 'xa-ntm-nang-cao-2021-2025',
      regimeId: 'two-tier-2025',
    });
  });

  it('from 15/2/2026: the QĐ 51/2025/QĐ-TTg set and the two-tier procedure', () => {
    expect(commune('2026-02-15')).toEqual({ setId: 'xa-ntm-2026-2030', regimeId: 'two-tier-2025' });
  });

  it('refuses a level with no set in force (no district level after 1/7/2025)', () => {
    expect(() => selectDefaults(catalogue, { unitKind: 'district', level: 'ntm', filedOn: '2025-07-01' })).toThrow(
      expect.objectContaining({ code: 'no-set-in-force' }),
    );
    expect(selectDefaults(catalogue, { unitKind: 'district', level: 'ntm', filedOn: '2025-06-30' }).setId).toBe(
      'huyen-ntm-2021-2025',
    );
  });
});

describe('pinRules', () => {
  const catalogue = loadCatalogue('2022.1');
  const bacKan = { setId: 'xa-ntm-2021-2025', regimeId: 'three-tier-2022', province: '06' } as const;

  it("applies Bắc Kạn's own assignment (KH 231/KH-UBND 2022, mục III.4) over the national default", () => {
    const national = pinRules(catalogue, { ...bacKan, province: '35', variant: { region: 'red-river-delta' } });
    const pinned = pinRules(catalogue, { ...bacKan, variant: { region: 'northern-midlands-mountains' } });
    expect(national.assignments['17.5']).toBeUndefined();
    expect(pinned.assignments['17.5']).toBe('SXD');
    expect(pinned.assignments['17.1']).toBe('SNNPTNT');
    expect(pinned.assignments['17']).toBe('STNMT');
    const environment = pinned.criteriaSet.criteria.find((c) => c.id === '17');
    expect(environment?.indicators.find((i) => i.id === '17.5')?.department).toBe('SXD');
    expect(environment?.indicators.find((i) => i.id === '17.2')?.department).toBeUndefined();
  });

  it('pins the version, set, regime and variant it was asked for', () => {
    const pinned = pinRules(catalogue, { ...bacKan, variant: { region: 'northern-midlands-mountains' } });
    expect(pinned).toMatchObject({
      catalogueVersion: '2022.1',
      criteriaSet: { id: 'xa-ntm-2021-2025' },
      regime: { id: 'three-tier-2022' },
      variant: { region: 'northern-midlands-mountains' },
    });
  });

  it('hands the tasks of a merged department to its successor (2025 reorganisation)', () => {
    const pinned = pinRules(loadCatalogue('2026.1'), {
      ...bacKan,
      regimeId: 'two-tier-2025',
      variant: { region: 'northern-midlands-mountains' },
    });
    expect(pinned.assignments['17']).toBe('SNNMT');
    expect(pinned.assignments['2']).toBe('SXD');
    expect(pinned.assignments['8']).toBe('SKHCN');
  });

  it('splits Sở Lao động – TB&XH by subject (2025): giảm nghèo, giáo dục nghề nghiệp, bảo vệ trẻ em each to its Sở', () => {
    const pinned = pinRules(loadCatalogue('2025.1'), {
      ...bacKan,
      regimeId: 'two-tier-2025',
      variant: { region: 'northern-midlands-mountains' },
    });
    expect(pinned.assignments['11']).toBe('SNNMT');
    expect(pinned.assignments['12']).toBe('SGDDT');
    expect(pinned.assignments['18.5']).toBe('SYT');
    // Thông tin cơ sở (đài truyền thanh) leaves Sở TT&TT for Sở VH-TT-DL; the rest of criterion 8 goes to Sở KH&CN.
    const ict = pinned.criteriaSet.criteria.find((c) => c.id === '8');
    expect(pinned.assignments['8']).toBe('SKHCN');
    expect(ict?.indicators.find((i) => i.id === '8.3')?.department).toBe('SVHTTDL');
    expect(ict?.indicators.find((i) => i.id === '8.1')?.department).toBeUndefined();
  });

  it('rejects a commune group on a set whose thresholds vary by region, and the reverse', () => {
    expect(() => pinRules(catalogue, { ...bacKan, variant: { group: 2 } })).toThrow(
      expect.objectContaining({ code: 'variant-mismatch' }),
    );
    expect(() =>
      pinRules(loadCatalogue('2026.1'), {
        setId: 'xa-ntm-2026-2030',
        regimeId: 'two-tier-2025',
        province: '06',
        variant: { region: 'southeast' },
      }),
    ).toThrow(expect.objectContaining({ code: 'variant-mismatch' }));
  });

  it('rejects an unknown set or regime', () => {
    const variant = { region: 'southeast' } as const;
    expect(() => pinRules(catalogue, { ...bacKan, setId: 'xa-ntm-2026-2030', variant })).toThrow(
      expect.objectContaining({ code: 'unknown-set' }),
    );
    expect(() => pinRules(catalogue, { ...bacKan, regimeId: 'two-tier-2025', variant })).toThrow(
      expect.objectContaining({ code: 'unknown-regime' }),
    );
  });
});

describe('departmentToday', () => {
  const { departments } = loadCatalogue('2026.1');
  const today = (code: string, setId: string, id: string) => departmentToday(code, departments, { setId, id });

  it('a department in force does its own tasks', () => {
    expect(today('SXD', 'xa-ntm-2021-2025', '9')).toBe('SXD');
  });

  it('a merged department’s tasks go to its successor whatever the subject', () => {
    expect(today('SNNPTNT', 'xa-ntm-2021-2025', '3')).toBe('SNNMT');
    expect(today('SGTVT', 'huyen-ntm-2021-2025', '2')).toBe('SXD');
  });

  it('Sở Lao động – TB&XH: poverty to Nông nghiệp và Môi trường, vocational training to GD&ĐT, child protection to Y tế, the rest to Nội vụ', () => {
    expect(today('SLDTBXH', 'xa-ntm-2021-2025', '11')).toBe('SNNMT');
    expect(today('SLDTBXH', 'xa-ntm-nang-cao-2021-2025', '12')).toBe('SGDDT');
    expect(today('SLDTBXH', 'xa-ntm-nang-cao-2021-2025', '16.3')).toBe('SYT');
    expect(today('SLDTBXH', 'thon-ntm-kieu-mau-2021-2025', '1.2')).toBe('SNNMT');
    expect(today('SLDTBXH', 'huyen-ntm-2021-2025', '5')).toBe('SNV');
  });

  it('before the reorganisation was published, a department has no successor', () => {
    expect(
      departmentToday('SLDTBXH', loadCatalogue('2022.1').departments, { setId: 'xa-ntm-2021-2025', id: '11' }),
    ).toBe('SLDTBXH');
  });
});

describe('unconfirmedThresholds', () => {
  it('lists the numeric indicators whose threshold is a provincial default, never the yes/no ones', () => {
    const set2026 = loadCatalogue('2026.1').criteriaSets.find((s) => s.id === 'xa-ntm-2026-2030')!;
    expect(unconfirmedThresholds(set2026)).toEqual(expect.arrayContaining(['2.1', '2.2', '3.1', '8.1']));
    expect(unconfirmedThresholds(set2026)).not.toContain('3.2'); // a cooperative: yes or no
    const set2021 = loadCatalogue('2022.1').criteriaSets.find((s) => s.id === 'xa-ntm-2021-2025')!;
    expect(unconfirmedThresholds(set2021)).toContain('10.1'); // income: rises each year
    expect(unconfirmedThresholds(set2021)).not.toContain('2.1'); // 100% of commune roads: taken as reliable
  });
});

describe('thresholds that rise with the year of recognition', () => {
  // Illustrative figures: the shipped sets carry no per-year figures until QĐ 318's are transcribed.
  const income: Threshold = {
    comparison: 'gte',
    value: 39,
    byRegion: { 'red-river-delta': 55 },
    byYear: { '2024': { value: 42, byRegion: { 'red-river-delta': 60 } }, '2025': { value: 45 } },
    provincialDefault: true,
  };

  it('a recognition in a year takes the latest figures listed up to it, else the threshold’s own', () => {
    expect(thresholdInYear(income, 2023)).toEqual({
      comparison: 'gte',
      value: 39,
      byRegion: { 'red-river-delta': 55 },
      provincialDefault: true,
    });
    expect(thresholdInYear(income, 2024)).toEqual({
      comparison: 'gte',
      value: 42,
      byRegion: { 'red-river-delta': 60 },
      provincialDefault: true,
    });
    expect(resolveThreshold(thresholdInYear(income, 2026), { region: 'red-river-delta' })).toBe(45);
  });

  it('a dossier pins the figures of its year, and only those', () => {
    const catalogue = editable(loadCatalogue('2025.1'));
    const set = catalogue.criteriaSets.find((s) => s.id === 'xa-ntm-2021-2025')!;
    const measure = set.criteria.find((c) => c.id === '10')!.indicators[0]!.measure;
    if (measure.kind !== 'number') throw new Error('income is a number');
    measure.threshold.byYear = { '2024': { value: 52 } };
    const request = {
      setId: 'xa-ntm-2021-2025',
      regimeId: 'two-tier-2025',
      province: '19',
      variant: { region: 'mekong-delta' },
    } as const;
    const pinnedIn = (year: number) => {
      const pinned = pinRules(catalogue as CatalogueVersion, { ...request, year });
      return pinned.criteriaSet.criteria.find((c) => c.id === '10')!.indicators[0]!.measure;
    };
    expect(pinnedIn(2025)).toMatchObject({ threshold: { value: 52 } });
    expect(pinnedIn(2025)).not.toHaveProperty('threshold.byYear');
    expect(pinnedIn(2023)).toMatchObject({ threshold: { value: 48, byRegion: { 'mekong-delta': 51 } } });
  });
});
