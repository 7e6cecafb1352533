import { Body, Controller, Get, Param, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { unitParam } from '../admin/admin-access';
import { Authorize } from '../auth/authorize.decorator';
import { ApiProblems, COMMAND, WITH_BODY } from '../platform/api-problems';
import { etagOf } from '../platform/if-match';
import { CommuneGroupBook, type UnitRegionRead } from './commune-group-book';
import { COMMUNE_READERS } from './commune-groups.controller';
import { AssignUnitRegionRequest, UnitRegionResponse } from './dto/unit-region.dto';

/** QĐ 318/QĐ-TTg: the region the 2021–2025 thresholds vary by; the provincial coordinator corrects the register's. */
@ApiTags('communes')
@ApiBearerAuth()
@Controller('communes/:code/region')
export class CommuneRegionController {
  constructor(private readonly book: CommuneGroupBook) {}

  @Get()
  @Authorize({ roles: COMMUNE_READERS, scope: unitParam })
  @ApiOperation({ summary: 'Vùng của xã (bộ tiêu chí 2021–2025) (a commune’s region)' })
  @ApiOkResponse({ type: UnitRegionResponse })
  @ApiProblems(404)
  async get(@Param('code') code: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRegionResponse> {
    return answer(code, await this.book.region(code), reply);
  }

  @Put()
  @Authorize({ roles: ['province-coordinator'], scope: unitParam })
  @ApiOperation({ summary: 'Xếp vùng cho xã (ghi sự kiện UnitRegionAssigned); hồ sơ đã nộp giữ vùng đã ghi khi nộp' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'If-Match', required: false, description: 'W/"<phiên bản>" đã xem; khác → 412' })
  @ApiOkResponse({ type: UnitRegionResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async assign(
    @Param('code') code: string,
    @Body() body: AssignUnitRegionRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitRegionResponse> {
    return answer(code, await this.book.assignRegion(request, code, body), reply);
  }
}

function answer(unitCode: string, read: UnitRegionRead, reply: FastifyReply): UnitRegionResponse {
  reply.header('etag', etagOf(read.version));
  return { unitCode, region: read.region, version: read.version };
}
