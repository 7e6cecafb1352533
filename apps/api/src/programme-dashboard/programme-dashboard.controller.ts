import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Principal } from '@ntm/auth';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { ApiProblems } from '../platform/api-problems';
import { PDF_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../platform/file-uploads';
import { DashboardQueryDto, DashboardReportQueryDto, DashboardUnitsQueryDto } from './programme-dashboard.dto';
import { ProgrammeDashboardQuery } from './programme-dashboard.query';
import { DashboardUnitList, ProgrammeDashboardResponse } from './programme-dashboard.response';

@ApiTags('dashboard')
@ApiBearerAuth()
@Authorize({ roles: ['province-coordinator', 'auditor'] })
@Controller('dashboard')
export class ProgrammeDashboardController {
  constructor(private readonly dashboard: ProgrammeDashboardQuery) {}

  @Get()
  @ApiOperation({
    summary:
      'Tiến độ chương trình NTM của tỉnh so với chỉ tiêu kế hoạch: công nhận theo cấp độ và năm, tỷ lệ đạt từng tiêu chí, bình quân tiêu chí/xã, hồ sơ theo giai đoạn, quá hạn theo Sở',
  })
  @ApiOkResponse({ type: ProgrammeDashboardResponse })
  @ApiProblems(400, 404)
  run(@CurrentPrincipal() principal: Principal, @Query() scope: DashboardQueryDto) {
    return this.dashboard.run(principal, scope);
  }

  @Get('units')
  @ApiOperation({ summary: 'Các đơn vị đứng sau một con số của bảng điều khiển (drill-down)' })
  @ApiOkResponse({ type: DashboardUnitList })
  @ApiProblems(400, 404)
  async units(@CurrentPrincipal() principal: Principal, @Query() query: DashboardUnitsQueryDto) {
    return { items: await this.dashboard.unitsBehind(principal, query) };
  }

  @Get('report')
  @ApiProduces(XLSX_CONTENT_TYPE, PDF_CONTENT_TYPE)
  @ApiOperation({
    summary:
      'Báo cáo định kỳ (quý, 6 tháng, 9 tháng, năm), tệp XLSX hoặc PDF cùng số liệu: chỉ tiêu kế hoạch và thực hiện, công nhận trong kỳ, tỷ lệ đạt từng tiêu chí',
  })
  @ApiOkResponse({
    description:
      'format=xlsx: các trang “Thông tin”, “Chỉ tiêu”, “Công nhận trong kỳ”, “Tiêu chí”; format=pdf: văn bản báo cáo với các bảng ấy',
    content: {
      [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } },
      [PDF_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400, 404)
  async report(
    @CurrentPrincipal() principal: Principal,
    @Query() query: DashboardReportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const bytes = await this.dashboard.report(principal, query);
    reply
      .header('content-type', query.format === 'pdf' ? PDF_CONTENT_TYPE : XLSX_CONTENT_TYPE)
      .header(
        'content-disposition',
        `attachment; filename="bao-cao-ntm-${query.province}-${query.year}-${query.period}.${query.format}"`,
      );
    return bytes;
  }
}
