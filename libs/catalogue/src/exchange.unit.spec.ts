import { exportCatalogue, importCatalogue } from './exchange';
import { catalogueVersions, loadCatalogue } from './load';
import { pinRules } from './rules';

describe('export and import of a catalogue version', () => {
  it.each(['json', 'yaml'] as const)('round-trips every shipped version through %s unchanged', (format) => {
    for (const catalogue of catalogueVersions()) {
      expect(importCatalogue(exportCatalogue(catalogue, format), format)).toEqual(catalogue);
    }
  });

  it('keeps the two-thirds quorum exact through both formats', () => {
    for (const format of ['json', 'yaml'] as const) {
      const imported = importCatalogue(exportCatalogue(loadCatalogue(), format), format);
      expect(imported.regimes[0]?.council.quorumShare).toBe(2 / 3);
    }
  });

  it('rejects an edited document with the path of the bad field', () => {
    const text = exportCatalogue(loadCatalogue(), 'yaml').replace('publicPostingDays: 15', 'publicPostingDays: -1');
    expect(() => importCatalogue(text, 'yaml')).toThrow(/regimes\.0\.publicPostingDays/);
  });
});

describe('publishing a new version', () => {
  it('leaves the rules pinned by an earlier dossier unchanged', () => {
    const current = loadCatalogue('2026.1');
    const request = {
      setId: 'xa-ntm-2026-2030',
      regimeId: 'two-tier-2025',
      province: '06',
      variant: { group: 3 },
    } as const;
    const pinned = pinRules(current, request);
    const before = structuredClone(pinned);

    const draft = structuredClone(current) as unknown as {
      id: string;
      criteriaSets: { id: string; criteria: { indicators: { measure: { threshold?: { value: number } } }[] }[] }[];
    };
    draft.id = '2026.2';
    const income = draft.criteriaSets.find((s) => s.id === 'xa-ntm-2026-2030')!.criteria[2]!.indicators[0]!;
    income.measure.threshold!.value = 99;
    const next = importCatalogue(exportCatalogue(draft as never, 'json'), 'json');

    expect(pinRules(next, request).criteriaSet).not.toEqual(pinned.criteriaSet);
    expect(pinned).toEqual(before);
    expect(pinned.catalogueVersion).toBe('2026.1');
  });

  it('pinned rules share nothing with the catalogue they came from', () => {
    const catalogue = loadCatalogue('2026.1');
    const pinned = pinRules(catalogue, {
      setId: 'xa-ntm-2026-2030',
      regimeId: 'two-tier-2025',
      province: '70',
      variant: { group: 1 },
    });
    expect(pinned.regime).toEqual(catalogue.regimes.find((r) => r.id === 'two-tier-2025'));
    expect(pinned.regime).not.toBe(catalogue.regimes.find((r) => r.id === 'two-tier-2025'));
  });
});
