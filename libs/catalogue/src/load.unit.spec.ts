import { dataFiles } from './data-files';
import { CatalogueError } from './errors';
import { catalogueVersions, composeVersion, loadCatalogue } from './load';

function withFile(path: string, edit: (data: Record<string, unknown>) => unknown): Record<string, unknown> {
  return { ...dataFiles, [path]: edit(structuredClone(dataFiles[path]) as Record<string, unknown>) };
}

describe('shipped catalogue', () => {
  it('every shipped version loads and validates', () => {
    expect(catalogueVersions().map((v) => v.id)).toEqual(['2022.1', '2025.1', '2026.1']);
    expect(loadCatalogue().id).toBe('2026.1');
  });

  it('xã NTM 2021–2025 has exactly 19 criteria (QĐ 318/QĐ-TTg 2022)', () => {
    const set = loadCatalogue('2022.1').criteriaSets.find((s) => s.id === 'xa-ntm-2021-2025');
    expect(set?.criteria).toHaveLength(19);
  });

  it('xã NTM 2026–2030 has exactly 10 criteria and 47 indicators (QĐ 51/2025/QĐ-TTg)', () => {
    const set = loadCatalogue('2026.1').criteriaSets.find((s) => s.id === 'xa-ntm-2026-2030');
    expect(set?.criteria).toHaveLength(10);
    expect(set?.criteria.flatMap((c) => c.indicators)).toHaveLength(47);
  });

  it('the critical criteria for revocation are those of QĐ 18/2022/QĐ-TTg, Điều 23', () => {
    const critical = loadCatalogue('2022.1')
      .criteriaSets.filter((s) => s.id.startsWith('xa-ntm-2021') || s.id.startsWith('xa-ntm-nang-cao'))
      .flatMap((s) => s.criteria.filter((c) => c.critical).map((c) => c.name));
    expect(new Set(critical)).toEqual(
      new Set([
        'Thu nhập',
        'Môi trường và an toàn thực phẩm',
        'Môi trường',
        'Chất lượng môi trường sống',
        'Quốc phòng và An ninh',
      ]),
    );
  });

  it('2026.1 carries the 2021–2025 sets unchanged, so older dossiers keep their rules', () => {
    const older = loadCatalogue('2022.1').criteriaSets;
    const current = loadCatalogue('2026.1').criteriaSets;
    for (const set of older) expect(current.find((s) => s.id === set.id)).toEqual(set);
  });

  it('every criterion of every set has a department, nationally and in every province override', () => {
    for (const catalogue of catalogueVersions()) {
      const provinces = [undefined, ...Object.keys(catalogue.assignments.provinces)];
      for (const province of provinces) {
        for (const set of catalogue.criteriaSets) {
          const table = {
            ...catalogue.assignments.national[set.id],
            ...(province && catalogue.assignments.provinces[province]?.sets[set.id]),
          };
          const unassigned = set.criteria
            .filter((c) => !table[c.id])
            .map((c) => `${catalogue.id}/${province}/${set.id}/${c.id}`);
          expect(unassigned).toEqual([]);
        }
      }
    }
  });

  it('the 2025 mergers retire departments into their successors', () => {
    const departments = loadCatalogue('2026.1').departments;
    expect(departments.find((d) => d.code === 'SNNPTNT')).toMatchObject({ mergedInto: 'SNNMT', validTo: '2025-02-28' });
    expect(departments.find((d) => d.code === 'STNMT')?.mergedInto).toBe('SNNMT');
    expect(loadCatalogue('2022.1').departments.some((d) => d.mergedInto)).toBe(false);
  });

  it('an unknown version is a typed error', () => {
    expect(() => loadCatalogue('1999.1')).toThrow(expect.objectContaining({ code: 'unknown-version' }));
  });
});

describe('malformed data files fail at load with the file and the path of the bad field', () => {
  function failure(files: Record<string, unknown>): CatalogueError {
    try {
      composeVersion(files, 'versions/2026.1.json');
    } catch (error) {
      if (error instanceof CatalogueError) return error;
      throw error;
    }
    throw new Error('expected the version to be rejected');
  }

  it('a threshold that is not a number', () => {
    const files = withFile('sets/xa-ntm-2026-2030.json', (set) => {
      const criteria = set.criteria as { indicators: { measure: { threshold: { value: unknown } } }[] }[];
      criteria[1]!.indicators[0]!.measure.threshold.value = 'một trăm';
      return set;
    });
    const error = failure(files);
    expect(error.code).toBe('invalid-data');
    expect(error.message).toContain('data/sets/xa-ntm-2026-2030.json');
    expect(error.message).toContain('criteria.1.indicators.0.measure.threshold.value');
  });

  it('a split of a retired department naming a subject its set lacks, or a department not listed', () => {
    const files = withFile('departments/2025-reorganisation.json', (file) => {
      const retired = file.retired as { code: string; splitInto?: Record<string, Record<string, string>> }[];
      retired.find((d) => d.code === 'SLDTBXH')!.splitInto = { 'xa-ntm-2021-2025': { '99': 'SNNMT', '11': 'SO-LAO' } };
      return file;
    });
    const { message } = failure(files);
    expect(message).toContain('không có tiêu chí/chỉ tiêu 99');
    expect(message).toContain('Sở không có trong danh mục: SO-LAO');
  });

  it('a region threshold in a set that varies by commune group', () => {
    const files = withFile('sets/xa-ntm-2026-2030.json', (set) => {
      const criteria = set.criteria as { indicators: { measure: { threshold: Record<string, unknown> } }[] }[];
      criteria[1]!.indicators[0]!.measure.threshold.byRegion = { 'mekong-delta': 90 };
      return set;
    });
    expect(failure(files).message).toContain('criteria.1.indicators.0.measure.threshold.byRegion');
  });

  it('an assignment to a department that does not exist', () => {
    const files = withFile('assignments/national-2026-2030.json', (tables) => {
      (tables['xa-ntm-2026-2030'] as Record<string, string>)['7'] = 'SKHONGCO';
      return tables;
    });
    expect(failure(files).message).toContain('assignments.national.xa-ntm-2026-2030.7');
  });

  it('a criterion left without a department', () => {
    const files = withFile('assignments/national-2026-2030.json', (tables) => {
      delete (tables['xa-ntm-2026-2030'] as Record<string, string>)['9'];
      return tables;
    });
    expect(failure(files).message).toContain('assignments.national.xa-ntm-2026-2030.9');
  });

  it('a district step without the division mirroring a department', () => {
    const files = withFile('regimes/three-tier-2022.json', (regime) => {
      const [district] = regime.steps as { divisions: Record<string, string> }[];
      delete district!.divisions.SYT;
      return regime;
    });
    expect(failure(files).message).toContain('regimes.0.steps.0.divisions.SYT');
  });

  it('a missing data file', () => {
    const files: Record<string, unknown> = { ...dataFiles };
    delete files['regimes/two-tier-2025.json'];
    expect(failure(files).message).toContain('regimes/two-tier-2025.json');
  });
});
