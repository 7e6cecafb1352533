import { Body, Param, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { v4 as uuidv4 } from 'uuid';

import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { CommandRoute, DossierCommandController, DossierId } from './command-route';
import { DossierCommands } from './dossier-commands';
import { dossierUnit } from './dossier-lookup';
import { EvidenceDto } from './dto/shared.dto';
import {
  AnswerDto,
  CommentDto,
  DetachDocumentDto,
  NoteDto,
  PostResultsDto,
  ReasonDto,
  SelfAssessmentDto,
  SubmissionDto,
  SurveyResultDto,
} from './dto/filing.dto';

const commune = { roles: ['commune-officer'], scope: dossierUnit } as const;

/** The commune's own work on its dossier, and the MTTQ's certified survey result. */
@DossierCommandController('dossiers/:dossierId')
export class FilingController {
  constructor(private readonly commands: DossierCommands) {}

  @CommandRoute(
    'self-assessment',
    commune,
    'Tự đánh giá: giá trị từng chỉ tiêu kèm minh chứng, tình trạng nợ đọng XDCB',
  )
  selfAssess(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Body() body: SelfAssessmentDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'RecordSelfAssessment', body);
  }

  @CommandRoute('posting', commune, 'Công khai kết quả để lấy ý kiến nhân dân')
  post(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: PostResultsDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'PostResults', body);
  }

  @CommandRoute('comments', commune, 'Ghi nhận một ý kiến của người dân')
  comment(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: CommentDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'RecordComment', { ...body, commentId: uuidv4() });
  }

  @CommandRoute('comments/:commentId/answer', commune, 'Trả lời ý kiến')
  answer(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Param('commentId') commentId: string,
    @Body() body: AnswerDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'AnswerComment', { commentId, ...body });
  }

  @CommandRoute('posting/closure', commune, 'Kết thúc thời gian lấy ý kiến')
  closePosting(@Req() r: FastifyRequest, @DossierId() id: string): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'CloseCommentPeriod', {});
  }

  @CommandRoute(
    'survey-result',
    { roles: ['survey-officer'], scope: dossierUnit },
    'MTTQ xác nhận kết quả lấy ý kiến sự hài lòng (tỷ lệ do hệ thống tính)',
  )
  survey(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: SurveyResultDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'RecordSurveyResult', body);
  }

  @CommandRoute(
    'submissions',
    { roles: ['commune-officer', 'district-coordinator'], scope: dossierUnit },
    'Trình hồ sơ lên cấp tiếp theo của quy trình (huyện / tỉnh)',
  )
  submit(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: SubmissionDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'SubmitForReview', body);
  }

  @CommandRoute(
    'submission-documents/:documentId',
    commune,
    'Đính kèm một tệp cho một tài liệu của hồ sơ đề nghị (QĐ 18/2022/QĐ-TTg, Điều 7), trước khi trình',
  )
  attachDocument(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Param('documentId') documentId: string,
    @Body() file: EvidenceDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'AttachSubmissionDocument', {
      documentId,
      file: { sha256: file.sha256, name: file.name },
    });
  }

  @CommandRoute(
    'submission-documents/:documentId/detachment',
    commune,
    'Gỡ một tệp khỏi một tài liệu của hồ sơ đề nghị, trước khi trình',
  )
  detachDocument(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Param('documentId') documentId: string,
    @Body() { sha256 }: DetachDocumentDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'DetachSubmissionDocument', { documentId, sha256 });
  }

  @CommandRoute('resubmission', commune, 'Nộp lại hồ sơ bị trả (vòng mới, giữ lịch sử)')
  resubmit(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: NoteDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'ResubmitDossier', body);
  }

  @CommandRoute('withdrawal', commune, 'Rút hồ sơ')
  withdraw(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: ReasonDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'WithdrawDossier', body);
  }
}
