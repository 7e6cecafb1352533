import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { Authorize } from '../auth/authorize.decorator';
import { DossierCommands } from './dossier-commands';
import { dossierUnit } from './dossier-lookup';
import { RevocationExplanationDto } from './revocation.dto';
import { VersionEtagInterceptor } from './version-etag.interceptor';

const commune = { roles: ['commune-officer'], scope: dossierUnit } as const;
const Id = () => Param('dossierId', new ParseUUIDPipe());

/** The commune's part in a revocation (the proposal and decision are in DecisionController). */
@ApiTags('dossiers')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@ApiHeader({ name: 'If-Match', required: false, description: 'W/"<phiên bản>" — 412 nếu hồ sơ đã thay đổi' })
@Controller('dossiers/:dossierId')
@UseInterceptors(VersionEtagInterceptor)
export class RevocationController {
  constructor(private readonly commands: DossierCommands) {}

  @Post('revocation-explanation')
  @HttpCode(200)
  @Authorize(commune)
  @ApiOperation({ summary: 'Xã giải trình về đề nghị thu hồi, kèm minh chứng (QĐ 18/2022/QĐ-TTg, Điều 24)' })
  explain(@Req() r: FastifyRequest, @Id() id: string, @Body() body: RevocationExplanationDto): Promise<CommandOutcome> {
    return this.commands.run(r, id, (metadata) => ({ type: 'ExplainRevocation', data: body, metadata }));
  }
}
