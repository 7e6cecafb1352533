import type { TFunction } from 'i18next';

/** A dossier's stage as the coordinator reads it: its status and, in review, the step's phase. */
export const stageLabel = (t: TFunction, status: string, phase: string | null | undefined): string =>
  t(`statuses.${status}` as 'statuses.registered') +
  (phase ? ` — ${t(`coordination.stagePhases.${phase}` as 'coordination.stagePhases.appraising')}` : '');
