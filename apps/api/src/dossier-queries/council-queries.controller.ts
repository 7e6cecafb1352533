import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Principal, Role } from '@ntm/auth';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { ApiProblems } from '../platform/api-problems';
import { CouncilQuery } from './council.query';
import { CouncilCandidates, CouncilResponse } from './council.response';

/** Those who sit on, record, follow or act on a council's outcome; the province council's secretary records it. */
const COUNCIL_READERS: readonly Role[] = [
  'council-member',
  'council-secretary',
  'district-council-member',
  'province-coordinator',
  'district-coordinator',
  'approver',
  'auditor',
];
/** The secretary; the district coordinator records the district council (three-tier). */
const SECRETARIES: readonly Role[] = ['council-secretary', 'district-coordinator'];

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers/:id/council')
export class CouncilQueriesController {
  constructor(private readonly council: CouncilQuery) {}

  @Get()
  @Authorize({ roles: COUNCIL_READERS })
  @ApiOperation({
    summary:
      'Hội đồng của hồ sơ: có được mở phiên không và vì sao, phiên hiện tại (ai đã bỏ phiếu, không bao giờ bỏ phiếu thế nào), túc số, tỷ lệ tán thành, các phiên trước',
  })
  @ApiOkResponse({ type: CouncilResponse })
  @ApiProblems(404)
  async view(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.council.run(principal, id);
    reply.header('ETag', `W/"${view.version}"`);
    return view;
  }

  @Get('candidates')
  @Authorize({ roles: SECRETARIES })
  @ApiOperation({
    summary: 'Người giữ vai trò thành viên hội đồng của cấp họp, để thư ký chọn (đánh dấu người đã thẩm định hồ sơ)',
  })
  @ApiOkResponse({ type: CouncilCandidates })
  @ApiProblems(404)
  async candidates(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return { items: await this.council.candidates(principal, id) };
  }
}
