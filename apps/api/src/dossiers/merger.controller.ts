import { Body, Inject, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import { type AdministrativeUnits } from '@ntm/units';
import type { UnitRef } from '@ntm/domain';
import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { ProblemException } from '../platform/problem.exception';
import { CommandRoute, DossierCommandController, DossierId } from './command-route';
import { DossierCommands } from './dossier-commands';
import { dossierOf, dossierUnit } from './dossier-lookup';
import { dossierNotFound } from './dossier-gateway';
import { CarryOverDto, CloseOnMergerDto } from './merger.dto';

const coordinator = { roles: ['province-coordinator'], scope: dossierUnit } as const;

/** 2025 reorganisation: the coordinator carries a merged commune's open dossier over, or closes it. */
@DossierCommandController('dossiers/:dossierId/merger')
export class MergerController {
  constructor(
    private readonly commands: DossierCommands,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  @CommandRoute('carry-over', coordinator, 'Chuyển hồ sơ của xã đã sáp nhập sang xã mới hình thành từ xã đó')
  async carryOver(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Body() body: CarryOverDto,
  ): Promise<CommandOutcome> {
    const successor = await this.successorOf(r, body.successorUnit);
    return this.commands.run(r, id, 'CarryOverDossier', { successor, note: body.note });
  }

  @CommandRoute('closure', coordinator, 'Đóng hồ sơ của xã đã sáp nhập, ghi rõ lý do')
  async close(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @Body() body: CloseOnMergerDto,
  ): Promise<CommandOutcome> {
    const successor = await this.successorOf(r, body.successorUnit);
    return this.commands.run(r, id, 'CloseOnMerger', { successor, reason: body.reason });
  }

  /** The successor must list the dossier's unit among the units it was formed from (units data). */
  private async successorOf(request: FastifyRequest, code: string): Promise<UnitRef> {
    const { summary } = await dossierOf(request);
    if (!summary) throw dossierNotFound();
    const successor = this.units.get(code);
    if (!successor?.predecessors.includes(summary.unit.code) || successor.level !== summary.unit.kind) {
      throw new ProblemException({
        code: 'merger.not-a-successor',
        status: 422,
        title: { vi: 'Đơn vị không kế thừa đơn vị của hồ sơ', en: 'The unit is not a successor of the dossier’s unit' },
        detail: {
          vi: `${code} không được hình thành từ ${summary.unit.code} theo dữ liệu sắp xếp đơn vị hành chính.`,
          en: `${code} was not formed from ${summary.unit.code} in the reorganisation data.`,
        },
        errors: [{ field: 'successorUnit', reason: `không hình thành từ ${summary.unit.code} (not formed from it)` }],
      });
    }
    return { code: successor.code, kind: summary.unit.kind };
  }
}
