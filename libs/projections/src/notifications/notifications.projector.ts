import { v5 as uuidv5 } from 'uuid';

import { type Notification, notificationsOf, NOTIFYING_EVENT_TYPES } from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';
import type { EntityManager } from 'typeorm';

import type { Projector } from '../projector';
import { applyChannels, NOTIFICATION_DELIVERED, NOTIFICATION_PREFERENCES_SET } from './notification-channels';
import { contextsOf } from './notification-context';
import {
  NotificationDeliveryRow,
  NotificationPreferenceRow,
  NotificationReadRow,
  NotificationRow,
} from './notification.entity';

/** Namespace of notification ids: UUID v5 of the notification's key (source event, kind, audience). */
const NOTIFICATION_ID_NAMESPACE = '6f1d2c3b-9a8e-4d7f-b6c5-1e2f3a4b5c6d';

const READS_PER_STATEMENT = 1000;

export const notificationIdOf = (notification: Pick<Notification, 'key'>): string =>
  uuidv5(notification.key, NOTIFICATION_ID_NAMESPACE);

/** A user marked a notification read; recorded in `notification-reads-<user>` by the API. */
export const NOTIFICATION_READ = 'NotificationRead';
export interface NotificationReadData {
  readonly userId: string;
  readonly notificationId: string;
}

/** A user marked every notification they had unread read at once ("mark all read"); same stream. */
export const NOTIFICATIONS_READ = 'NotificationsRead';
export interface NotificationsReadData {
  readonly userId: string;
  readonly notificationIds: readonly string[];
}

export async function notificationRows(
  events: readonly RecordedEvent[],
  manager: EntityManager,
): Promise<NotificationRow[]> {
  const notifying = events.filter((event) => (NOTIFYING_EVENT_TYPES as readonly string[]).includes(event.type));
  if (notifying.length === 0) return [];
  const contextOf = await contextsOf(notifying, manager);
  return notifying.flatMap((event) => {
    const context = contextOf(event);
    return context ? notificationsOf(event, context).map((n) => toRow(n, event)) : [];
  });
}

function toRow(notification: Notification, event: RecordedEvent): NotificationRow {
  const { audience } = notification;
  return {
    notificationId: notificationIdOf(notification),
    kind: notification.kind,
    dossierId: notification.params.dossierId,
    audienceRole: audience.role ?? null,
    audienceUnit: audience.unit ?? null,
    audienceDepartment: audience.department ?? null,
    audienceUser: audience.userId ?? null,
    params: notification.params,
    position: String(event.globalPosition),
    createdAt: event.recordedAt,
  };
}

async function applyNotifications(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const rows = await notificationRows(events, manager);
  if (rows.length > 0) await manager.upsert(NotificationRow, rows, ['notificationId']);
  // In slices: a batch of "mark all read" marks may hold more rows than one statement takes parameters.
  const reads = readsOf(events);
  for (let from = 0; from < reads.length; from += READS_PER_STATEMENT) {
    const slice = reads.slice(from, from + READS_PER_STATEMENT);
    await manager.createQueryBuilder().insert().into(NotificationReadRow).values(slice).orIgnore().execute();
  }
  await applyChannels(events, manager);
}

/**
 * Each notification's first read mark per user: one marked, then marked again with all the others
 * (the inbox the user saw lagged behind), stays read from the first mark.
 */
function readsOf(events: readonly RecordedEvent[]): NotificationReadRow[] {
  const reads = new Map<string, NotificationReadRow>();
  for (const event of events) {
    const marked =
      event.type === NOTIFICATION_READ
        ? [(event.data as NotificationReadData).notificationId]
        : event.type === NOTIFICATIONS_READ
          ? (event.data as NotificationsReadData).notificationIds
          : [];
    const { userId } = event.data as { readonly userId: string };
    for (const notificationId of marked) {
      const key = `${userId}/${notificationId}`;
      if (!reads.has(key)) reads.set(key, { userId, notificationId, readAt: event.recordedAt });
    }
  }
  return [...reads.values()];
}

export const notificationsProjector: Projector = {
  name: 'notifications',
  handles: [
    ...NOTIFYING_EVENT_TYPES,
    NOTIFICATION_READ,
    NOTIFICATIONS_READ,
    NOTIFICATION_PREFERENCES_SET,
    NOTIFICATION_DELIVERED,
  ],
  owns: [NotificationRow, NotificationReadRow, NotificationPreferenceRow, NotificationDeliveryRow],
  apply: applyNotifications,
};
