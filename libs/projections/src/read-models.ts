import type { Projector } from './projector';
import { StreamActivity } from './stream-activity/stream-activity.entity';
import { streamActivityProjector } from './stream-activity/stream-activity.projector';

/** Every read model's entities, registered once in `@ntm/runtime`'s data source options. */
export const readModelEntities = [StreamActivity];

/** Every projector the worker runs and `projections:rebuild` knows by name. */
export const projectors: readonly Projector[] = [streamActivityProjector];
