import type { PlanProgress } from './plan-progress';
import type { CriteriaSetFigures, RecognitionCount, StageFigures } from './programme-figures';

export interface DepartmentBacklog {
  /** The department doing the work today (2025 mergers), else the one pinned. */
  readonly department: string;
  readonly pending: number;
  readonly overdue: number;
}

/** The province's programme against its plans' targets (issue #22): what GET /dashboard answers. */
export interface ProgrammeDashboard {
  readonly province: string;
  readonly year: number;
  readonly plans: readonly PlanProgress[];
  readonly recognitions: readonly RecognitionCount[];
  readonly criteriaSets: readonly CriteriaSetFigures[];
  readonly stages: readonly StageFigures[];
  readonly departments: readonly DepartmentBacklog[];
}
