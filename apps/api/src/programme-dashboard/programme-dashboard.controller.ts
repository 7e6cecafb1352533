import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Principal } from '@ntm/auth';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { ApiProblems } from '../platform/api-problems';
import { DashboardQueryDto, DashboardUnitsQueryDto } from './programme-dashboard.dto';
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
}
