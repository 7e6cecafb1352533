import type { TFunction } from 'i18next';

import { formatNumber } from '../shared/format';
import type { PlanTarget } from './types';

type Bound = Extract<PlanTarget, { measure: 'criterion-share' }>['percent'];

/** What the target counts, in the plan's words. */
export function targetLabel(t: TFunction, target: PlanTarget): string {
  const units = t(`programme.unitKinds.${target.unitKind}` as 'programme.unitKinds.commune');
  const level = t(`levels.${target.level}` as 'levels.ntm');
  switch (target.measure) {
    case 'recognised-units':
      return t(`programme.measures.${target.count}` as 'programme.measures.total', { units, level });
    case 'average-criteria-met':
      return t('programme.measures.average', { units, level });
    case 'criterion-share':
      return t('programme.measures.share', { units, level, criterion: target.criterionId });
  }
}

const boundOf = (target: PlanTarget): Bound => (target.measure === 'criterion-share' ? target.percent : target.bound);

/** The figure the plan sets, "ít nhất 61/96", "trên 17", "từ 8 đến 10", "ít nhất 98%". */
export function plannedText(t: TFunction, target: PlanTarget): string {
  const bound = boundOf(target);
  const unit = target.measure === 'criterion-share' ? '%' : '';
  const of = target.measure === 'recognised-units' && target.of ? `/${formatNumber(target.of)}` : '';
  if ('from' in bound)
    return t('programme.bounds.range', { from: formatNumber(bound.from), to: `${formatNumber(bound.to)}${unit}` });
  const [key, value] =
    'atLeast' in bound ? (['atLeast', bound.atLeast] as const) : (['moreThan', bound.moreThan] as const);
  return t(`programme.bounds.${key}`, { value: `${formatNumber(value)}${of}${unit}` });
}

/** The figure to reach: a bound's value, a range's lower end. */
export function goalOf(target: PlanTarget): number {
  const bound = boundOf(target);
  return 'from' in bound ? bound.from : 'atLeast' in bound ? bound.atLeast : bound.moreThan;
}

/** How far the figure has come towards the target, in per cent of it (a range: of its lower end). */
export function progressPercent(target: PlanTarget, actual: number | null): number {
  const goal = goalOf(target);
  if (actual === null) return 0;
  return goal === 0 ? 100 : Math.min(100, Math.round((actual / goal) * 100));
}
