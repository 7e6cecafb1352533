import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Principal } from '@ntm/auth';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { PageQueryDto } from './dossier-queries.dto';
import { WorkQueuesQuery } from './work-queues.query';

@ApiTags('work-queues')
@ApiBearerAuth()
@Controller('work-queues')
export class WorkQueuesController {
  constructor(private readonly queues: WorkQueuesQuery) {}

  @Get('department')
  @Authorize({ roles: ['department-appraiser'] })
  @ApiOperation({ summary: 'Tiêu chí giao cho sở, theo hạn thẩm định (department work queue)' })
  department(@CurrentPrincipal() principal: Principal, @Query() page: PageQueryDto) {
    return this.queues.department(principal, page);
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
  council(@CurrentPrincipal() principal: Principal, @Query() page: PageQueryDto) {
    return this.queues.council(principal, page);
  }

  @Get('commune')
  @Authorize({ roles: ['commune-officer', 'auditor'] })
  @ApiOperation({ summary: 'Việc xã cần làm: bổ sung, ý kiến chưa trả lời, bước tiếp theo (commune queue)' })
  commune(@CurrentPrincipal() principal: Principal, @Query() page: PageQueryDto) {
    return this.queues.commune(principal, page);
  }

  @Get('coordinator')
  @Authorize({ roles: ['province-coordinator', 'district-coordinator', 'auditor'] })
  @ApiOperation({ summary: 'Tiêu chí quá hạn, hồ sơ chờ giao hoặc tổng hợp (coordinator queue)' })
  coordinator(@CurrentPrincipal() principal: Principal, @Query() { limit }: PageQueryDto) {
    return this.queues.coordinator(principal, limit);
  }
}
