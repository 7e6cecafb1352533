import { Inject, Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';

import type { Identity } from '@ntm/auth';
import { EVENT_STORE, type EventStore, notificationReadStreamId } from '@ntm/event-store';
import {
  NOTIFICATION_READ,
  type NotificationReadData,
  NOTIFICATIONS_READ,
  type NotificationsReadData,
} from '@ntm/projections';

import { ProblemException } from '../platform/problem.exception';
import type { NotificationResponse, NotificationsReadResponse } from './dto/notifications.dto';
import { InboxQuery } from './inbox.query';

/** Namespace of `NotificationRead` event ids: one per user and notification, so marking twice records once. */
const READ_ID_NAMESPACE = '0b5c8e7a-3d2f-4e1a-9c6b-7f8e9d0a1b2c';
/** How many notifications one `NotificationsRead` event lists: a long unread backlog is several events. */
const IDS_PER_EVENT = 500;

@Injectable()
export class NotificationReads {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly inbox: InboxQuery,
  ) {}

  /**
   * Records that the caller read one of their notifications and answers it as read (the inbox's
   * read model follows); someone else's is 404, as if it did not exist.
   */
  async markRead(identity: Identity, notificationId: string, now: Date): Promise<NotificationResponse> {
    const notification = await this.inbox.one(identity, notificationId);
    if (!notification) throw notificationNotFound();
    const data: NotificationReadData = { userId: identity.userId, notificationId };
    await this.record(identity, `${identity.userId}/${notificationId}`, NOTIFICATION_READ, data, now);
    return { ...notification, read: true };
  }

  /**
   * Records that the caller read every notification they had unread: one event per slice of ids,
   * its id from the user and those ids, each slice its own append (a slice stands on its own, so a
   * retry after a failure in the middle records only what is missing). Asking again before the
   * inbox's read model follows lists the same ids and records nothing more; a notification already
   * marked on its own is read twice, the first mark standing.
   */
  async markAllRead(identity: Identity, now: Date): Promise<NotificationsReadResponse> {
    const ids = await this.inbox.unreadIds(identity);
    for (let from = 0; from < ids.length; from += IDS_PER_EVENT) {
      const data: NotificationsReadData = {
        userId: identity.userId,
        notificationIds: ids.slice(from, from + IDS_PER_EVENT),
      };
      await this.record(
        identity,
        `${identity.userId}/all/${data.notificationIds.join(',')}`,
        NOTIFICATIONS_READ,
        data,
        now,
      );
    }
    return { marked: ids.length };
  }

  /** Appends one read mark to the caller's stream, its id derived from `key`: the same mark is recorded once. */
  private async record(identity: Identity, key: string, type: string, data: object, now: Date): Promise<void> {
    await this.store.append(notificationReadStreamId(identity.userId), 'any', [
      {
        eventId: uuidv5(key, READ_ID_NAMESPACE),
        type,
        data,
        metadata: { actor: identity.userId, now: now.toISOString() },
      },
    ]);
  }
}

const notificationNotFound = () =>
  new ProblemException({
    code: 'notification.not-found',
    status: 404,
    title: { vi: 'Không tìm thấy thông báo', en: 'Notification not found' },
  });
