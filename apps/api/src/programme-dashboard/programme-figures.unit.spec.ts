import { type DashboardDossier, recognitionsOf } from './dashboard-dossier';
import { unitsBehind } from './dashboard-units';
import type { DashboardUnitsQueryDto } from './programme-dashboard.dto';
import { criteriaFigures, recognitionCounts, stageFigures } from './programme-figures';

const dossier = (overrides: Partial<DashboardDossier>): DashboardDossier => ({
  dossierId: 'hs-1',
  unitCode: '02008',
  unitKind: 'commune',
  level: 'ntm',
  year: 2026,
  criteriaSetId: 'xa-ntm-2026-2030',
  status: 'in-review',
  stagePhase: 'appraising',
  stageSince: new Date('2026-04-01T00:00:00Z'),
  metCount: 8,
  total: 10,
  criterionVerdicts: { '1': 'met', '2': 'not-met' },
  recognitionYear: null,
  recognisedOn: null,
  revokedOn: null,
  ...overrides,
});

describe('the dashboard’s figures', () => {
  it('counts recognitions by year and level, held apart from those revoked since, paper ones included', () => {
    const counts = recognitionCounts(
      recognitionsOf(
        [
          dossier({ dossierId: 'a', recognitionYear: 2025, recognisedOn: '2025-12-01', status: 'recognised' }),
          dossier({
            dossierId: 'b',
            recognitionYear: 2025,
            recognisedOn: '2025-12-01',
            status: 'revoked',
            revokedOn: '2026-03-01',
          }),
          dossier({
            dossierId: 'c',
            recognitionYear: 2026,
            recognisedOn: '2026-05-01',
            level: 'advanced',
            status: 'recognised',
          }),
          dossier({ dossierId: 'd' }),
        ],
        [{ unitCode: '01912', level: 'ntm', year: 2019, decisionDate: '2019-12-27', revokedOn: null }],
      ),
    );
    expect(counts).toEqual([
      { unitKind: 'commune', level: 'ntm', year: 2019, standing: 1, revoked: 0 },
      { unitKind: 'commune', level: 'ntm', year: 2025, standing: 1, revoked: 1 },
      { unitKind: 'commune', level: 'advanced', year: 2026, standing: 1, revoked: 0 },
    ]);
  });

  it("takes each commune's latest assessed dossier filed by the year: a later one, or one only registered, does not count", () => {
    const [set] = criteriaFigures(
      [
        dossier({ dossierId: 'old', year: 2025, metCount: 5, criterionVerdicts: { '1': 'not-met' } }),
        dossier({ dossierId: 'new', year: 2026, metCount: 9, criterionVerdicts: { '1': 'met' } }),
        dossier({ dossierId: 'next', year: 2027, metCount: 10 }),
        dossier({ dossierId: 'other', unitCode: '01912', status: 'registered', metCount: 0 }),
      ],
      2026,
    );
    expect(set).toMatchObject({
      units: 1,
      averageMet: 9,
      criteria: [{ criterionId: '1', met: 1, assessed: 1, rate: 100 }],
    });
  });

  it('gives a criterion’s share over the communes with an assessed dossier, not over every commune: 2 of 3 → 66.7%', () => {
    const [set] = criteriaFigures(
      [
        dossier({ dossierId: 'a', unitCode: '01', criterionVerdicts: { '1': 'met', '2': 'met' } }),
        dossier({ dossierId: 'b', unitCode: '02', criterionVerdicts: { '1': 'met', '2': 'not-met' } }),
        dossier({ dossierId: 'c', unitCode: '03', criterionVerdicts: { '1': 'not-met', '2': 'not-met' } }),
        // Only registered: the commune has measured nothing yet, and is in neither count.
        dossier({ dossierId: 'd', unitCode: '04', status: 'registered', criterionVerdicts: { '1': 'met' } }),
      ],
      2026,
    );
    expect(set).toMatchObject({
      units: 3,
      criteria: [
        { criterionId: '1', met: 2, assessed: 3, rate: 66.7 },
        { criterionId: '2', met: 1, assessed: 3, rate: 33.3 },
      ],
    });
  });

  it("gives the year's dossiers by stage with the days they have waited there", () => {
    const now = new Date('2026-04-11T00:00:00Z');
    const stages = stageFigures(
      [
        dossier({ dossierId: 'a' }),
        dossier({ dossierId: 'b', stageSince: new Date('2026-04-06T00:00:00Z') }),
        dossier({ dossierId: 'c', status: 'recognised', stagePhase: 'council-concluded' }),
        dossier({ dossierId: 'd', year: 2025 }),
      ],
      2026,
      now,
    );
    expect(stages).toEqual([
      { status: 'in-review', phase: 'appraising', count: 2, averageDays: 7.5, longestDays: 10 },
      { status: 'recognised', phase: null, count: 1, averageDays: 10, longestDays: 10 },
    ]);
  });
});

describe('the units behind a number', () => {
  const dossiers = [
    dossier({ dossierId: 'a', unitCode: '01', criterionVerdicts: { '1': 'met', '2': 'not-met' } }),
    dossier({ dossierId: 'b', unitCode: '02', criterionVerdicts: { '1': 'not-met' } }),
    dossier({ dossierId: 'c', unitCode: '03', criterionVerdicts: { '1': 'met', '2': 'met' } }),
  ];
  const record = { dossiers, recognitions: [] };
  const query = (fields: Partial<DashboardUnitsQueryDto>) =>
    ({ province: '19', year: 2026, ...fields }) as DashboardUnitsQueryDto;
  const codes = (fields: Partial<DashboardUnitsQueryDto>, awaiting?: ReadonlySet<string>) =>
    unitsBehind(record, query(fields), awaiting).map(({ unitCode }) => unitCode);

  it('lists behind "not met" the units assessed on the criterion that miss it, as many as the table counts', () => {
    const criterion = { figure: 'criterion', criteriaSet: 'xa-ntm-2026-2030', criterion: '2' } as const;
    const [set] = criteriaFigures(dossiers, 2026);
    const rate = set?.criteria.find(({ criterionId }) => criterionId === '2');
    expect(codes({ ...criterion, met: true })).toEqual(['03']);
    // Xã 02 has no verdict on criterion 2: not among those assessed on it, so not behind "chưa đạt" either.
    expect(codes({ ...criterion, met: false })).toEqual(['01']);
    expect(rate).toMatchObject({ met: 1, assessed: 2 });
  });

  it("lists behind a department's figure the dossiers with criteria awaiting it", () => {
    expect(codes({ figure: 'department', department: 'sxd' }, new Set(['b', 'c']))).toEqual(['02', '03']);
  });
});
