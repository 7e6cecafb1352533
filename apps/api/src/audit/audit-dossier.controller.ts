import { Controller, Get, Header, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { AuditState, StateDiff, TimelineEntry } from '@ntm/audit';
import type { Principal } from '@ntm/auth';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { AuditExport } from './audit-export.service';
import { AuditReads } from './audit-reads';
import { AUDIT_READERS, AuditScope } from './audit-scope';
import { ApiProblems } from '../platform/api-problems';
import { DiffQuery, StateQuery, TimelineQuery } from './audit.dto';
import { AuditStateResponse, StateDiffResponse, TimelineResponse } from './audit.response';
import { DossierHistory } from './dossier-history.service';
import { pointOf, stateQueryPoint } from './point';

const optionalDate = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

/**
 * An auditor's view of one dossier, straight from the event store. Every read is checked against
 * the dossier's jurisdiction (404 outside it) and recorded as an `AuditRead` before it is answered.
 */
@ApiTags('audit')
@ApiBearerAuth()
@ApiProblems(404)
@Controller('audit/dossiers/:id')
export class AuditDossierController {
  constructor(
    private readonly scope: AuditScope,
    private readonly history: DossierHistory,
    private readonly exports: AuditExport,
    private readonly reads: AuditReads,
  ) {}

  @Get('timeline')
  @Authorize({ roles: AUDIT_READERS })
  @ApiOperation({ summary: 'Toàn bộ diễn biến của hồ sơ (dossier timeline), kể cả thông báo nhắc hạn' })
  @ApiOkResponse({ type: TimelineResponse })
  async timeline(
    @Param('id') id: string,
    @Query() query: TimelineQuery,
    @CurrentPrincipal() caller: Principal,
    @Req() request: FastifyRequest,
  ): Promise<{ dossierId: string; events: TimelineEntry[] }> {
    await this.scope.assertDossierInScope(caller, id);
    const { from, to, ...rest } = query;
    const events = await this.history.timeline(id, { ...rest, from: optionalDate(from), to: optionalDate(to) });
    await this.reads.record(request, id, 'timeline', query);
    return { dossierId: id, events };
  }

  @Get('state')
  @Authorize({ roles: AUDIT_READERS })
  @ApiOperation({ summary: 'Trạng thái hồ sơ tại một thời điểm ghi (at) hoặc một phiên bản (version)' })
  @ApiOkResponse({ type: AuditStateResponse })
  async state(
    @Param('id') id: string,
    @Query() query: StateQuery,
    @CurrentPrincipal() caller: Principal,
    @Req() request: FastifyRequest,
  ): Promise<AuditState> {
    await this.scope.assertDossierInScope(caller, id);
    const state = await this.history.stateAt(id, stateQueryPoint(query));
    await this.reads.record(request, id, 'state', query);
    return state;
  }

  @Get('diff')
  @Authorize({ roles: AUDIT_READERS })
  @ApiOperation({ summary: 'Khác biệt giữa hai mốc (phiên bản hoặc thời điểm): tiêu chí, chỉ tiêu, trạng thái, vòng' })
  @ApiOkResponse({ type: StateDiffResponse })
  async diff(
    @Param('id') id: string,
    @Query() query: DiffQuery,
    @CurrentPrincipal() caller: Principal,
    @Req() request: FastifyRequest,
  ): Promise<StateDiff> {
    await this.scope.assertDossierInScope(caller, id);
    const diff = await this.history.diff(id, pointOf(query.from), pointOf(query.to));
    await this.reads.record(request, id, 'diff', query);
    return diff;
  }

  @Get('export')
  @Authorize({ roles: AUDIT_READERS })
  @Header('content-type', 'application/x-tar')
  @ApiProduces('application/x-tar')
  @ApiOperation({ summary: 'Xuất hồ sơ: events.jsonl + manifest.json + report.html trong một tệp .tar' })
  @ApiOkResponse({
    description: 'Kiểm tra ngoại tuyến: node tools/verify-archive.mjs <tệp>',
    content: { 'application/x-tar': { schema: { type: 'string', format: 'binary' } } },
  })
  async export(
    @Param('id') id: string,
    @CurrentPrincipal() caller: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    await this.scope.assertDossierInScope(caller, id);
    const { tar } = await this.exports.archive(id);
    await this.reads.record(request, id, 'export', {});
    reply.header('content-disposition', `attachment; filename="dossier-${encodeURIComponent(id)}.tar"`);
    return tar;
  }
}
