import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { v4 as uuidv4 } from 'uuid';

import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { Authorize } from '../auth/authorize.decorator';
import { DossierCommands } from './dossier-commands';
import { dossierUnit } from './dossier-lookup';
import {
  AnswerDto,
  CommentDto,
  NoteDto,
  PostResultsDto,
  ReasonDto,
  SelfAssessmentDto,
  SubmissionDto,
  SurveyResultDto,
} from './dto/filing.dto';
import { VersionEtagInterceptor } from './version-etag.interceptor';

const commune = { roles: ['commune-officer'], scope: dossierUnit } as const;
const Id = () => Param('dossierId', new ParseUUIDPipe());

/** The commune's own work on its dossier, and the MTTQ's certified survey result. */
@ApiTags('dossiers')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@ApiHeader({ name: 'If-Match', required: false, description: 'W/"<phiên bản>" — 412 nếu hồ sơ đã thay đổi' })
@Controller('dossiers/:dossierId')
@UseInterceptors(VersionEtagInterceptor)
export class FilingController {
  constructor(private readonly commands: DossierCommands) {}

  @Post('self-assessment')
  @HttpCode(200)
  @Authorize(commune)
  @ApiOperation({ summary: 'Tự đánh giá: giá trị từng chỉ tiêu kèm minh chứng, tình trạng nợ đọng XDCB' })
  selfAssess(@Req() r: FastifyRequest, @Id() id: string, @Body() body: SelfAssessmentDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'RecordSelfAssessment', data: body, metadata }));
  }

  @Post('posting')
  @HttpCode(200)
  @Authorize(commune)
  @ApiOperation({ summary: 'Công khai kết quả để lấy ý kiến nhân dân' })
  post(@Req() r: FastifyRequest, @Id() id: string, @Body() body: PostResultsDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'PostResults', data: body, metadata }));
  }

  @Post('comments')
  @HttpCode(200)
  @Authorize(commune)
  @ApiOperation({ summary: 'Ghi nhận một ý kiến của người dân' })
  comment(@Req() r: FastifyRequest, @Id() id: string, @Body() body: CommentDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({
      type: 'RecordComment',
      data: { ...body, commentId: uuidv4() },
      metadata,
    }));
  }

  @Post('comments/:commentId/answer')
  @HttpCode(200)
  @Authorize(commune)
  @ApiOperation({ summary: 'Trả lời ý kiến' })
  answer(
    @Req() r: FastifyRequest,
    @Id() id: string,
    @Param('commentId') commentId: string,
    @Body() body: AnswerDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'AnswerComment', data: { commentId, ...body }, metadata }));
  }

  @Post('posting/closure')
  @HttpCode(200)
  @Authorize(commune)
  @ApiOperation({ summary: 'Kết thúc thời gian lấy ý kiến' })
  closePosting(@Req() r: FastifyRequest, @Id() id: string): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'CloseCommentPeriod', data: {}, metadata }));
  }

  @Post('survey-result')
  @HttpCode(200)
  @Authorize({ roles: ['survey-officer'], scope: dossierUnit })
  @ApiOperation({ summary: 'MTTQ xác nhận kết quả lấy ý kiến sự hài lòng (tỷ lệ do hệ thống tính)' })
  survey(@Req() r: FastifyRequest, @Id() id: string, @Body() body: SurveyResultDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'RecordSurveyResult', data: body, metadata }));
  }

  @Post('submissions')
  @HttpCode(200)
  @Authorize({ roles: ['commune-officer', 'district-coordinator'], scope: dossierUnit })
  @ApiOperation({ summary: 'Trình hồ sơ lên cấp tiếp theo của quy trình (huyện / tỉnh)' })
  submit(@Req() r: FastifyRequest, @Id() id: string, @Body() body: SubmissionDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'SubmitForReview', data: body, metadata }));
  }

  @Post('resubmission')
  @HttpCode(200)
  @Authorize(commune)
  @ApiOperation({ summary: 'Nộp lại hồ sơ bị trả (vòng mới, giữ lịch sử)' })
  resubmit(@Req() r: FastifyRequest, @Id() id: string, @Body() body: NoteDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'ResubmitDossier', data: body, metadata }));
  }

  @Post('withdrawal')
  @HttpCode(200)
  @Authorize(commune)
  @ApiOperation({ summary: 'Rút hồ sơ' })
  withdraw(@Req() r: FastifyRequest, @Id() id: string, @Body() body: ReasonDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'WithdrawDossier', data: body, metadata }));
  }
}
