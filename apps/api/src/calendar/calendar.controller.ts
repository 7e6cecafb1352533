import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { unitParam } from '../admin/admin-access';
import { Authenticated, Authorize } from '../auth/authorize.decorator';
import { ApiProblems, COMMAND, WITH_BODY } from '../platform/api-problems';
import { etagOf } from '../platform/if-match';
import { CalendarBook, type CalendarRead } from './calendar-book';
import { calendarYear } from './calendar-year';
import {
  CalendarYearQuery,
  CalendarYearResponse,
  ClearCalendarDayRequest,
  DeclareCalendarDayRequest,
} from './dto/calendar.dto';

/**
 * The working days deadlines are counted in (ngày làm việc): the Government's schedule for civil
 * servants, and the days the province's administrator declares, each an audited event. A deadline
 * already set keeps its date; deadlines set afterwards count the declared days.
 */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar/:code')
export class CalendarController {
  constructor(private readonly book: CalendarBook) {}

  /** Public knowledge within the service: whoever counts a deadline in the province reads its calendar. */
  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Lịch làm việc của tỉnh trong một năm (working calendar of a province for a year)' })
  @ApiOkResponse({ type: CalendarYearResponse })
  @ApiProblems(400, 404)
  async year(
    @Param('code') code: string,
    @Query() query: CalendarYearQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CalendarYearResponse> {
    return this.answer(code, query.year, await this.book.read(code), reply);
  }

  @Post('declarations')
  @HttpCode(200)
  @Authorize({ roles: ['administrator'], scope: unitParam })
  @ApiOperation({ summary: 'Khai báo ngày nghỉ hoặc ngày làm bù của tỉnh (ghi sự kiện CalendarDayDeclared)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'If-Match', required: false, description: 'W/"<phiên bản>" đã xem; khác → 412' })
  @ApiOkResponse({ type: CalendarYearResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async declare(
    @Param('code') code: string,
    @Body() body: DeclareCalendarDayRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CalendarYearResponse> {
    const read = await this.book.decide(request, { type: 'DeclareCalendarDay', data: { province: code, ...body } });
    return this.answer(code, Number(body.date.slice(0, 4)), read, reply);
  }

  @Post('clearances')
  @HttpCode(200)
  @Authorize({ roles: ['administrator'], scope: unitParam })
  @ApiOperation({ summary: 'Huỷ một ngày tỉnh đã khai báo (ghi sự kiện CalendarDayCleared)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'If-Match', required: false, description: 'W/"<phiên bản>" đã xem; khác → 412' })
  @ApiOkResponse({ type: CalendarYearResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async clear(
    @Param('code') code: string,
    @Body() body: ClearCalendarDayRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CalendarYearResponse> {
    const read = await this.book.decide(request, { type: 'ClearCalendarDay', data: { province: code, ...body } });
    return this.answer(code, Number(body.date.slice(0, 4)), read, reply);
  }

  private answer(province: string, year: number, read: CalendarRead, reply: FastifyReply): CalendarYearResponse {
    reply.header('etag', etagOf(read.version));
    return { province, year, version: read.version, ...calendarYear(read.declarations, year) };
  }
}
