import { lazy } from 'react';

/**
 * The charts come in a chunk of their own: ECharts is most of the page's weight (173 kB
 * gzipped against 3 kB), so the tables show without waiting for it.
 */
export const TargetChart = lazy(async () => ({ default: (await import('./ProgrammeCharts')).TargetChart }));
export const CriterionRateChart = lazy(async () => ({
  default: (await import('./ProgrammeCharts')).CriterionRateChart,
}));
