import type { BarSeriesOption } from 'echarts/charts';
import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../shared/format';
import { BarChart, type BarChartOption } from './BarChart';
import { unitKindName } from './FigureTables';
import { goalOf, targetLabel } from './targetText';
import { type CriteriaSetFigures, type PlanProgress, targetsOf } from './types';

const BAR_ROW = 34;
const AXES_HEIGHT = 70;
const CRITERIA_HEIGHT = 260;
/** What the plan sets in grey, what was reached in the theme's blue. */
const PLANNED_COLOUR = '#bfbfbf';
const ACTUAL_COLOUR = '#1677ff';

interface TargetBar {
  readonly label: string;
  readonly goal: number;
  readonly actual: number;
}

/** The targets' labels take at most this share of the chart's width, wrapped over lines. */
const LABEL_SHARE = 0.45;
/** Below this width (a phone), the value axis has fewer ticks, so their figures do not run together. */
const NARROW = 600;

function targetOption(t: TFunction, bars: readonly TargetBar[], width: number): BarChartOption {
  const series = (name: string, color: string, values: number[]): BarSeriesOption => ({
    type: 'bar',
    name,
    data: values,
    itemStyle: { color },
  });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1, splitNumber: width < NARROW ? 2 : 5 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map(({ label }) => label),
      axisLabel: { width: Math.min(300, width * LABEL_SHARE), overflow: 'break', lineHeight: 14 },
    },
    series: [
      series(
        t('programme.planned'),
        PLANNED_COLOUR,
        bars.map(({ goal }) => goal),
      ),
      series(
        t('programme.actual'),
        ACTUAL_COLOUR,
        bars.map(({ actual }) => actual),
      ),
    ],
  };
}

/** A plan's recognition targets (units of each level held or added): the figure set beside the figure reached. */
export function TargetChart({ plan }: { readonly plan: PlanProgress }) {
  const { t } = useTranslation();
  const bars = useMemo(
    () =>
      targetsOf(plan)
        .filter(({ target }) => target.measure === 'recognised-units')
        .map(({ target, actual }) => ({ label: targetLabel(t, target), goal: goalOf(target), actual: actual ?? 0 })),
    [plan, t],
  );
  const optionFor = useCallback((width: number) => targetOption(t, bars, width), [t, bars]);
  if (bars.length === 0) return null;
  const description = t('programme.charts.targets', {
    values: bars.map(({ label, goal, actual }) => `${label}: ${formatNumber(actual)}/${formatNumber(goal)}`).join('; '),
  });
  return <BarChart optionFor={optionFor} height={AXES_HEIGHT + bars.length * 2 * BAR_ROW} description={description} />;
}

/** Each criterion's share of the units with an assessed dossier that meet it, in per cent. */
export function CriterionRateChart({ set }: { readonly set: CriteriaSetFigures }) {
  const { t } = useTranslation();
  const optionFor = useCallback(
    (): BarChartOption => ({
      tooltip: { trigger: 'axis', valueFormatter: (value) => `${formatNumber(Number(value))}%` },
      grid: { left: 8, right: 16, top: 16, bottom: 24 },
      xAxis: { type: 'category', data: set.criteria.map(({ criterionId }) => criterionId) },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar',
          name: t('programme.rate'),
          data: set.criteria.map(({ rate }) => rate),
          itemStyle: { color: ACTUAL_COLOUR },
        },
      ],
    }),
    [set, t],
  );
  const description = t('programme.charts.criteria', {
    units: formatNumber(set.units),
    kind: unitKindName(t, set.unitKind),
    values: set.criteria
      .map(
        ({ criterionId, rate }) =>
          `${t('programme.criterionWhat', { criterion: criterionId })}: ${formatNumber(rate)}%`,
      )
      .join('; '),
  });
  return <BarChart optionFor={optionFor} height={CRITERIA_HEIGHT} description={description} />;
}
