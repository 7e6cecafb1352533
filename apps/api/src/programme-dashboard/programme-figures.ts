import { type DashboardDossier, type DashboardRecognition, latestAssessments, phaseOf } from './dashboard-dossier';

const DAY_MS = 86_400_000;

export interface RecognitionCount {
  readonly unitKind: string;
  readonly level: string;
  readonly year: number;
  /** Recognitions of that year still held. */
  readonly standing: number;
  /** Recognitions of that year revoked since. */
  readonly revoked: number;
}

/**
 * A criterion's share: the units meeting it over the units assessed on it, that is those with an
 * assessed dossier on the set; a unit without one (recognised on paper, or not yet filing) is in neither.
 */
export interface CriterionRate {
  readonly criterionId: string;
  readonly met: number;
  readonly assessed: number;
  /** met / assessed, in per cent with one decimal: the one figure the page, the chart and both reports print. */
  readonly rate: number;
}

/** One criteria set across the units assessed on it: the plans' "bình quân tiêu chí/xã" and each criterion's share. */
export interface CriteriaSetFigures {
  readonly criteriaSetId: string;
  readonly unitKind: string;
  readonly level: string;
  readonly units: number;
  /** Criteria the set has. */
  readonly total: number;
  readonly averageMet: number;
  readonly criteria: readonly CriterionRate[];
}

export interface StageFigures {
  readonly status: string;
  readonly phase: string | null;
  readonly count: number;
  /** Working or not, calendar days since each dossier entered the stage: the wait a coordinator sees. */
  readonly averageDays: number;
  readonly longestDays: number;
}

/** Recognitions per unit kind, level and recognition year, held and revoked. */
export function recognitionCounts(recognitions: readonly DashboardRecognition[]): RecognitionCount[] {
  const counts = new Map<string, RecognitionCount>();
  for (const { unitKind, level, year, standing } of recognitions) {
    const key = `${unitKind}/${level}/${year}`;
    const count = counts.get(key) ?? { unitKind, level, year, standing: 0, revoked: 0 };
    counts.set(key, {
      ...count,
      standing: count.standing + (standing ? 1 : 0),
      revoked: count.revoked + (standing ? 0 : 1),
    });
  }
  return [...counts.values()].sort(
    (a, b) => a.year - b.year || a.unitKind.localeCompare(b.unitKind) || a.level.localeCompare(b.level),
  );
}

/** Per criteria set, over each unit's latest assessment filed by `year`. */
export function criteriaFigures(dossiers: readonly DashboardDossier[], year: number): CriteriaSetFigures[] {
  const bySet = groupBy(latestAssessments(dossiers, year), ({ criteriaSetId }) => criteriaSetId);
  return [...bySet]
    .map(([criteriaSetId, latest]) => setFigures(criteriaSetId, latest))
    .sort((a, b) => a.criteriaSetId.localeCompare(b.criteriaSetId));
}

function setFigures(criteriaSetId: string, latest: readonly DashboardDossier[]): CriteriaSetFigures {
  const [first] = latest as [DashboardDossier];
  const counts = new Map<string, { met: number; assessed: number }>();
  for (const { criterionVerdicts } of latest)
    for (const [criterionId, verdict] of Object.entries(criterionVerdicts)) {
      const count = counts.get(criterionId) ?? { met: 0, assessed: 0 };
      counts.set(criterionId, { met: count.met + (verdict === 'met' ? 1 : 0), assessed: count.assessed + 1 });
    }
  return {
    criteriaSetId,
    unitKind: first.unitKind,
    level: first.level,
    units: latest.length,
    total: first.total,
    averageMet: average(latest.map(({ metCount }) => metCount)),
    criteria: [...counts].map(([criterionId, { met, assessed }]) => ({
      criterionId,
      met,
      assessed,
      rate: percent(met, assessed),
    })),
  };
}

/** The year's dossiers by status and review phase, with how long they have waited there as of `now`. */
export function stageFigures(dossiers: readonly DashboardDossier[], year: number, now: Date): StageFigures[] {
  const byStage = groupBy(
    dossiers.filter((dossier) => dossier.year === year),
    (dossier) => `${dossier.status}/${phaseOf(dossier) ?? ''}`,
  );
  return [...byStage.values()]
    .map((group) => {
      const days = group.map(({ stageSince }) => Math.max(0, (now.getTime() - stageSince.getTime()) / DAY_MS));
      const [first] = group as [DashboardDossier];
      return {
        status: first.status,
        phase: phaseOf(first),
        count: group.length,
        averageDays: round(average(days)),
        longestDays: round(Math.max(...days)),
      };
    })
    .sort((a, b) => a.status.localeCompare(b.status) || (a.phase ?? '').localeCompare(b.phase ?? ''));
}

/** Groups in order of first appearance (Map.groupBy is not in Node 20). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export const average = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/** One decimal, as the plans write their averages (13,5 tiêu chí). */
export const round = (value: number): number => Math.round(value * 10) / 10;

/** A share in per cent with one decimal, as the plans write theirs (98,5%). */
export const percent = (part: number, whole: number): number => round((part / whole) * 100);
