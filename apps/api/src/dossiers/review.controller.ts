import { Body, Param, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { CommandRoute, DossierCommandController, DossierId } from './command-route';
import { DossierCommands } from './dossier-commands';
import { criterionBodyToday, criterionDepartment, dossierUnit } from './dossier-lookup';
import { ReasonDto } from './dto/filing.dto';
import { AppraisalDto, DeadlineExtensionDto, SupplementDto, TierDto } from './dto/review.dto';
import { checkTierReach } from './tier-reach';

/**
 * Province departments appraise; district divisions verify (three-tier), each on the criteria
 * dispatched to it, or to the body it passed to in 2025 (its successor today).
 */
const appraiser = {
  roles: ['department-appraiser', 'district-appraiser'],
  scope: dossierUnit,
  department: criterionDepartment,
  routedTo: criterionBodyToday,
} as const;
const coordinator = { roles: ['province-coordinator', 'district-coordinator'], scope: dossierUnit } as const;
const Criterion = () => Param('criterionId');

/** Thẩm tra / thẩm định: each department on the criteria assigned to it; coordinators consolidate. */
@DossierCommandController('dossiers/:dossierId')
export class ReviewController {
  constructor(private readonly commands: DossierCommands) {}

  @CommandRoute(
    'criteria/:criterionId/appraisal',
    appraiser,
    'Sở được phân công kết luận tiêu chí: đạt / không đạt, kèm nhận xét',
  )
  async appraise(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Criterion() criterionId: string,
    @Body() body: AppraisalDto,
  ): Promise<CommandOutcome> {
    // The assignment fulfilled, as pinned: whoever acted for it (perhaps its successor) is in the metadata.
    const department = await criterionDepartment(r);
    return this.commands.run(r, id, 'AppraiseCriterion', { criterionId, department, ...body });
  }

  @CommandRoute(
    'criteria/:criterionId/supplement-requests',
    appraiser,
    'Yêu cầu xã bổ sung hồ sơ cho tiêu chí (thời gian bổ sung không tính vào thời hạn)',
  )
  async requestSupplement(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Criterion() criterionId: string,
    @Body() body: ReasonDto,
  ): Promise<CommandOutcome> {
    const department = await criterionDepartment(r);
    return this.commands.run(r, id, 'RequestSupplement', { criterionId, department, ...body });
  }

  @CommandRoute(
    'criteria/:criterionId/supplements',
    { roles: ['commune-officer'], scope: dossierUnit },
    'Xã bổ sung minh chứng (có thể điều chỉnh giá trị chỉ tiêu)',
  )
  supplement(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Criterion() criterionId: string,
    @Body() body: SupplementDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'ProvideSupplement', { criterionId, ...body });
  }

  @CommandRoute('criteria/:criterionId/deadline-extensions', coordinator, 'Gia hạn thời hạn thẩm định một tiêu chí')
  extend(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Criterion() criterionId: string,
    @Body() body: DeadlineExtensionDto,
  ): Promise<CommandOutcome> {
    return this.commands.run(r, id, 'ExtendDeadline', { criterionId, ...body });
  }

  @CommandRoute('review-step/completion', coordinator, 'Văn phòng điều phối tổng hợp kết quả thẩm tra / thẩm định')
  complete(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: TierDto): Promise<CommandOutcome> {
    checkTierReach(r, body.tier);
    return this.commands.run(r, id, 'CompleteReviewStep', body);
  }
}
