import { Inject, Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';

import type { Identity } from '@ntm/auth';
import { EVENT_STORE, type EventStore, notificationReadStreamId } from '@ntm/event-store';
import { NOTIFICATION_READ, type NotificationReadData } from '@ntm/projections';

import { ProblemException } from '../platform/problem.exception';
import type { NotificationResponse } from './dto/notifications.dto';
import { InboxQuery } from './inbox.query';

/** Namespace of `NotificationRead` event ids: one per user and notification, so marking twice records once. */
const READ_ID_NAMESPACE = '0b5c8e7a-3d2f-4e1a-9c6b-7f8e9d0a1b2c';

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
    await this.store.append(notificationReadStreamId(identity.userId), 'any', [
      {
        eventId: uuidv5(`${identity.userId}/${notificationId}`, READ_ID_NAMESPACE),
        type: NOTIFICATION_READ,
        data,
        metadata: { actor: identity.userId, now: now.toISOString() },
      },
    ]);
    return { ...notification, read: true };
  }
}

const notificationNotFound = () =>
  new ProblemException({
    code: 'notification.not-found',
    status: 404,
    title: { vi: 'Không tìm thấy thông báo', en: 'Notification not found' },
  });
