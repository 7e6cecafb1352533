import type { RecordedEvent } from '@ntm/event-store';
import type { EntityManager } from 'typeorm';

import { NotificationDeliveryRow, NotificationPreferenceRow } from './notification.entity';

/** A user chose their channels (recorded by the API in `notification-preferences-<user>`). */
export const NOTIFICATION_PREFERENCES_SET = 'NotificationPreferencesSet';
export interface NotificationPreferencesData {
  readonly userId: string;
  readonly email: string | null;
  readonly emailEnabled: boolean;
  /** Absent from choices recorded before the digest existed: one e-mail per notification. */
  readonly dailyDigest?: boolean;
  readonly grants: readonly { readonly role: string; readonly unit: string; readonly department?: string }[];
}

/** A notification reached a user outside the inbox (recorded by the worker in `notification-deliveries-<user>`). */
export const NOTIFICATION_DELIVERED = 'NotificationDelivered';
export interface NotificationDeliveredData {
  readonly notificationId: string;
  readonly userId: string;
  readonly channel: string;
  /** The id the channel sent it with (for e-mail, in its Message-ID): the same on every attempt. */
  readonly deliveryId: string;
}

/** The latest preferences per user in the batch, and the deliveries it records. */
export async function applyChannels(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const preferences = new Map<string, NotificationPreferenceRow>();
  for (const event of events) {
    if (event.type !== NOTIFICATION_PREFERENCES_SET) continue;
    const { userId, email, emailEnabled, dailyDigest, grants } = event.data as NotificationPreferencesData;
    preferences.set(userId, {
      userId,
      email,
      emailEnabled,
      dailyDigest: dailyDigest ?? false,
      grants,
      since: event.recordedAt,
    });
  }
  if (preferences.size > 0) await manager.upsert(NotificationPreferenceRow, [...preferences.values()], ['userId']);
  const deliveries = events
    .filter((event) => event.type === NOTIFICATION_DELIVERED)
    .map((event) => {
      const { notificationId, userId, channel } = event.data as NotificationDeliveredData;
      return { notificationId, userId, channel, deliveredAt: event.recordedAt };
    });
  if (deliveries.length > 0)
    await manager.upsert(NotificationDeliveryRow, deliveries, ['notificationId', 'userId', 'channel']);
}
