import { Module } from '@nestjs/common';

import { InboxQuery } from './inbox.query';
import { NotificationPreferences } from './notification-preferences';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationReads } from './notification-reads';
import { NotificationsController } from './notifications.controller';

/** The in-app inbox (notifications derived from the record, the caller's marks of what they read) and the caller's channels. */
@Module({
  controllers: [NotificationsController, NotificationPreferencesController],
  providers: [InboxQuery, NotificationReads, NotificationPreferences],
})
export class NotificationsModule {}
