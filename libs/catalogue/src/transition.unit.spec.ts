import { loadCatalogue } from './load';
import { criteriaMapping, mappingProblems } from './transition';

describe('from the 2021–2025 commune criteria to the 2026–2030 ones', () => {
  const catalogue = loadCatalogue('2026.1');
  const set = (id: string) => catalogue.criteriaSets.find((s) => s.id === id)!;

  it('every new criterion is matched, every old one goes somewhere, and every id exists', () => {
    const mapping = criteriaMapping('xa-ntm-2021-2025', 'xa-ntm-2026-2030');
    expect(mapping).toBeDefined();
    expect(mappingProblems(mapping!, set('xa-ntm-2021-2025'), set('xa-ntm-2026-2030'))).toEqual([]);
  });

  it('reports a mapping that names a criterion the set lacks', () => {
    const mapping = { from: 'a', to: 'b', source: 'x', criteria: { '1': ['1', '99'] } };
    const problems = mappingProblems(mapping, set('xa-ntm-2021-2025'), set('xa-ntm-2026-2030'));
    expect(problems).toContain('xa-ntm-2021-2025 99: không có');
    expect(problems).toContain('xa-ntm-2026-2030 2: chưa đối chiếu');
  });
});
