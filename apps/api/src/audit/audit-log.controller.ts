import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { StoredEventLine } from '@ntm/audit';
import type { Principal } from '@ntm/auth';
import { dossierOfStream, HASH_CHAIN_AUDIT, type HashChainAudit, LOG_START, type VerifyResult } from '@ntm/event-store';

import { forbidden, notFound } from '../auth/auth.problems';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { AUDIT_READERS, AuditScope, VERIFIERS } from './audit-scope';
import { ApiProblems } from '../platform/api-problems';
import { EventSearchQuery, VerifyQuery } from './audit.dto';
import { EventSearchResponse, VerifyResponse } from './audit.response';
import { STORED_EVENTS } from './audit.tokens';
import { logCursor, logPositionOfCursor } from './log-cursor';
import type { StoredEvents } from './stored-events';

const PAGE = 100;

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditLogController {
  constructor(
    private readonly scope: AuditScope,
    @Inject(STORED_EVENTS) private readonly stored: StoredEvents,
    @Inject(HASH_CHAIN_AUDIT) private readonly audit: HashChainAudit,
  ) {}

  @Get('events')
  @Authorize({ roles: AUDIT_READERS })
  @ApiOperation({
    summary: 'Tìm sự kiện trên toàn bộ nhật ký (theo người thực hiện, thời gian), trong phạm vi quản lý',
    description:
      'Sự kiện của một hồ sơ (dossier-, dossier-notices-, audit-reads-) hiện khi đơn vị hoặc tỉnh đăng ký của hồ sơ thuộc phạm vi; sự kiện khác khi metadata.unit thuộc phạm vi.',
  })
  @ApiOkResponse({ type: EventSearchResponse })
  async search(
    @Query() query: EventSearchQuery,
    @CurrentPrincipal() caller: Principal,
  ): Promise<{ events: StoredEventLine[]; nextCursor: string | null }> {
    const limit = query.limit ?? PAGE;
    const { events, end } = await this.stored.search({
      actor: query.actor,
      from: query.from === undefined ? undefined : new Date(query.from),
      to: query.to === undefined ? undefined : new Date(query.to),
      after: query.cursor === undefined ? LOG_START : logPositionOfCursor(query.cursor),
      limit,
      units: this.scope.units(caller),
    });
    return { events, nextCursor: events.length === limit && end ? logCursor(end) : null };
  }

  @Get('verify')
  @Authorize({ roles: VERIFIERS })
  @ApiOperation({
    summary: 'Kiểm tra chuỗi băm: một luồng hồ sơ (trong phạm vi) hoặc toàn bộ nhật ký (chỉ quản trị viên)',
  })
  @ApiOkResponse({ type: VerifyResponse })
  @ApiProblems(404)
  async verify(@Query() query: VerifyQuery, @CurrentPrincipal() caller: Principal): Promise<VerifyResult> {
    if (query.stream === undefined) {
      if (caller.role !== 'administrator') {
        throw forbidden({
          vi: 'Chỉ quản trị viên kiểm tra toàn bộ nhật ký',
          en: 'Only administrators verify the whole log',
        });
      }
      return this.audit.verify();
    }
    const dossierId = dossierOfStream(query.stream);
    if (dossierId !== undefined) await this.scope.assertDossierInScope(caller, dossierId, VERIFIERS);
    else await this.assertStreamInScope(caller, query.stream);
    return this.audit.verify(query.stream);
  }

  /**
   * Other streams (accounts, commune groups, ...) by an administrator, when one of their events was
   * recorded within the administrator's jurisdiction (the search's rule): the count of events
   * checked in another province's account stream would tell that the account exists.
   */
  private async assertStreamInScope(caller: Principal, stream: string): Promise<void> {
    if (caller.role !== 'administrator') throw notFound();
    const scope = new Set(this.scope.units(caller, VERIFIERS));
    if (!(await this.stored.unitsOf(stream)).some((unit) => scope.has(unit))) throw notFound();
  }
}
