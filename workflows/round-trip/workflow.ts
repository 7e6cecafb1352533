import { proxyActivities, workflowInfo } from '@temporalio/workflow';

import { COMMAND_ACTIVITY } from '../activity-options';
import type { RoundTripActivities } from './activities';
import type { RoundTripInput, RoundTripRecord } from './messages';

const { recordRoundTrip } = proxyActivities<RoundTripActivities>(COMMAND_ACTIVITY);

export async function roundTrip(input: RoundTripInput): Promise<RoundTripRecord> {
  return recordRoundTrip({ ...input, workflowId: workflowInfo().workflowId });
}
