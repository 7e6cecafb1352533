import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { Authorize } from '../auth/authorize.decorator';
import { principalOf } from '../auth/request-principal';
import { DossierCommands } from './dossier-commands';
import { dossierUnit } from './dossier-lookup';
import {
  CouncilDto,
  DecisionDto,
  RefusalDto,
  RevocationDecisionDto,
  RevocationProposalDto,
  TierDto,
  VoteDto,
} from './dto/review.dto';
import { VersionEtagInterceptor } from './version-etag.interceptor';

const secretary = { roles: ['council-secretary'], scope: dossierUnit } as const;
const approver = { roles: ['approver'], scope: dossierUnit } as const;
const Id = () => Param('dossierId', new ParseUUIDPipe());

/** Councils vote, the approver decides: recognition, refusal, revocation. */
@ApiTags('dossiers')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@ApiHeader({ name: 'If-Match', required: false })
@Controller('dossiers/:dossierId')
@UseInterceptors(VersionEtagInterceptor)
export class DecisionController {
  constructor(private readonly commands: DossierCommands) {}

  @Post('council')
  @HttpCode(200)
  @Authorize(secretary)
  @ApiOperation({ summary: 'Thư ký mở phiên họp hội đồng với danh sách thành viên' })
  open(@Req() r: FastifyRequest, @Id() id: string, @Body() body: CouncilDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'OpenCouncil', data: body, metadata }));
  }

  @Post('council/votes')
  @HttpCode(200)
  @Authorize({ roles: ['council-member', 'district-council-member'], scope: dossierUnit })
  @ApiOperation({ summary: 'Thành viên hội đồng bỏ phiếu (người đã thẩm định hồ sơ không được bỏ phiếu)' })
  vote(@Req() r: FastifyRequest, @Id() id: string, @Body() body: VoteDto): Promise<CommandOutcome> {
    const memberId = principalOf(r).userId;
    return this.commands.run(r, id, (metadata) => ({
      type: 'CastVote',
      data: { memberId, approve: body.approve, ...(body.comment ? { comment: body.comment } : {}) },
      metadata,
    }));
  }

  @Post('council/closure')
  @HttpCode(200)
  @Authorize(secretary)
  @ApiOperation({ summary: 'Kết thúc phiên họp: tính đủ túc số và tỷ lệ tán thành' })
  close(@Req() r: FastifyRequest, @Id() id: string, @Body() body: TierDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'CloseCouncil', data: body, metadata }));
  }

  @Post('decision')
  @HttpCode(200)
  @Authorize(approver)
  @ApiOperation({ summary: 'Quyết định công nhận (chỉ khi đủ tiêu chí, khảo sát đạt, hội đồng thông qua)' })
  decide(@Req() r: FastifyRequest, @Id() id: string, @Body() body: DecisionDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'IssueDecision', data: body, metadata }));
  }

  @Post('refusal')
  @HttpCode(200)
  @Authorize(approver)
  @ApiOperation({ summary: 'Trả hồ sơ, nêu lý do theo từng tiêu chí' })
  refuse(@Req() r: FastifyRequest, @Id() id: string, @Body() body: RefusalDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'RefuseDossier', data: body, metadata }));
  }

  @Post('revocation-proposal')
  @HttpCode(200)
  @Authorize({ roles: ['province-coordinator', 'district-coordinator'], scope: dossierUnit })
  @ApiOperation({ summary: 'Đề nghị thu hồi quyết định công nhận (QĐ 18/2022/QĐ-TTg, Điều 23)' })
  proposeRevocation(
    @Req() r: FastifyRequest,
    @Id() id: string,
    @Body() body: RevocationProposalDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'ProposeRevocation', data: body, metadata }));
  }

  @Post('revocation-decision')
  @HttpCode(200)
  @Authorize(approver)
  @ApiOperation({ summary: 'Quyết định thu hồi hoặc không thu hồi' })
  decideRevocation(
    @Req() r: FastifyRequest,
    @Id() id: string,
    @Body() body: RevocationDecisionDto,
  ): Promise<CommandOutcome> {
    const data =
      body.outcome === 'revoke'
        ? {
            outcome: 'revoke' as const,
            decisionNumber: body.decisionNumber ?? '',
            decisionDate: body.decisionDate ?? '',
            signer: body.signer ?? '',
          }
        : { outcome: 'dismiss' as const, reason: body.reason ?? '' };
    return this.commands.run(r, id, (metadata) => ({ type: 'DecideRevocation', data, metadata }));
  }
}
