import { loadCatalogue, type PlanTarget, type ProvincePlanTargets, reaches } from '@ntm/catalogue';

import { type DashboardDossier, type DashboardRecognition, latestAssessments } from './dashboard-dossier';
import { average, percent, round } from './programme-figures';

export interface TargetProgress {
  readonly target: PlanTarget;
  /** The figure the target is about, as of today; null when no unit was assessed on its criteria. */
  readonly actual: number | null;
  /**
   * The units an average or a share is counted over: those of the target's kind and level with an
   * assessed dossier on its criteria set (not every unit of the province); null for a count of units.
   */
  readonly over: number | null;
  readonly reached: boolean;
}

export interface PlanProgress {
  readonly province: string;
  readonly plan: ProvincePlanTargets['plan'];
  readonly period: ProvincePlanTargets['period'];
  readonly targets: readonly TargetProgress[];
}

type Period = ProvincePlanTargets['period'];

/** The national set of the level and unit kind in force during the plan's period: its criteria are the plan's numbers. */
function criteriaSetOf(target: PlanTarget, { from, to }: Period): string | undefined {
  return loadCatalogue().criteriaSets.find(
    (set) =>
      set.level === target.level &&
      set.unitKind === target.unitKind &&
      set.effectiveFrom <= `${to}-12-31` &&
      (set.effectiveTo ?? '9999-12-31') >= `${from}-01-01`,
  )?.id;
}

/** What the plan's figures are counted from: the units' dossiers and their recognitions, paper ones included. */
export interface ProgrammeRecord {
  readonly dossiers: readonly DashboardDossier[];
  readonly recognitions: readonly DashboardRecognition[];
}

type Figure = Pick<TargetProgress, 'actual' | 'over'>;

function figureOf(target: PlanTarget, period: Period, { dossiers, recognitions }: ProgrammeRecord): Figure {
  const ofTarget = <T extends { unitKind: string; level: string }>(items: readonly T[]) =>
    items.filter(({ unitKind, level }) => unitKind === target.unitKind && level === target.level);
  if (target.measure === 'recognised-units') {
    const from = target.count === 'added' ? period.from : 0;
    const held = ofTarget(recognitions).filter(({ standing, year }) => standing && year >= from && year <= period.to);
    return { actual: new Set(held.map(({ unitCode }) => unitCode)).size, over: null };
  }
  const setId = criteriaSetOf(target, period);
  const latest = latestAssessments(ofTarget(dossiers), period.to).filter(
    ({ criteriaSetId }) => criteriaSetId === setId,
  );
  if (latest.length === 0) return { actual: null, over: 0 };
  const over = latest.length;
  if (target.measure === 'average-criteria-met')
    return { actual: round(average(latest.map(({ metCount }) => metCount))), over };
  const met = latest.filter(({ criterionVerdicts }) => criterionVerdicts[target.criterionId] === 'met').length;
  return { actual: percent(met, over), over };
}

/** Each target of the plan against the record of the units the plan was made for. */
export function planProgress(plans: ProvincePlanTargets, record: ProgrammeRecord): PlanProgress {
  const { province, plan, period } = plans;
  const targets = plans.targets.map((target) => {
    const { actual, over } = figureOf(target, period, record);
    const bound = target.measure === 'criterion-share' ? target.percent : target.bound;
    return { target, actual, over, reached: actual !== null && reaches(bound, actual) };
  });
  return { province, plan, period, targets };
}
