import { Body, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { CommandRoute, DossierCommandController, DossierId } from './command-route';
import { DossierCommands } from './dossier-commands';
import { dossierUnit } from './dossier-lookup';
import {
  ReviewRoundDto,
  AnnouncementDto,
  ResidentsConsultationDto,
  RevocationCaseResolutionDto,
  RevocationExplanationDto,
  RevocationVerificationDto,
} from './revocation.dto';

const commune = { roles: ['commune-officer'], scope: dossierUnit } as const;
/** QĐ 18/2022/QĐ-TTg, Điều 24: the province keeps the record of its recognised communes and runs revocations. */
const coordinator = { roles: ['province-coordinator'], scope: dossierUnit } as const;

/**
 * Periodic review and the steps of a revocation: review rounds, the coordinator's case, the
 * verification, the commune's residents' consultation and explanation, and the announcement (the proposal, council and decision
 * are in DecisionController).
 */
@DossierCommandController('dossiers/:dossierId')
export class RevocationController {
  constructor(private readonly commands: DossierCommands) {}

  @CommandRoute(
    'revocation-explanation',
    commune,
    'Xã giải trình về đề nghị thu hồi, kèm minh chứng (QĐ 18/2022/QĐ-TTg, Điều 24)',
  )
  explain(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Body() body: RevocationExplanationDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'ExplainRevocation', body);
  }

  @CommandRoute(
    'revocation-consultation',
    commune,
    'Xã ghi kết quả lấy ý kiến người dân về đề nghị thu hồi (Nghị định 131/2025/NĐ-CP, Điều 44), kèm biên bản',
  )
  consult(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Body() body: ResidentsConsultationDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'RecordResidentsConsultation', body);
  }

  @CommandRoute(
    'review-rounds',
    coordinator,
    'Rà soát định kỳ: ghi chỉ số hiện tại; tiêu chí dưới ngưỡng phát sinh đề nghị xem xét thu hồi',
  )
  reviewRound(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Body() body: ReviewRoundDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'RecordReviewRound', body);
  }

  @CommandRoute(
    'revocation-case/resolution',
    coordinator,
    'Điều phối viên mở thủ tục thu hồi từ đề nghị xem xét, hoặc đóng đề nghị có lý do',
  )
  async resolveCase(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Body() body: RevocationCaseResolutionDto,
  ): Promise<CommandOutcome> {
    const data =
      body.outcome === 'propose'
        ? { outcome: 'propose' as const, grounds: body.grounds ?? '', ...(await this.commands.proposalFacts(r)) }
        : { outcome: 'close' as const, reason: body.reason ?? '' };
    return this.commands.run(r, id, 'ResolveRevocationCase', data);
  }

  @CommandRoute(
    'revocation-verification',
    coordinator,
    'Kiểm tra, xác minh từng tiêu chí của đề nghị thu hồi, kèm minh chứng',
  )
  verify(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Body() body: RevocationVerificationDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'VerifyRevocation', body);
  }

  @CommandRoute('revocation-announcement', coordinator, 'Công bố quyết định thu hồi')
  announce(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: AnnouncementDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'AnnounceRevocation', body);
  }
}
