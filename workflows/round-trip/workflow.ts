import { proxyActivities, workflowInfo } from '@temporalio/workflow';

import type { RoundTripActivities } from './activities';
import type { RoundTripInput, RoundTripRecord } from './messages';

const RECORD_TIMEOUT = '30 seconds';

const { recordRoundTrip } = proxyActivities<RoundTripActivities>({
  startToCloseTimeout: RECORD_TIMEOUT,
  retry: { maximumAttempts: 5 },
});

export async function roundTrip(input: RoundTripInput): Promise<RoundTripRecord> {
  return recordRoundTrip({ ...input, workflowId: workflowInfo().workflowId });
}
