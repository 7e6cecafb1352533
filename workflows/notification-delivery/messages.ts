import type { Duration } from '@temporalio/common';

/** One delivery run per namespace: every worker starts it under this id, and only the first start counts. */
export const NOTIFICATION_DELIVERY_WORKFLOW_ID = 'notification-delivery';
export const NOTIFICATION_DELIVERY_WORKFLOW = 'notificationDeliveryWorkflow';

export interface NotificationDeliveryInput {
  /** The rest between two passes. */
  readonly pollInterval: Duration;
  /** Passes before the run continues as new, so that its history stays short. */
  readonly passesPerRun: number;
}

/** A pass every 5 s; 200 passes (about 1,000 history events) a run. */
export const DEFAULT_DELIVERY_INPUT: NotificationDeliveryInput = { pollInterval: '5 seconds', passesPerRun: 200 };
