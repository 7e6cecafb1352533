import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Identity } from '@ntm/auth';

import { Authenticated } from '../auth/authorize.decorator';
import { CurrentIdentity } from '../auth/request-principal';
import { ApiProblems } from '../platform/api-problems';
import {
  InboxPage,
  InboxQuery as InboxQueryDto,
  NotificationResponse,
  NotificationsReadResponse,
} from './dto/notifications.dto';
import { InboxQuery } from './inbox.query';
import { NotificationReads } from './notification-reads';

/**
 * The caller's own inbox (issue #23): what the procedure tells the roles they hold and them by
 * name. Every grant counts, not one acting role: a person holding two sees both roles' notices.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(
    private readonly inbox: InboxQuery,
    private readonly reads: NotificationReads,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Hộp thư thông báo của người dùng, mới nhất trước, với số chưa đọc (inbox)' })
  @ApiOkResponse({ type: InboxPage })
  @ApiProblems(400)
  list(@CurrentIdentity() identity: Identity, @Query() query: InboxQueryDto): Promise<InboxPage> {
    return this.inbox.page(identity, {
      cursor: query.cursor,
      limit: query.limit === undefined ? undefined : Number(query.limit),
      unreadOnly: query.unread === 'true',
    });
  }

  @Post('read-all')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary:
      'Đánh dấu đã đọc mọi thông báo chưa đọc của người dùng (ghi sự kiện NotificationsRead; lặp lại không ghi thêm)',
  })
  @ApiOkResponse({ type: NotificationsReadResponse, description: 'Số thông báo vừa được đánh dấu đã đọc' })
  markAllRead(@CurrentIdentity() identity: Identity): Promise<NotificationsReadResponse> {
    return this.reads.markAllRead(identity, new Date());
  }

  @Post(':notificationId/read')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Đánh dấu đã đọc một thông báo (ghi sự kiện NotificationRead; lặp lại không ghi thêm)' })
  @ApiOkResponse({ type: NotificationResponse, description: 'Thông báo, đã đọc' })
  @ApiProblems(400, 404)
  async markRead(
    @CurrentIdentity() identity: Identity,
    @Param('notificationId', new ParseUUIDPipe()) notificationId: string,
  ): Promise<NotificationResponse> {
    return this.reads.markRead(identity, notificationId, new Date());
  }
}
