import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { ProjectionLag } from '@ntm/projections';

import { Authorize } from '../auth/authorize.decorator';
import { Projections } from './projections.service';

export interface ProjectionStatusDto {
  readonly projection: string;
  readonly eventsBehind: number;
  readonly secondsBehind: number;
  readonly checkpoint: { readonly transactionId: string; readonly globalPosition: number };
}

const toDto = ({ projection, eventsBehind, secondsBehind, checkpoint }: ProjectionLag): ProjectionStatusDto => ({
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
  async list(): Promise<{ items: ProjectionStatusDto[] }> {
    return { items: (await this.projections.lag()).map(toDto) };
  }

  @Post(':name/rebuild')
  @HttpCode(200)
  @ApiOperation({ summary: 'Dựng lại một mô hình đọc từ đầu (rebuild a read model from position 0)' })
  @ApiOkResponse({ description: '{ projection, eventsRead, lag }' })
  async rebuild(@Param('name') name: string) {
    const { projection, eventsRead, lag } = await this.projections.rebuild(name);
    return { projection, eventsRead, ...(lag ? { lag: toDto(lag) } : {}) };
  }
}
