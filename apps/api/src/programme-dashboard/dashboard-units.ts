import { type DashboardDossier, latestAssessments, phaseOf, standing } from './dashboard-dossier';
import type { DashboardUnitsQueryDto } from './programme-dashboard.dto';

/** The dossiers behind one number of the dashboard, found by the same rules that counted it. */
export function dossiersBehind(
  dossiers: readonly DashboardDossier[],
  query: DashboardUnitsQueryDto,
): DashboardDossier[] {
  switch (query.figure) {
    case 'recognised':
      return dossiers.filter(
        (dossier) =>
          standing(dossier) &&
          dossier.unitKind === query.unitKind &&
          dossier.level === query.level &&
          dossier.recognitionYear === query.recognitionYear,
      );
    case 'criterion':
      return latestAssessments(dossiers, query.year).filter(
        ({ criteriaSetId, criterionVerdicts }) =>
          criteriaSetId === query.criteriaSet && (criterionVerdicts[query.criterion ?? ''] === 'met') === query.met,
      );
    case 'stage':
      return dossiers.filter(
        (dossier) =>
          dossier.year === query.year && dossier.status === query.status && phaseOf(dossier) === (query.phase ?? null),
      );
  }
}
