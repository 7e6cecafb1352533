import { proxyActivities } from '@temporalio/workflow';

const { noop } = proxyActivities<{ noop(): Promise<void> }>({ startToCloseTimeout: '10 seconds' });

/** The yardstick of `bench:workflow`: as many activities, one after the other, and nothing else. */
export async function baselineWorkflow(activities: number): Promise<void> {
  for (let done = 0; done < activities; done += 1) await noop();
}
