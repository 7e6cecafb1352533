import { Body, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { principalOf } from '../auth/request-principal';
import { CommandRoute, DossierCommandController, DossierId } from './command-route';
import { DecisionNumbers } from './decision-numbers';
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
import { AnnouncementDto } from './revocation.dto';
import { checkTierReach } from './tier-reach';

/** The province council's secretary; the district coordinator records the district council (three-tier). */
const secretary = { roles: ['council-secretary', 'district-coordinator'], scope: dossierUnit } as const;
const approver = { roles: ['approver'], scope: dossierUnit } as const;

/** Councils vote, the approver decides: recognition, refusal, revocation. */
@DossierCommandController('dossiers/:dossierId')
export class DecisionController {
  constructor(
    private readonly commands: DossierCommands,
    private readonly numbers: DecisionNumbers,
  ) {}

  @CommandRoute('council', secretary, 'Thư ký mở phiên họp hội đồng với danh sách thành viên')
  open(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: CouncilDto): Promise<CommandOutcome> {
    checkTierReach(r, body.tier);
    return this.commands.run(r, id, 'OpenCouncil', body);
  }

  @CommandRoute(
    'council/votes',
    { roles: ['council-member', 'district-council-member'], scope: dossierUnit },
    'Thành viên hội đồng bỏ phiếu (người đã thẩm định hồ sơ không được bỏ phiếu)',
  )
  vote(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: VoteDto): Promise<CommandOutcome> {
    const memberId = principalOf(r).userId;
    return this.commands.run(r, id, 'CastVote', {
      memberId,
      approve: body.approve,
      ...(body.comment ? { comment: body.comment } : {}),
    });
  }

  @CommandRoute('council/closure', secretary, 'Kết thúc phiên họp: tính đủ túc số và tỷ lệ tán thành')
  close(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: TierDto): Promise<CommandOutcome> {
    checkTierReach(r, body.tier);
    return this.commands.run(r, id, 'CloseCouncil', body);
  }

  @CommandRoute(
    'decision',
    approver,
    'Quyết định công nhận (chỉ khi đủ tiêu chí, khảo sát đạt, hội đồng thông qua); số quyết định lấy từ sổ của tỉnh trong năm: ' +
      'để trống thì cấp số tiếp theo, số đã cấp cho quyết định khác → 409 decision.number-taken',
  )
  decide(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: DecisionDto): Promise<CommandOutcome> {
    return this.numbers.sign(r, 'recognition', body, (decisionNumber) =>
      this.commands.run(r, id, 'IssueDecision', { ...body, decisionNumber }),
    );
  }

  @CommandRoute(
    'recognition-announcement',
    { roles: ['province-coordinator'], scope: dossierUnit },
    'Công bố quyết định công nhận (ngày, nơi công bố)',
  )
  announce(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: AnnouncementDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'AnnounceRecognition', body);
  }

  @CommandRoute('refusal', approver, 'Trả hồ sơ, nêu lý do theo từng tiêu chí')
  refuse(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: RefusalDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'RefuseDossier', body);
  }

  @CommandRoute(
    'revocation-proposal',
    { roles: ['province-coordinator', 'district-coordinator'], scope: dossierUnit },
    'Đề nghị thu hồi quyết định công nhận (QĐ 18/2022/QĐ-TTg, Điều 23)',
  )
  async proposeRevocation(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Body() body: RevocationProposalDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'ProposeRevocation', { ...body, ...(await this.commands.proposalFacts(r)) });
  }

  @CommandRoute(
    'revocation-decision',
    approver,
    'Quyết định thu hồi (số lấy từ sổ của tỉnh như quyết định công nhận) hoặc không thu hồi',
  )
  decideRevocation(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Body() body: RevocationDecisionDto,
  ): Promise<CommandOutcome> {
    if (body.outcome !== 'revoke')
      return this.commands.run(r, id, 'DecideRevocation', { outcome: 'dismiss', reason: body.reason ?? '' });
    const { decisionDate = '', signer = '' } = body;
    const ref = { decisionDate, ...(body.decisionNumber === undefined ? {} : { decisionNumber: body.decisionNumber }) };
    return this.numbers.sign(r, 'revocation', ref, (decisionNumber) =>
      this.commands.run(r, id, 'DecideRevocation', { outcome: 'revoke', decisionNumber, decisionDate, signer }),
    );
  }
}
