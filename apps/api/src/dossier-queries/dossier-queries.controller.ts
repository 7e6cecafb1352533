import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { type Principal, type Role, ROLES } from '@ntm/auth';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { AssessmentQuery } from './assessment.query';
import { AssessmentResponse } from './assessment.response';
import { DossierDetailQuery, ProjectionLagging } from './dossier-detail.query';
import { DossierListQuery } from './dossier-list.query';
import { ApiProblems } from '../platform/api-problems';
import { DossierDetailQueryDto, DossierListQueryDto } from './dossier-queries.dto';
import { DossierDetailResponse, DossierPage } from './dossier-queries.response';
import { SubmissionChecklistQuery } from './submission-checklist.query';
import { SubmissionChecklistResponse } from './submission-checklist.response';

/** Everyone in the procedure reads dossiers in their jurisdiction; administrators manage accounts, not dossiers. */
export const DOSSIER_READERS: readonly Role[] = ROLES.filter((role) => role !== 'administrator');

@ApiTags('dossiers')
@ApiBearerAuth()
@Authorize({ roles: DOSSIER_READERS })
@Controller('dossiers')
export class DossierQueriesController {
  constructor(
    private readonly list: DossierListQuery,
    private readonly detail: DossierDetailQuery,
    private readonly assessment: AssessmentQuery,
    private readonly checklist: SubmissionChecklistQuery,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách hồ sơ trong phạm vi (dossiers in the caller’s jurisdiction)' })
  @ApiOkResponse({ type: DossierPage })
  dossiers(@CurrentPrincipal() principal: Principal, @Query() filter: DossierListQueryDto) {
    return this.list.run(principal, filter);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Chi tiết hồ sơ và tình trạng từng tiêu chí; ETag = phiên bản (dossier detail)' })
  @ApiOkResponse({ type: DossierDetailResponse })
  @ApiProblems(404)
  async dossier(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query() { minVersion }: DossierDetailQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    try {
      const detail = await this.detail.run(principal, id, minVersion);
      reply.header('ETag', `W/"${detail.version}"`);
      return detail;
    } catch (error) {
      if (error instanceof ProjectionLagging) {
        reply.header('Retry-After', '1').header('Projection-Lag', String(error.versionsBehind));
      }
      throw error;
    }
  }

  @Get(':id/assessment')
  @ApiOperation({
    summary:
      'Hồ sơ tự đánh giá của vòng hiện tại: giá trị, minh chứng và ngưỡng từng chỉ tiêu, công khai, ý kiến, yêu cầu bổ sung',
  })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiProblems(404)
  async assessmentOf(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.assessment.run(principal, id);
    reply.header('ETag', `W/"${view.version}"`);
    return view;
  }

  @Get(':id/submission-checklist')
  @ApiOperation({
    summary:
      'Hồ sơ đề nghị (QĐ 18/2022/QĐ-TTg, Điều 7): từng tài liệu theo quy trình và cấp độ đã ghim, đã có / còn thiếu, với các tệp',
  })
  @ApiOkResponse({ type: SubmissionChecklistResponse })
  @ApiProblems(404)
  async submissionChecklistOf(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.checklist.run(principal, id);
    reply.header('ETag', `W/"${view.version}"`);
    return view;
  }
}
