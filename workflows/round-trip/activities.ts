import type { RoundTripInput, RoundTripRecord } from './messages';

/** Implemented by the worker (apps/worker); the workflow sees only this type. */
export interface RoundTripActivities {
  recordRoundTrip(input: RoundTripInput & { readonly workflowId: string }): Promise<RoundTripRecord>;
}
