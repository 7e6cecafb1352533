import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { ProjectionLag } from '@ntm/projections';

import { Authorize } from '../auth/authorize.decorator';
import { ApiProblems } from '../platform/api-problems';
import { ProjectionListResponse, type ProjectionStatusResponse, RebuildResponse } from './projections.response';
import { Projections } from './projections.service';

const toDto = ({ projection, eventsBehind, secondsBehind, checkpoint }: ProjectionLag): ProjectionStatusResponse => ({
  projection,
  eventsBehind,
  secondsBehind,
  checkpoint: { transactionId: checkpoint.transactionId, globalPosition: checkpoint.globalPosition },
});

@ApiTags('admin')
@ApiBearerAuth()
@Authorize({ roles: ['administrator'] })
@Controller('admin/projections')
export class ProjectionsAdminController {
  constructor(private readonly projections: Projections) {}

  @Get()
  @ApiOperation({ summary: 'Các mô hình đọc và độ trễ (read models and their lag)' })
  @ApiOkResponse({ type: ProjectionListResponse })
  async list(): Promise<{ items: ProjectionStatusResponse[] }> {
    return { items: (await this.projections.lag()).map(toDto) };
  }

  @Post(':name/rebuild')
  @HttpCode(200)
  @ApiOperation({ summary: 'Dựng lại một mô hình đọc từ đầu (rebuild a read model from position 0)' })
  @ApiOkResponse({ type: RebuildResponse })
  @ApiProblems(404)
  async rebuild(@Param('name') name: string): Promise<RebuildResponse> {
    const { projection, eventsRead, lag } = await this.projections.rebuild(name);
    return { projection, eventsRead, ...(lag ? { lag: toDto(lag) } : {}) };
  }
}
