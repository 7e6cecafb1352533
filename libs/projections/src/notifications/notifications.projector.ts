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

export const notificationIdOf = (notification: Pick<Notification, 'key'>): string =>
  uuidv5(notification.key, NOTIFICATION_ID_NAMESPACE);

/** A user marked a notification read; recorded in `notification-reads-<user>` by the API. */
export const NOTIFICATION_READ = 'NotificationRead';
export interface NotificationReadData {
  readonly userId: string;
  readonly notificationId: string;
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
  const reads = events
    .filter((event) => event.type === NOTIFICATION_READ)
    .map((event) => ({ ...(event.data as NotificationReadData), readAt: event.recordedAt }));
  if (reads.length > 0) await manager.upsert(NotificationReadRow, reads, ['userId', 'notificationId']);
  await applyChannels(events, manager);
}

export const notificationsProjector: Projector = {
  name: 'notifications',
  handles: [...NOTIFYING_EVENT_TYPES, NOTIFICATION_READ, NOTIFICATION_PREFERENCES_SET, NOTIFICATION_DELIVERED],
  owns: [NotificationRow, NotificationReadRow, NotificationPreferenceRow, NotificationDeliveryRow],
  apply: applyNotifications,
};
