import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { unitParam } from '../admin/admin-access';
import { Authorize } from '../auth/authorize.decorator';
import { ApiProblems, COMMAND, WITH_BODY } from '../platform/api-problems';
import { etagOf } from '../platform/if-match';
import { COMMUNE_READERS } from './commune-groups.controller';
import { EarlierDecisionRequest, EarlierRecognitionsResponse } from './dto/earlier-recognition.dto';
import { type EarlierRecognitionsRead, RecognitionRegister } from './recognition-register';

/**
 * Recognitions decided on paper before this system: nâng cao needs a standing NTM recognition,
 * kiểu mẫu a standing nâng cao one, and many communes hold theirs only on paper. The provincial
 * coordinator records each one (an audited event); a registration counts it like one decided here.
 */
@ApiTags('communes')
@ApiBearerAuth()
@Controller('communes/:code/earlier-recognitions')
export class EarlierRecognitionsController {
  constructor(private readonly register: RecognitionRegister) {}

  @Get()
  @Authorize({ roles: COMMUNE_READERS, scope: unitParam })
  @ApiOperation({ summary: 'Quyết định công nhận của xã trước khi có hệ thống (earlier recognitions on paper)' })
  @ApiOkResponse({ type: EarlierRecognitionsResponse })
  @ApiProblems(404)
  async list(
    @Param('code') code: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EarlierRecognitionsResponse> {
    return answer(code, await this.register.earlier(code), reply);
  }

  @Post()
  @HttpCode(200)
  @Authorize({ roles: ['province-coordinator'], scope: unitParam })
  @ApiOperation({ summary: 'Ghi nhận một quyết định công nhận bản giấy (ghi sự kiện EarlierRecognitionRecorded)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'If-Match', required: false, description: 'W/"<phiên bản>" đã xem; khác → 412' })
  @ApiOkResponse({ type: EarlierRecognitionsResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async record(
    @Param('code') code: string,
    @Body() body: EarlierDecisionRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EarlierRecognitionsResponse> {
    return answer(code, await this.register.decide(request, 'RecordEarlierRecognition', code, body), reply);
  }

  /** A recognition revoked on paper no longer counts as a prerequisite. */
  @Post('revocations')
  @HttpCode(200)
  @Authorize({ roles: ['province-coordinator'], scope: unitParam })
  @ApiOperation({
    summary: 'Ghi nhận quyết định thu hồi một công nhận bản giấy (ghi sự kiện EarlierRecognitionRevoked)',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'If-Match', required: false, description: 'W/"<phiên bản>" đã xem; khác → 412' })
  @ApiOkResponse({ type: EarlierRecognitionsResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async revoke(
    @Param('code') code: string,
    @Body() body: EarlierDecisionRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EarlierRecognitionsResponse> {
    return answer(code, await this.register.decide(request, 'RevokeEarlierRecognition', code, body), reply);
  }
}

function answer(unitCode: string, read: EarlierRecognitionsRead, reply: FastifyReply): EarlierRecognitionsResponse {
  reply.header('etag', etagOf(read.version));
  return { unitCode, recognitions: [...read.recognitions], version: read.version };
}
