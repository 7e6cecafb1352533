import { dataFiles } from './data-files';
import { loadCatalogue } from './load';
import { planTargets, planTargetsFor, planTargetsSchema, reaches } from './plan-targets';
import { parseWith } from './validate';

const bacKan2025 = () => planTargets().find(({ plan }) => plan.number === '231/KH-UBND')!;

describe("the provinces' plan targets", () => {
  it('ships the targets of KH 231/KH-UBND (Bắc Kạn 2021–2025), KH 125/KH-UBND (2022) and KH 1465/KH-UBND (Hà Nam 2023)', () => {
    expect(planTargets().map(({ province, plan, period }) => [province, plan.number, plan.date, period])).toEqual([
      ['06', '125/KH-UBND', '2022-02-25', { from: 2022, to: 2022 }],
      ['06', '231/KH-UBND', '2022-04-08', { from: 2021, to: 2025 }],
      ['35', '1465/KH-UBND', '2023-07-26', { from: 2023, to: 2023 }],
    ]);
  });

  it('Bắc Kạn by 2025: at least 61 of 96 communes NTM, more than 17 nâng cao, 6 kiểu mẫu, more than 15 criteria each, 244 of 406 villages', () => {
    const recognised = bacKan2025().targets.flatMap((target) =>
      target.measure === 'recognised-units' && target.count === 'total'
        ? [[target.unitKind, target.level, target.bound, target.of]]
        : [],
    );
    expect(recognised).toEqual([
      ['commune', 'ntm', { atLeast: 61 }, 96],
      ['commune', 'advanced', { moreThan: 17 }, undefined],
      ['commune', 'model', { atLeast: 6 }, undefined],
      ['village', 'ntm', { atLeast: 244 }, 406],
      ['district', 'ntm', { atLeast: 2 }, undefined],
    ]);
    expect(bacKan2025().targets).toContainEqual(
      expect.objectContaining({ measure: 'average-criteria-met', bound: { moreThan: 15 } }),
    );
  });

  it('gives the share of communes meeting each of the 19 NTM criteria, TC1 100%, TC2 98% … TC19 99%', () => {
    const shares = bacKan2025().targets.flatMap((target) =>
      target.measure === 'criterion-share' && target.level === 'ntm' && target.unitKind === 'commune'
        ? [[target.criterionId, target.percent]]
        : [],
    );
    expect(shares).toHaveLength(19);
    expect(shares[0]).toEqual(['1', { atLeast: 100 }]);
    expect(shares[1]).toEqual(['2', { atLeast: 98 }]);
    expect(shares[18]).toEqual(['19', { atLeast: 99 }]);
  });

  it('names only criteria of the national 2021–2025 set of the target’s level and unit kind', () => {
    const sets = loadCatalogue('2025.1').criteriaSets;
    for (const { targets } of planTargets())
      for (const target of targets) {
        if (target.measure !== 'criterion-share') continue;
        const set = sets.find((s) => s.level === target.level && s.unitKind === target.unitKind);
        expect(set?.criteria.map(({ id }) => id)).toContain(target.criterionId);
      }
  });

  it('a plan covers the years of its period: 2022 has both Bắc Kạn plans, 2024 the five-year one only', () => {
    expect(planTargetsFor(['19', '06'], 2022).map(({ plan }) => plan.number)).toEqual(['125/KH-UBND', '231/KH-UBND']);
    expect(planTargetsFor(['19', '06'], 2024).map(({ plan }) => plan.number)).toEqual(['231/KH-UBND']);
    expect(planTargetsFor(['19'], 2024)).toEqual([]);
  });

  it('"trên 17" is reached at 18, "ít nhất 61" at 61, "từ 8–10" from 8', () => {
    expect([reaches({ moreThan: 17 }, 17), reaches({ moreThan: 17 }, 18)]).toEqual([false, true]);
    expect([reaches({ atLeast: 61 }, 60), reaches({ atLeast: 61 }, 61)]).toEqual([false, true]);
    expect([reaches({ from: 8, to: 10 }, 7), reaches({ from: 8, to: 10 }, 8)]).toEqual([false, true]);
  });

  it('a plan file with a target the schema does not know is refused, naming the file and the field', () => {
    const file = structuredClone(dataFiles['targets/35-ha-nam-kh-1465-2023.json']) as { targets: object[] };
    file.targets.push({ measure: 'recognised-units', unitKind: 'commune', level: 'ntm', count: 'some', section: 'x' });
    expect(() => parseWith(planTargetsSchema, 'data/targets/x.json', file)).toThrow(
      /\(data\/targets\/x\.json\): targets\.1\.count/,
    );
  });
});
