/** Diagnostics: proves API -> Temporal -> worker -> PostgreSQL works end to end. */
export const ROUND_TRIP_WORKFLOW = 'roundTrip';

export interface RoundTripInput {
  readonly requestId: string;
  readonly requestedBy: string;
}

export interface RoundTripRecord {
  readonly id: string;
  readonly workflowId: string;
  readonly requestedBy: string;
  readonly recordedAt: string;
}
