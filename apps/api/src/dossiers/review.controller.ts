import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { Authorize } from '../auth/authorize.decorator';
import { principalOf } from '../auth/request-principal';
import { DossierCommands } from './dossier-commands';
import { criterionDepartment, dossierUnit } from './dossier-lookup';
import { ReasonDto } from './dto/filing.dto';
import { AppraisalDto, DeadlineExtensionDto, SupplementDto, TierDto } from './dto/review.dto';
import { VersionEtagInterceptor } from './version-etag.interceptor';

const appraiser = { roles: ['department-appraiser'], scope: dossierUnit, department: criterionDepartment } as const;
const coordinator = { roles: ['province-coordinator', 'district-coordinator'], scope: dossierUnit } as const;
const Id = () => Param('dossierId', new ParseUUIDPipe());
const Criterion = () => Param('criterionId');

/** Thẩm tra / thẩm định: each department on the criteria assigned to it; coordinators consolidate. */
@ApiTags('dossiers')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@ApiHeader({ name: 'If-Match', required: false })
@Controller('dossiers/:dossierId')
@UseInterceptors(VersionEtagInterceptor)
export class ReviewController {
  constructor(private readonly commands: DossierCommands) {}

  @Post('criteria/:criterionId/appraisal')
  @HttpCode(200)
  @Authorize(appraiser)
  @ApiOperation({ summary: 'Sở được phân công kết luận tiêu chí: đạt / không đạt, kèm nhận xét' })
  appraise(
    @Req() r: FastifyRequest,
    @Id() id: string,
    @Criterion() criterionId: string,
    @Body() body: AppraisalDto,
  ): Promise<CommandOutcome> {
    const department = principalOf(r).department ?? '';
    return this.commands.run(r, id, (metadata) => ({
      type: 'AppraiseCriterion',
      data: { criterionId, department, ...body },
      metadata,
    }));
  }

  @Post('criteria/:criterionId/supplement-requests')
  @HttpCode(200)
  @Authorize(appraiser)
  @ApiOperation({ summary: 'Yêu cầu xã bổ sung hồ sơ cho tiêu chí (thời gian bổ sung không tính vào thời hạn)' })
  requestSupplement(
    @Req() r: FastifyRequest,
    @Id() id: string,
    @Criterion() criterionId: string,
    @Body() body: ReasonDto,
  ): Promise<CommandOutcome> {
    const department = principalOf(r).department ?? '';
    return this.commands.run(r, id, (metadata) => ({
      type: 'RequestSupplement',
      data: { criterionId, department, ...body },
      metadata,
    }));
  }

  @Post('criteria/:criterionId/supplements')
  @HttpCode(200)
  @Authorize({ roles: ['commune-officer'], scope: dossierUnit })
  @ApiOperation({ summary: 'Xã bổ sung minh chứng (có thể điều chỉnh giá trị chỉ tiêu)' })
  supplement(
    @Req() r: FastifyRequest,
    @Id() id: string,
    @Criterion() criterionId: string,
    @Body() body: SupplementDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({
      type: 'ProvideSupplement',
      data: { criterionId, ...body },
      metadata,
    }));
  }

  @Post('criteria/:criterionId/deadline-extensions')
  @HttpCode(200)
  @Authorize(coordinator)
  @ApiOperation({ summary: 'Gia hạn thời hạn thẩm định một tiêu chí' })
  extend(
    @Req() r: FastifyRequest,
    @Id() id: string,
    @Criterion() criterionId: string,
    @Body() body: DeadlineExtensionDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({
      type: 'ExtendDeadline',
      data: { criterionId, ...body },
      metadata,
    }));
  }

  @Post('review-step/completion')
  @HttpCode(200)
  @Authorize(coordinator)
  @ApiOperation({ summary: 'Văn phòng điều phối tổng hợp kết quả thẩm tra / thẩm định' })
  complete(@Req() r: FastifyRequest, @Id() id: string, @Body() body: TierDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'CompleteReviewStep', data: body, metadata }));
  }
}
