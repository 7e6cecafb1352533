import { Module } from '@nestjs/common';

import { InboxQuery } from './inbox.query';
import { NotificationReads } from './notification-reads';
import { NotificationsController } from './notifications.controller';

/** The in-app inbox: notifications derived from the record, and the caller's marks of what they read. */
@Module({ controllers: [NotificationsController], providers: [InboxQuery, NotificationReads] })
export class NotificationsModule {}
