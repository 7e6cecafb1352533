import { Body, Controller, HttpCode, Param, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

import { Authorize } from '../auth/authorize.decorator';
import { VersionEtagInterceptor } from '../dossiers/version-etag.interceptor';
import { ApiProblems, COMMAND, WITH_BODY } from '../platform/api-problems';
import { STREAMED_BODY, UPLOAD_CONTENT_TYPES } from '../platform/file-uploads';
import { CorrectionDto, ResponseDto } from './dto/response.dto';
import { ImportOutcomeResponse, SurveyOutcomeResponse } from './dto/survey.response';
import { ImportQueryDto } from './dto/import.dto';
import { CampaignId, DossierId, SURVEY_WRITE } from './survey-campaigns.controller';
import { SurveyCommands } from './survey-commands';
import { SurveyImports, type ImportOutcome } from './survey-imports';
import type { SurveyOutcome } from './survey-store';

/** Households' answers: entered one by one, corrected with a reason, or imported from paper tallies. */
@ApiTags('surveys')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('dossiers/:dossierId/survey-campaigns/:campaignId')
@UseInterceptors(VersionEtagInterceptor)
export class SurveyResponsesController {
  constructor(
    private readonly commands: SurveyCommands,
    private readonly imports: SurveyImports,
  ) {}

  @Post('responses')
  @HttpCode(200)
  @Authorize(SURVEY_WRITE)
  @ApiOperation({ summary: 'Ghi phiếu của một hộ (mã hộ, thôn, trả lời từng câu); hộ đã trả lời → 409' })
  @ApiOkResponse({ type: SurveyOutcomeResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  record(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @CampaignId() campaignId: string,
    @Body() body: ResponseDto,
  ): Promise<SurveyOutcome> {
    return this.commands.run(r, id, campaignId, (metadata) => ({ type: 'RecordSurveyResponse', data: body, metadata }));
  }

  @Post('responses/:householdCode/correction')
  @HttpCode(200)
  @Authorize(SURVEY_WRITE)
  @ApiOperation({ summary: 'Chỉnh sửa phiếu của một hộ, có lý do (thay thế phiếu trước)' })
  @ApiOkResponse({ type: SurveyOutcomeResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  correct(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @CampaignId() campaignId: string,
    @Param('householdCode') householdCode: string,
    @Body() body: CorrectionDto,
  ): Promise<SurveyOutcome> {
    return this.commands.run(r, id, campaignId, (metadata) => ({
      type: 'CorrectSurveyResponse',
      data: { ...body, householdCode },
      metadata,
    }));
  }

  @Post('imports')
  @HttpCode(200)
  @Authorize(SURVEY_WRITE)
  // Read as it arrives: a commune's 50,000 rows are checked row by row, never held as a whole file.
  @RouteConfig(STREAMED_BODY)
  @ApiConsumes(...UPLOAD_CONTENT_TYPES)
  @ApiBody({ description: 'Tệp CSV (UTF-8) hoặc XLSX: ma_ho, ma_thon, một cột mỗi câu hỏi (1/0), ly_do_<câu>' })
  @ApiOperation({
    summary:
      'Nhập phiếu giấy từ tệp: báo cáo từng dòng; có dòng lỗi thì không nhập gì, trừ khi chọn chỉ nhập dòng hợp lệ',
  })
  @ApiOkResponse({ type: ImportOutcomeResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  upload(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @CampaignId() campaignId: string,
    @Query() query: ImportQueryDto,
    @Body() bytes: AsyncIterable<Uint8Array>,
  ): Promise<ImportOutcome> {
    return this.imports.import(r, id, campaignId, {
      bytes,
      name: query.fileName,
      validRowsOnly: query.validRowsOnly === 'true',
    });
  }
}
