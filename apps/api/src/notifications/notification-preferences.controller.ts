import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

import type { Identity } from '@ntm/auth';

import { Authenticated } from '../auth/authorize.decorator';
import { CurrentIdentity } from '../auth/request-principal';
import { ApiProblems, WITH_BODY } from '../platform/api-problems';
import { NotificationPreferencesRequest, NotificationPreferencesResponse } from './dto/preferences.dto';
import { NotificationPreferences } from './notification-preferences';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferences) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Cách nhận thông báo của người dùng (kênh, địa chỉ thư điện tử)' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  read(@CurrentIdentity() identity: Identity): Promise<NotificationPreferencesResponse> {
    return this.preferences.of(identity);
  }

  @Put()
  @Authenticated()
  @ApiOperation({ summary: 'Chọn cách nhận thông báo (ghi sự kiện NotificationPreferencesSet)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  @ApiProblems(400, ...WITH_BODY)
  write(
    @CurrentIdentity() identity: Identity,
    @Body() body: NotificationPreferencesRequest,
    @Req() request: FastifyRequest,
  ): Promise<NotificationPreferencesResponse> {
    return this.preferences.set(identity, body, request.headers['idempotency-key'], new Date());
  }
}
