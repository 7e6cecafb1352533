import { type DashboardDossier, latestAssessments, phaseOf } from './dashboard-dossier';
import type { ProgrammeRecord } from './plan-progress';
import type { DashboardUnitsQueryDto } from './programme-dashboard.dto';

/** A unit behind a number: the dossier that put it there, or none for a recognition recorded from paper. */
export interface UnitBehind {
  readonly unitCode: string;
  readonly dossierId: string | null;
  readonly level: string;
  readonly year: number;
  readonly status: string;
  readonly metCount: number | null;
  readonly total: number | null;
}

const fromDossier = ({ unitCode, dossierId, level, year, status, metCount, total }: DashboardDossier): UnitBehind => ({
  unitCode,
  dossierId,
  level,
  year,
  status,
  metCount,
  total,
});

/**
 * The units behind one number of the dashboard, found by the same rules that counted it. `awaiting`:
 * for figure=department, the dossiers with criteria awaiting that department (read from criterion_reviews).
 */
export function unitsBehind(
  { dossiers, recognitions }: ProgrammeRecord,
  query: DashboardUnitsQueryDto,
  awaiting: ReadonlySet<string> = new Set(),
): UnitBehind[] {
  switch (query.figure) {
    case 'recognised': {
      const byId = new Map(dossiers.map((dossier) => [dossier.dossierId, dossier]));
      return recognitions
        .filter(
          ({ standing, unitKind, level, year }) =>
            standing && unitKind === query.unitKind && level === query.level && year === query.recognitionYear,
        )
        .map(({ dossierId, unitCode, level, year }) => {
          const dossier = dossierId === null ? undefined : byId.get(dossierId);
          return dossier
            ? fromDossier(dossier)
            : { unitCode, dossierId, level, year, status: 'recognised', metCount: null, total: null };
        });
    }
    case 'criterion':
      return latestAssessments(dossiers, query.year)
        .filter(({ criteriaSetId, criterionVerdicts }) => {
          // A unit without a verdict on the criterion is not among those assessed on it: neither met nor not met.
          const verdict = criterionVerdicts[query.criterion ?? ''];
          return criteriaSetId === query.criteriaSet && verdict !== undefined && (verdict === 'met') === query.met;
        })
        .map(fromDossier);
    case 'stage':
      return dossiers
        .filter(
          (dossier) =>
            dossier.year === query.year &&
            dossier.status === query.status &&
            phaseOf(dossier) === (query.phase ?? null),
        )
        .map(fromDossier);
    case 'department':
      return dossiers.filter(({ dossierId }) => awaiting.has(dossierId)).map(fromDossier);
  }
}
