import { Worker } from '@temporalio/worker';

import { timeSkippingEnvironment, workflowBundleOptions } from '@ntm/test-support';

import type { RoundTripActivities } from './activities';
import { roundTrip } from './workflow';

describe('round-trip diagnostics workflow', () => {
  it('records the round trip once through its activity and returns the stored record', async () => {
    const env = await timeSkippingEnvironment();
    try {
      const calls: string[] = [];
      const activities: RoundTripActivities = {
        recordRoundTrip: async (input) => {
          calls.push(input.workflowId);
          return {
            id: input.requestId,
            workflowId: input.workflowId,
            requestedBy: input.requestedBy,
            recordedAt: '2026-11-23T00:00:00.000Z',
          };
        },
      };
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue: 'round-trip-test',
        activities,
        ...workflowBundleOptions(),
      });
      const result = await worker.runUntil(
        env.client.workflow.execute(roundTrip, {
          taskQueue: 'round-trip-test',
          workflowId: 'round-trip-unit-1',
          args: [{ requestId: '5f0c8a3e-4d1b-4a57-9b5e-2a7d1d3c9e11', requestedBy: 'tester' }],
        }),
      );
      expect(result.workflowId).toBe('round-trip-unit-1');
      expect(calls).toEqual(['round-trip-unit-1']);
    } finally {
      await env.teardown();
    }
  });
});
