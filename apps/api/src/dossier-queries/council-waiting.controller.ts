import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Principal } from '@ntm/auth';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { CouncilWaitingQuery } from './council-waiting.query';
import { CouncilWaitingPage } from './council.response';
import { PageQueryDto } from './dossier-queries.dto';

/** The secretary's side of the council agenda: what waits for a session (the sitting ones are GET work-queues/council). */
@ApiTags('work-queues')
@ApiBearerAuth()
@Controller('work-queues/council/waiting')
export class CouncilWaitingController {
  constructor(private readonly waiting: CouncilWaitingQuery) {}

  @Get()
  @Authorize({ roles: ['council-secretary', 'province-coordinator', 'district-coordinator', 'auditor'] })
  @ApiOperation({
    summary: 'Hồ sơ chờ thư ký triệu tập hội đồng: bước đã tổng hợp, mọi tiêu chí đạt; đề nghị thu hồi chờ hội đồng',
  })
  @ApiOkResponse({ type: CouncilWaitingPage })
  list(@CurrentPrincipal() principal: Principal, @Query() page: PageQueryDto) {
    return this.waiting.run(principal, page);
  }
}
