import { Client, type ConnectionLike } from '@temporalio/client';
import type { Pool } from 'pg';

import type { AppConfig } from '@ntm/config';
import type { EventStore } from '@ntm/event-store';
import { loadAdministrativeUnits } from '@ntm/units';
import type { NotificationDeliveryActivities } from '@ntm/workflows/notification-delivery/activities';
import {
  DEFAULT_DELIVERY_INPUT,
  NOTIFICATION_DELIVERY_WORKFLOW,
  NOTIFICATION_DELIVERY_WORKFLOW_ID,
  type NotificationDeliveryInput,
} from '@ntm/workflows/notification-delivery/messages';
import type { notificationDeliveryWorkflow } from '@ntm/workflows/notification-delivery/workflow';

import { NotificationDelivery } from './notification-delivery';
import { createSmtpChannel } from './smtp-channel';

export type DeliverySettings = Pick<AppConfig, 'SMTP_URL' | 'SMTP_FROM' | 'PUBLIC_BASE_URL'>;

export interface DeliveryActivities {
  readonly activities: NotificationDeliveryActivities;
  /** Closes the channel's connections (at the worker's shutdown). */
  close(): Promise<void>;
}

/**
 * The delivery pass as an activity: e-mail when SMTP_URL is set; without it, a pass says there is
 * no channel (the notifications stay in the inbox) and the delivery run ends.
 */
export function createDeliveryActivities(pool: Pool, store: EventStore, config: DeliverySettings): DeliveryActivities {
  if (!config.SMTP_URL) {
    return {
      activities: { deliverPendingNotifications: async () => ({ configured: false, sent: 0 }) },
      close: async () => undefined,
    };
  }
  const channel = createSmtpChannel(config.SMTP_URL, config.SMTP_FROM);
  const delivery = new NotificationDelivery(pool, store, channel, loadAdministrativeUnits(), {
    linkBase: config.PUBLIC_BASE_URL,
  });
  return {
    activities: {
      deliverPendingNotifications: async () => ({ configured: true, sent: await delivery.deliverPending() }),
    },
    close: () => channel.close(),
  };
}

/**
 * Starts the delivery run when the installation has a channel (SMTP_URL). Every worker replica does
 * so at start; the fixed workflow id makes the run a singleton: a start while it runs is the run
 * already there. The run's id is returned.
 */
export async function startDeliveryWorkflow(
  connection: ConnectionLike,
  options: { readonly namespace: string; readonly taskQueue: string; readonly config: DeliverySettings },
  input: NotificationDeliveryInput = DEFAULT_DELIVERY_INPUT,
): Promise<string | undefined> {
  if (!options.config.SMTP_URL) return undefined;
  const client = new Client({ connection, namespace: options.namespace });
  const handle = await client.workflow.start<typeof notificationDeliveryWorkflow>(NOTIFICATION_DELIVERY_WORKFLOW, {
    workflowId: NOTIFICATION_DELIVERY_WORKFLOW_ID,
    taskQueue: options.taskQueue,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  return handle.firstExecutionRunId;
}
