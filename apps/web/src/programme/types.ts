import type { PlanTarget } from '@ntm/catalogue';

import type { components, operations } from '../api/schema';

export type Dashboard = components['schemas']['ProgrammeDashboardResponse'];
export type PlanProgress = Dashboard['plans'][number];

/** The API passes a plan's target whole, as the catalogue's data file writes it. */
export type TargetProgress = Omit<PlanProgress['targets'][number], 'target'> & { readonly target: PlanTarget };
export type { PlanTarget };

/** A number's drill-down: the query of /dashboard/units without the province and year the page holds. */
export type Drill = Omit<
  NonNullable<operations['ProgrammeDashboardController_units']['parameters']['query']>,
  'province' | 'year'
>;

/** The document types a target as any object (its shape is the catalogue's schema): read as that schema's. */
export const targetsOf = (plan: PlanProgress): readonly TargetProgress[] =>
  plan.targets as unknown as readonly TargetProgress[];

export type CriteriaSetFigures = Dashboard['criteriaSets'][number];
