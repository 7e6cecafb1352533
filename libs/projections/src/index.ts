export { CouncilAgendaRow } from './dossiers/council-agenda.entity';
export { councilAgendaProjector } from './dossiers/council-agenda.projector';
export { CriterionReviewRow } from './dossiers/criterion-review.entity';
export { criterionReviewProjector } from './dossiers/criterion-review.projector';
export { DossierSummaryRow } from './dossiers/dossier-summary.entity';
export { dossierSummaryProjector } from './dossiers/dossier-summary.projector';
export { CreateReadModels1763890100000 } from './migrations/1763890100000-create-read-models';
export { CreateDossierReadModels1763890200000 } from './migrations/1763890200000-create-dossier-read-models';
export {
  PROJECTION_RUNNER,
  type ProjectionLag,
  ProjectionRunner,
  type ProjectionRunnerOptions,
  type Progress,
  UnknownProjection,
} from './projection-runner';
export { ALL_EVENTS, type Projector } from './projector';
export { projectors, readModelEntities } from './read-models';
export { StreamActivity } from './stream-activity/stream-activity.entity';
export { streamActivityProjector } from './stream-activity/stream-activity.projector';
