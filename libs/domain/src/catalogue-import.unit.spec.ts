import { type CatalogueVersion, loadCatalogue } from '@ntm/catalogue';

import { decideImport, foldImportedVersions, type ImportCatalogueVersion } from './catalogue-import';

const shipped = [loadCatalogue('2022.1'), loadCatalogue('2025.1'), loadCatalogue('2026.1')];
const source = { format: 'xlsx', sha256: 'a'.repeat(64) } as const;
const importing = (basedOn: string, version: CatalogueVersion): ImportCatalogueVersion => ({
  type: 'ImportCatalogueVersion',
  data: { province: '70', basedOn, version, source },
});

/** The national 2025.1 with the income of the southeast raised, as Bình Phước might. */
function raised(southeast: number): CatalogueVersion {
  const version = structuredClone(loadCatalogue('2025.1')) as unknown as {
    criteriaSets: {
      id: string;
      criteria: { id: string; indicators: { measure: { threshold?: { byRegion?: Record<string, number> } } }[] }[];
    }[];
  };
  const set = version.criteriaSets.find((s) => s.id === 'xa-ntm-nang-cao-2021-2025')!;
  set.criteria.find((c) => c.id === '10')!.indicators[0]!.measure.threshold!.byRegion!.southeast = southeast;
  return version as unknown as CatalogueVersion;
}

describe('a province imports its own catalogue version', () => {
  it('derived from a national version, it is a draft numbered for the province, with the file it came from', () => {
    const decision = decideImport(importing('2025.1', raised(70)), new Map(), shipped);
    expect(decision).toMatchObject({
      ok: true,
      value: [
        {
          type: 'CatalogueVersionImported',
          data: {
            province: '70',
            source,
            version: { id: '2025.1-70.1', status: 'draft', basedOn: '2025.1', province: '70' },
          },
        },
      ],
    });
    expect(decision.ok && decision.value[0]!.data.version.legalReference).toBeUndefined();
  });

  it('each next one, from the one before, is numbered after it on the national version and keeps its chain', () => {
    const first = decideImport(importing('2025.1', raised(70)), new Map(), shipped);
    const imported = foldImportedVersions(first.ok ? first.value : []);
    const second = decideImport(importing('2025.1-70.1', raised(72)), imported, shipped);
    expect(second).toMatchObject({
      ok: true,
      value: [{ data: { version: { id: '2025.1-70.2', basedOn: '2025.1-70.1' } } }],
    });
    const third = decideImport(
      importing('2025.1-70.2', raised(74)),
      foldImportedVersions(second.ok ? second.value : [], imported),
      shipped,
    );
    expect(third).toMatchObject({
      ok: true,
      value: [{ data: { version: { id: '2025.1-70.3', basedOn: '2025.1-70.2' } } }],
    });
  });

  it('refuses a version that lowers a national threshold, naming the indicator and region', () => {
    expect(decideImport(importing('2025.1', raised(60)), new Map(), shipped)).toMatchObject({
      ok: false,
      error: {
        kind: 'forbidden',
        code: 'catalogue.derivation-refused',
        details: { problems: [{ setId: 'xa-ntm-nang-cao-2021-2025', id: '10.1', variant: 'southeast' }] },
      },
    });
  });

  it('refuses a base it does not know (another province’s version is not its own)', () => {
    expect(decideImport(importing('2025.1-19.1', raised(70)), new Map(), shipped)).toMatchObject({
      error: { kind: 'not-found', details: { field: 'basedOn' } },
    });
  });
});
