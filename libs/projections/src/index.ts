export { CreateReadModels1763890100000 } from './migrations/1763890100000-create-read-models';
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
