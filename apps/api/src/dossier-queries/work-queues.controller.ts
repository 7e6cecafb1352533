import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Principal } from '@ntm/auth';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { DepartmentQueueQueryDto, PageQueryDto } from './dossier-queries.dto';
import {
  CommuneQueuePage,
  CoordinatorQueueResponse,
  CouncilQueuePage,
  DepartmentQueuePage,
  PipelineList,
  RevocationQueueResponse,
} from './dossier-queries.response';
import { RevocationQueueQuery } from './revocation-queue.query';
import { WorkQueuesQuery } from './work-queues.query';

@ApiTags('work-queues')
@ApiBearerAuth()
@Controller('work-queues')
export class WorkQueuesController {
  constructor(
    private readonly queues: WorkQueuesQuery,
    private readonly revocations: RevocationQueueQuery,
  ) {}

  @Get('department')
  @Authorize({ roles: ['department-appraiser', 'district-appraiser'] })
  @ApiOperation({ summary: 'Tiêu chí giao cho sở / phòng ban cấp huyện, theo hạn (department or division work queue)' })
  @ApiOkResponse({ type: DepartmentQueuePage })
  department(@CurrentPrincipal() principal: Principal, @Query() query: DepartmentQueueQueryDto) {
    return this.queues.department(principal, query);
  }

  @Get('council')
  @Authorize({
    roles: [
      'council-member',
      'council-secretary',
      'district-council-member',
      'province-coordinator',
      'district-coordinator',
      'auditor',
    ],
  })
  @ApiOperation({ summary: 'Chương trình họp hội đồng (council agenda)' })
  @ApiOkResponse({ type: CouncilQueuePage })
  council(@CurrentPrincipal() principal: Principal, @Query() page: PageQueryDto) {
    return this.queues.council(principal, page);
  }

  @Get('commune')
  @Authorize({ roles: ['commune-officer', 'auditor'] })
  @ApiOperation({ summary: 'Việc xã cần làm: bổ sung, ý kiến chưa trả lời, bước tiếp theo (commune queue)' })
  @ApiOkResponse({ type: CommuneQueuePage })
  commune(@CurrentPrincipal() principal: Principal, @Query() page: PageQueryDto) {
    return this.queues.commune(principal, page);
  }

  @Get('coordinator')
  @Authorize({ roles: ['province-coordinator', 'district-coordinator', 'auditor'] })
  @ApiOperation({ summary: 'Tiêu chí quá hạn, hồ sơ chờ giao hoặc tổng hợp (coordinator queue)' })
  @ApiOkResponse({ type: CoordinatorQueueResponse })
  coordinator(@CurrentPrincipal() principal: Principal, @Query() { limit }: PageQueryDto) {
    return this.queues.coordinator(principal, limit);
  }

  @Get('revocations')
  @Authorize({ roles: ['province-coordinator', 'auditor'] })
  @ApiOperation({
    summary: 'Đề nghị xem xét thu hồi từ rà soát định kỳ, thủ tục thu hồi đang thực hiện, quyết định chưa công bố',
  })
  @ApiOkResponse({ type: RevocationQueueResponse })
  revocationQueue(@CurrentPrincipal() principal: Principal, @Query() { limit }: PageQueryDto) {
    return this.revocations.run(principal, limit);
  }

  @Get('pipeline')
  @Authorize({ roles: ['province-coordinator', 'district-coordinator', 'auditor'] })
  @ApiOperation({ summary: 'Số hồ sơ theo giai đoạn của quy trình (pipeline board)' })
  @ApiOkResponse({ type: PipelineList })
  async pipeline(@CurrentPrincipal() principal: Principal) {
    return { items: await this.queues.pipeline(principal) };
  }
}
