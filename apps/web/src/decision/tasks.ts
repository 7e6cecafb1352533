import type { components } from '../api/schema';

export type ApproverTask = components['schemas']['ApproverQueueItemResponse']['task'];

export const TASKS: readonly ApproverTask[] = ['recognition', 'refusal', 'revocation'];

/** One colour per kind of decision, in the queue and on the dossier's page alike. */
export const TASK_COLOURS: Readonly<Record<ApproverTask, string>> = {
  recognition: 'green',
  refusal: 'orange',
  revocation: 'red',
};
