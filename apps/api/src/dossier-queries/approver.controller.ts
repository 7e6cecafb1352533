import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Principal } from '@ntm/auth';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { ApiProblems } from '../platform/api-problems';
import { ApproverQueueQueryDto } from './approver-queue.dto';
import { ApproverQueueQuery } from './approver-queue.query';
import { ApproverQueuePage, DecisionBasisResponse } from './approver.response';
import { DecisionBasisQuery } from './decision-basis.query';

/** The approver's desk: what waits for a decision, and what each decision rests on. */
@ApiTags('work-queues')
@ApiBearerAuth()
@Controller()
export class ApproverController {
  constructor(
    private readonly queue: ApproverQueueQuery,
    private readonly basis: DecisionBasisQuery,
  ) {}

  @Get('work-queues/approver')
  @Authorize({ roles: ['approver', 'auditor'] })
  @ApiOperation({
    summary: 'Quyết định chờ ký: công nhận, trả hồ sơ, thu hồi, chờ lâu nhất trước (approver queue)',
  })
  @ApiOkResponse({ type: ApproverQueuePage })
  approverQueue(@CurrentPrincipal() principal: Principal, @Query() query: ApproverQueueQueryDto) {
    return this.queue.run(principal, query);
  }

  @Get('dossiers/:id/decision-basis')
  @Authorize({ roles: ['approver', 'province-coordinator', 'auditor'] })
  @ApiOperation({
    summary:
      'Căn cứ quyết định: khảo sát và ngưỡng, kết luận hội đồng, các bước thu hồi, lý do chưa thể ký (decision basis)',
  })
  @ApiOkResponse({ type: DecisionBasisResponse })
  @ApiProblems(404)
  decisionBasis(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.basis.run(principal, id);
  }
}
