import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const noopUpdate = defineUpdate<void>('noop');

/** The yardstick of `bench:commands`: a running workflow whose Update does nothing and answers at once. */
export async function updateBaselineWorkflow(): Promise<void> {
  setHandler(noopUpdate, () => undefined);
  await condition(() => false);
}
