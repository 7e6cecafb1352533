import type { CatalogueVersion } from './catalogue-version';
import { diffCatalogues } from './diff';
import { loadCatalogue } from './load';
import { editable } from './testing/editable';

const NANG_CAO = 'xa-ntm-nang-cao-2021-2025';

describe('the difference between two catalogue versions', () => {
  it('is empty between a version and itself', () => {
    expect(diffCatalogues(loadCatalogue('2025.1'), loadCatalogue('2025.1')).changes).toEqual([]);
  });

  it('names the criteria sets QĐ 51/2025/QĐ-TTg added in 2026.1', () => {
    const diff = diffCatalogues(loadCatalogue('2025.1'), loadCatalogue('2026.1'));
    expect(diff).toMatchObject({ from: '2025.1', to: '2026.1' });
    expect(diff.changes.filter((c) => c.kind === 'added').map((c) => c.setId)).toEqual([
      'xa-ntm-2026-2030',
      'xa-ntm-hien-dai-2026-2030',
    ]);
    expect(diff.changes.filter((c) => c.kind !== 'added')).toEqual([]);
  });

  it('names criteria and indicators added, removed, renamed, and criteria made critical or not', () => {
    const next = editable(loadCatalogue('2025.1'));
    const set = next.criteriaSets.find((s) => s.id === NANG_CAO)!;
    set.criteria.push({
      id: '20',
      name: 'Khu dân cư nông thôn kiểu mẫu',
      nameEn: 'Model residential area',
      critical: false,
      indicators: [{ id: '20.1', name: 'Có khu dân cư kiểu mẫu', measure: { kind: 'boolean' } }],
    });
    set.criteria[2]!.indicators.pop();
    set.criteria[0]!.name = 'Quy hoạch và thực hiện quy hoạch';
    set.criteria[1]!.critical = true;
    const { changes } = diffCatalogues(loadCatalogue('2025.1'), next as CatalogueVersion);
    expect(changes).toEqual([
      { setId: NANG_CAO, item: 'indicator', id: '3.4', kind: 'removed', name: expect.any(String) },
      {
        setId: NANG_CAO,
        item: 'criterion',
        id: '1',
        kind: 'renamed',
        from: 'Quy hoạch',
        to: 'Quy hoạch và thực hiện quy hoạch',
      },
      { setId: NANG_CAO, item: 'criterion', id: '2', kind: 'critical-changed', critical: true },
      { setId: NANG_CAO, item: 'criterion', id: '20', kind: 'added', name: 'Khu dân cư nông thôn kiểu mẫu' },
      { setId: NANG_CAO, item: 'indicator', id: '20.1', kind: 'added', name: 'Có khu dân cư kiểu mẫu' },
    ]);
  });

  it('gives each region whose threshold moved, and whether it is stricter (≥ up, ≤ down)', () => {
    const next = editable(loadCatalogue('2025.1'));
    const set = next.criteriaSets.find((s) => s.id === NANG_CAO)!;
    const income = set.criteria.find((c) => c.id === '10')!.indicators[0]!.measure;
    const poverty = set.criteria.find((c) => c.id === '11')!.indicators[0]!.measure;
    if (income.kind !== 'number' || poverty.kind !== 'number') throw new Error('number measures expected');
    income.threshold.byRegion!.southeast = 70;
    poverty.threshold.value = 4;
    const { changes } = diffCatalogues(loadCatalogue('2025.1'), next as CatalogueVersion);
    expect(changes).toEqual([
      {
        setId: NANG_CAO,
        item: 'indicator',
        id: '10.1',
        kind: 'threshold-changed',
        variants: [{ variant: 'southeast', from: 64, to: 70, stricter: true }],
      },
      {
        setId: NANG_CAO,
        item: 'indicator',
        id: '11.1',
        kind: 'threshold-changed',
        // the regions without a figure of their own follow the national one
        variants: [
          { variant: 'north-central', from: 3, to: 4, stricter: false },
          { variant: 'south-central-coast', from: 3, to: 4, stricter: false },
        ],
      },
    ]);
  });

  it('reports a changed unit or value kind instead of comparing figures that do not compare', () => {
    const next = editable(loadCatalogue('2025.1'));
    const income = next.criteriaSets.find((s) => s.id === NANG_CAO)!.criteria.find((c) => c.id === '10')!
      .indicators[0]!;
    income.measure = { kind: 'judgement' };
    expect(diffCatalogues(loadCatalogue('2025.1'), next as CatalogueVersion).changes).toEqual([
      {
        setId: NANG_CAO,
        item: 'indicator',
        id: '10.1',
        kind: 'measure-changed',
        from: 'number gte (triệu đồng/người/năm)',
        to: 'judgement',
      },
    ]);
  });
  it('names the figures that change from a year of recognition on', () => {
    const next = editable(loadCatalogue('2025.1'));
    const income = next.criteriaSets.find((s) => s.id === NANG_CAO)!.criteria.find((c) => c.id === '10')!.indicators[0]!
      .measure;
    if (income.kind !== 'number') throw new Error('income is a number');
    // From 2025 the same figures, but the southeast's raised from 64 to 66.
    income.threshold.byYear = { '2025': { value: 53, byRegion: { ...income.threshold.byRegion, southeast: 66 } } };
    expect(diffCatalogues(loadCatalogue('2025.1'), next as CatalogueVersion).changes).toEqual([
      {
        setId: NANG_CAO,
        item: 'indicator',
        id: '10.1',
        kind: 'threshold-changed',
        variants: [{ variant: 'southeast', fromYear: 2025, from: 64, to: 66, stricter: true }],
      },
    ]);
  });
  it('names a row given to another department', () => {
    const next = editable(loadCatalogue('2025.1'));
    next.assignments.national[NANG_CAO]!['10'] = 'STC';
    next.assignments.national[NANG_CAO]!['10.1'] = 'SNNMT';
    expect(diffCatalogues(loadCatalogue('2025.1'), next as CatalogueVersion).changes).toEqual([
      { setId: NANG_CAO, item: 'criterion', id: '10', kind: 'department-changed', from: 'CTK', to: 'STC' },
      { setId: NANG_CAO, item: 'indicator', id: '10.1', kind: 'department-changed', to: 'SNNMT' },
    ]);
  });
});
