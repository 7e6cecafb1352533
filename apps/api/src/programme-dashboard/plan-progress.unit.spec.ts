import { planTargetsFor } from '@ntm/catalogue';

import { type DashboardDossier, type PaperRecognition, recognitionsOf } from './dashboard-dossier';
import { planProgress } from './plan-progress';

const NTM_SET = 'xa-ntm-2021-2025';
const CRITERIA = Array.from({ length: 19 }, (_, index) => String(index + 1));

/** A commune's NTM dossier of `year` meeting the criteria `met` of the 19, recognised in `recognitionYear`. */
function commune(unitCode: string, year: number, met: readonly string[], recognitionYear: number | null = null) {
  const dossier: DashboardDossier = {
    dossierId: `hs-${unitCode}-${year}`,
    unitCode,
    unitKind: 'commune',
    level: 'ntm',
    year,
    criteriaSetId: NTM_SET,
    status: recognitionYear ? 'recognised' : 'in-review',
    stagePhase: null,
    stageSince: new Date('2025-03-01T00:00:00Z'),
    metCount: met.length,
    total: 19,
    criterionVerdicts: Object.fromEntries(CRITERIA.map((id) => [id, met.includes(id) ? 'met' : 'not-met'])),
    recognitionYear,
    recognisedOn: recognitionYear ? `${recognitionYear}-12-20` : null,
    revokedOn: null,
  };
  return dossier;
}

const bacKan2025 = () => planTargetsFor(['06'], 2025)[0]!;
const progressOf = (dossiers: DashboardDossier[], paper: PaperRecognition[] = []) =>
  planProgress(bacKan2025(), { dossiers, recognitions: recognitionsOf(dossiers, paper) }).targets;

describe("a plan's targets against the dossiers (KH 231/KH-UBND, Bắc Kạn 2021–2025)", () => {
  const dossiers = [
    commune('01', 2023, CRITERIA, 2023),
    commune('02', 2025, CRITERIA, 2025),
    { ...commune('03', 2024, CRITERIA, 2024), revokedOn: '2025-05-01' },
    commune('04', 2025, CRITERIA.slice(0, 12)),
    commune('05', 2026, CRITERIA, 2026),
  ];
  const targets = progressOf(dossiers);

  it('counts the communes holding NTM within the period, not a revoked one nor one recognised after it', () => {
    const total = targets.find(({ target }) => target.measure === 'recognised-units' && target.count === 'total');
    expect(total).toMatchObject({ actual: 2, reached: false, target: { bound: { atLeast: 61 }, of: 96 } });
    const added = targets.find(
      ({ target }) => target.measure === 'recognised-units' && target.level === 'ntm' && target.count === 'added',
    );
    expect(added?.actual).toBe(2);
  });

  it('counts a commune recognised on paper before the period in the total held, not among those added', () => {
    const paper = [{ unitCode: '06', level: 'ntm', year: 2019, decisionDate: '2019-12-27', revokedOn: null }];
    const withPaper = progressOf(dossiers, paper).filter(({ target }) => target.measure === 'recognised-units');
    expect(withPaper.slice(0, 2).map(({ actual }) => actual)).toEqual([3, 2]);
    // Recognised on paper, without a dossier: not among the communes a share is counted over.
    const share = progressOf(dossiers, paper).find(({ target }) => target.measure === 'criterion-share');
    expect(share?.over).toBe(4);
  });

  it('averages the criteria met over each commune’s latest assessment: (19 + 19 + 19 + 12) / 4 = 17.25 → 17.3, more than 15', () => {
    const average = targets.find(({ target }) => target.measure === 'average-criteria-met');
    expect(average).toMatchObject({ actual: 17.3, over: 4, reached: true });
  });

  it('gives each criterion’s share of communes: TC1 met by all four (100%, reached), TC13 by three of four (75% < 100%)', () => {
    const share = (criterionId: string) =>
      targets.find(
        ({ target }) =>
          target.measure === 'criterion-share' &&
          target.unitKind === 'commune' &&
          target.level === 'ntm' &&
          target.criterionId === criterionId,
      );
    expect(share('1')).toMatchObject({ actual: 100, over: 4, reached: true });
    expect(share('13')).toMatchObject({ actual: 75, over: 4, reached: false });
  });

  it('has no figure for criteria no unit was assessed on (nâng cao), rather than a share of nothing', () => {
    const advanced = targets.filter(
      ({ target }) => target.measure === 'criterion-share' && target.level === 'advanced',
    );
    expect(advanced.every(({ actual, reached }) => actual === null && !reached)).toBe(true);
  });
});
