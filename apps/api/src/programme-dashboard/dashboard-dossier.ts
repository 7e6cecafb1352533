import type { CriterionVerdict } from '@ntm/domain';

/** A dossier as the dashboard counts it: the programme_dossiers read model's columns, without its fold. */
export interface DashboardDossier {
  readonly dossierId: string;
  readonly unitCode: string;
  readonly unitKind: string;
  readonly level: string;
  readonly year: number;
  readonly criteriaSetId: string;
  readonly status: string;
  readonly stagePhase: string | null;
  readonly stageSince: Date;
  readonly metCount: number;
  readonly total: number;
  readonly criterionVerdicts: Readonly<Record<string, CriterionVerdict>>;
  readonly recognitionYear: number | null;
  /** ISO date of the recognition decision. */
  readonly recognisedOn: string | null;
  readonly revokedOn: string | null;
}

/** A recognition recorded from paper (programme_earlier_recognitions): a commune's, by the province's coordinator. */
export interface PaperRecognition {
  readonly unitCode: string;
  readonly level: string;
  readonly year: number;
  readonly decisionDate: string;
  readonly revokedOn: string | null;
}

/** A recognition, decided in a dossier here or on paper before: what the plans' unit counts count. */
export interface DashboardRecognition {
  readonly unitCode: string;
  readonly unitKind: string;
  readonly level: string;
  /** The year the decision recognises. */
  readonly year: number;
  /** ISO date of the decision. */
  readonly decidedOn: string;
  /** Not revoked since. */
  readonly standing: boolean;
  /** Null for a recognition recorded from paper. */
  readonly dossierId: string | null;
}

export function recognitionsOf(
  dossiers: readonly DashboardDossier[],
  paper: readonly PaperRecognition[],
): DashboardRecognition[] {
  const decided = dossiers.flatMap(
    ({ dossierId, unitCode, unitKind, level, recognitionYear, recognisedOn, revokedOn }) =>
      recognitionYear === null || recognisedOn === null
        ? []
        : [
            {
              unitCode,
              unitKind,
              level,
              year: recognitionYear,
              decidedOn: recognisedOn,
              standing: revokedOn === null,
              dossierId,
            },
          ],
  );
  const recorded = paper.map(({ unitCode, level, year, decisionDate, revokedOn }) => ({
    unitCode,
    unitKind: 'commune',
    level,
    year,
    decidedOn: decisionDate,
    standing: revokedOn === null,
    dossierId: null,
  }));
  return [...decided, ...recorded];
}

/** A dossier whose criteria say something: measured by the commune at least, and not withdrawn. */
const assessed = ({ status }: DashboardDossier): boolean => status !== 'registered' && status !== 'withdrawn';

/**
 * Each unit's latest assessed dossier on each criteria set, filed by `year`: what the unit meets
 * today, as the plans count "x/19 tiêu chí" per commune.
 */
export function latestAssessments(dossiers: readonly DashboardDossier[], year: number): DashboardDossier[] {
  const latest = new Map<string, DashboardDossier>();
  for (const dossier of dossiers) {
    if (!assessed(dossier) || dossier.year > year) continue;
    const key = `${dossier.unitCode}/${dossier.criteriaSetId}`;
    const held = latest.get(key);
    if (!held || held.year <= dossier.year) latest.set(key, dossier);
  }
  return [...latest.values()];
}

/** The phase only tells apart the steps of a review; other statuses are a stage in themselves. */
export const phaseOf = ({ status, stagePhase }: Pick<DashboardDossier, 'status' | 'stagePhase'>): string | null =>
  status === 'in-review' ? stagePhase : null;
