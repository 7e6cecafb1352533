import type { CatalogueVersion } from './catalogue-version';
import { derivationProblems } from './derivation';
import { loadCatalogue } from './load';
import { editable } from './testing/editable';

const NANG_CAO = 'xa-ntm-nang-cao-2021-2025';
const national = loadCatalogue('2025.1');

/** Bình Phước's nâng cao set (QĐ 1361/QĐ-UBND 2022; seed 003 counts 20 criteria): the national 19 and a 20th. */
function binhPhuoc() {
  const version = editable(national);
  const set = version.criteriaSets.find((s) => s.id === NANG_CAO)!;
  set.criteria.push({
    id: '20',
    name: 'Khu dân cư nông thôn kiểu mẫu',
    nameEn: 'Model rural residential area',
    critical: false,
    indicators: [{ id: '20.1', name: 'Có ít nhất một khu dân cư nông thôn kiểu mẫu', measure: { kind: 'boolean' } }],
  });
  version.assignments.national[NANG_CAO]!['20'] = 'SNNPTNT';
  return version;
}

function incomeOf(version: ReturnType<typeof editable>) {
  const measure = version.criteriaSets.find((s) => s.id === NANG_CAO)!.criteria.find((c) => c.id === '10')!
    .indicators[0]!.measure;
  if (measure.kind !== 'number') throw new Error('income is a number');
  return measure.threshold;
}

describe('a provincial version derived from the national one', () => {
  it('may add its own criteria, raise thresholds and assign its own departments', () => {
    const version = binhPhuoc();
    incomeOf(version).byRegion!.southeast = 70;
    version.assignments.national[NANG_CAO]!['10'] = 'STC';
    expect(derivationProblems(national, version as CatalogueVersion)).toEqual([]);
  });

  it('may not lower a threshold: each region lowered is named', () => {
    const version = binhPhuoc();
    incomeOf(version).byRegion!.southeast = 60;
    expect(derivationProblems(national, version as CatalogueVersion)).toEqual([
      expect.objectContaining({
        setId: NANG_CAO,
        id: '10.1',
        variant: 'southeast',
        messageVi: expect.stringMatching(/Hạ ngưỡng 10\.1.*64 → 60/),
      }),
    ]);
  });

  it('may not drop, rename or re-measure a national row, nor make a critical criterion ordinary', () => {
    const version = binhPhuoc();
    const set = version.criteriaSets.find((s) => s.id === NANG_CAO)!;
    set.criteria[0]!.name = 'Quy hoạch xây dựng';
    set.criteria[1]!.indicators.pop();
    set.criteria[3]!.indicators[0]!.measure = { kind: 'judgement' };
    set.criteria.find((c) => c.id === '10')!.critical = false;
    set.criteria.find((c) => c.id === '1')!.critical = true;
    expect(derivationProblems(national, version as CatalogueVersion).map((p) => p.id)).toEqual([
      '2.3',
      '1',
      '4.1',
      '10',
    ]);
  });

  it('keeps the national procedure, departments and set headings', () => {
    const version = binhPhuoc();
    version.regimes[0]!.publicPostingDays = 5;
    version.criteriaSets.find((s) => s.id === NANG_CAO)!.effectiveFrom = '2020-01-01';
    expect(derivationProblems(national, version as CatalogueVersion)).toEqual([
      expect.objectContaining({ part: 'regimes' }),
      expect.objectContaining({ setId: NANG_CAO, messageEn: expect.stringMatching(/heading/) }),
    ]);
  });
  it('may raise the figures of a year of recognition, never lower them (per-year income, 2022→2025)', () => {
    const version = binhPhuoc();
    // From 2024 every region at 62 at least, except the Mekong delta, lowered from 56 to 55.
    incomeOf(version).byYear = { '2024': { value: 62, byRegion: { southeast: 70, 'mekong-delta': 55 } } };
    expect(derivationProblems(national, version as CatalogueVersion)).toEqual([
      expect.objectContaining({
        id: '10.1',
        variant: 'mekong-delta',
        year: 2024,
        messageVi: expect.stringMatching(/từ năm 2024: 56 → 55/),
      }),
    ]);
  });
});
