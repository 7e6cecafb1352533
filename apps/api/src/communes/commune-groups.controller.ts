import { Body, Controller, Get, Param, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Role } from '@ntm/auth';

import { unitParam } from '../admin/admin-access';
import { Authorize } from '../auth/authorize.decorator';
import { ApiProblems, COMMAND, WITH_BODY } from '../platform/api-problems';
import { etagOf } from '../platform/if-match';
import { CommuneGroupBook } from './commune-group-book';
import { AssignCommuneGroupRequest, CommuneGroupsResponse } from './dto/commune-groups.dto';

/** Who reads a commune's groups and standing: those who plan, file or oversee its dossiers. */
export const COMMUNE_READERS: readonly Role[] = [
  'commune-officer',
  'province-coordinator',
  'approver',
  'auditor',
  'administrator',
];

/** QĐ 51/2025/QĐ-TTg: the provincial coordinator places each commune in group 1, 2 or 3. */
@ApiTags('communes')
@ApiBearerAuth()
@Controller('communes/:code/groups')
export class CommuneGroupsController {
  constructor(private readonly book: CommuneGroupBook) {}

  @Get()
  @Authorize({ roles: COMMUNE_READERS, scope: unitParam })
  @ApiOperation({ summary: 'Nhóm xã theo từng phiên bản danh mục (commune group per catalogue version)' })
  @ApiOkResponse({ type: CommuneGroupsResponse })
  @ApiProblems(404)
  async get(@Param('code') code: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const read = await this.book.read(code);
    reply.header('etag', etagOf(read.version));
    return CommuneGroupsResponse.of(code, read);
  }

  @Put(':catalogueVersion')
  @Authorize({ roles: ['province-coordinator'], scope: unitParam })
  @ApiOperation({
    summary: 'Xếp nhóm xã (ghi sự kiện CommuneGroupAssigned); hồ sơ đã nộp giữ nhóm đã ghi khi nộp',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'If-Match', required: false, description: 'W/"<phiên bản>" đã xem; khác → 412' })
  @ApiOkResponse({ type: CommuneGroupsResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async assign(
    @Param('code') code: string,
    @Param('catalogueVersion') catalogueVersion: string,
    @Body() body: AssignCommuneGroupRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const read = await this.book.assign(request, code, { catalogueVersion, ...body });
    reply.header('etag', etagOf(read.version));
    return CommuneGroupsResponse.of(code, read);
  }
}
