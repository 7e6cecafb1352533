import { Controller, Get, Inject, Param, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

import type { Principal } from '@ntm/auth';

import { notFound } from '../auth/auth.problems';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { VisibleUnits } from '../dossier-queries/visible-units';
import { ApiProblems } from '../platform/api-problems';
import { ProblemException } from '../platform/problem.exception';
import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import { verificationUrl } from './public-pages.controller';
import { PublicDecisions } from './public-decisions.query';
import { PublicVerificationResponse } from './public-verification.response';
import { verificationQr } from './verification-qr';

/** The public code of a recognition, for whoever prints its decision (issue #20). */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class PublicVerificationController {
  constructor(
    private readonly decisions: PublicDecisions,
    private readonly visibleUnits: VisibleUnits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/public-verification')
  @Authorize({ roles: ['approver', 'province-coordinator', 'district-coordinator', 'commune-officer', 'auditor'] })
  @ApiOperation({ summary: 'Mã xác minh công khai và mã QR của quyết định công nhận (public verification code)' })
  @ApiOkResponse({ type: PublicVerificationResponse })
  @ApiProblems(404)
  async code(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ): Promise<PublicVerificationResponse> {
    const dossier = await this.decisions.ofDossier(id);
    if (!dossier || !this.visibleUnits.of(principal).includes(dossier.unitCode)) throw notFound();
    const { decision } = dossier;
    if (!decision) throw notRecognised();
    const url = verificationUrl(this.config, request, decision.code);
    return { code: decision.code, url, qrSvg: await verificationQr(url), status: decision.status };
  }
}

function notRecognised(): ProblemException {
  return new ProblemException({
    code: 'not-recognised',
    status: 404,
    title: { vi: 'Hồ sơ chưa có quyết định công nhận', en: 'The dossier has no recognition decision' },
  });
}
