import { continueAsNew, proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';

import { DELIVERY_ACTIVITY } from '../activity-options';
import { persistently } from '../background';
import type { NotificationDeliveryActivities } from './activities';
import type { NotificationDeliveryInput } from './messages';

const { deliverPendingNotifications } = proxyActivities<NotificationDeliveryActivities>(DELIVERY_ACTIVITY);

/**
 * Delivers the notifications beyond the inbox (issue #23), one run per namespace under a fixed id:
 * a pass of the delivery activity, a rest, another pass. A failed pass (the SMTP server down) is
 * retried by the activity's policy, the wait doubling up to 5 minutes, then rests and is tried again
 * (`persistently`), never failing the run. The pass itself keeps delivery exactly once on the
 * record (ids derived from notification, user and channel; see apps/worker/src/notifications), so a
 * retried or repeated pass sends nothing already recorded. The run continues as new after
 * `passesPerRun` passes, or sooner when Temporal suggests it; it ends when the installation has no
 * channel beyond the inbox, and the worker starts it again once it has one.
 */
export async function notificationDeliveryWorkflow(input: NotificationDeliveryInput): Promise<void> {
  for (let pass = 0; pass < input.passesPerRun && !workflowInfo().continueAsNewSuggested; pass++) {
    const done = await persistently('notification delivery', () => deliverPendingNotifications());
    if (done && !done.configured) return;
    await sleep(input.pollInterval);
  }
  await continueAsNew<typeof notificationDeliveryWorkflow>(input);
}
