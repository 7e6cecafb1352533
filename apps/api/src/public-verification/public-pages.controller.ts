import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { Public } from '../auth/authorize.decorator';
import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import { decisionPage } from './decision-page';
import { LatestCheckpoint } from './latest-checkpoint';
import { PublicPageFilter, unknownCode, unknownProvince } from './public-page.filter';
import { sendCacheable } from './public-page.reply';
import { PublicPageThrottler } from './public-page.throttler';
import { PublicDecisions } from './public-decisions.query';
import { PROVINCE_PAGE_SIZE, provincePage } from './province-page';
import { verificationQr } from './verification-qr';

/** Outside /api/v1 and the web application: `bootstrap.ts` and `web-app.ts` leave these paths here. */
export const PUBLIC_PAGES_PATH = 'xac-minh';
export const PUBLIC_PAGE_ROUTES = [`${PUBLIC_PAGES_PATH}/:code`, `${PUBLIC_PAGES_PATH}/tinh/:province`];

/** Where a printed code leads: the configured public address, else the one this request came to. */
export function verificationUrl(config: AppConfig, request: FastifyRequest, code: string): string {
  const base = config.PUBLIC_BASE_URL ?? `${request.protocol}://${request.host}`;
  return new URL(`/${PUBLIC_PAGES_PATH}/${code}`, base).toString();
}

/**
 * Anyone with the paper decision verifies it (issue #20): server-rendered HTML without script, so
 * any phone opens it; no login, no personal data; cacheable and rate-limited per address.
 */
@ApiExcludeController()
@Public()
@UseGuards(PublicPageThrottler)
@UseFilters(PublicPageFilter)
@Controller(PUBLIC_PAGES_PATH)
export class PublicPagesController {
  constructor(
    private readonly decisions: PublicDecisions,
    private readonly checkpoint: LatestCheckpoint,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('tinh/:province')
  async province(
    @Param('province') code: string,
    @Query('q') q: unknown,
    @Query('trang') trang: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const name = this.decisions.provinceName(code);
    if (!name) throw unknownProvince();
    const query = typeof q === 'string' ? q.trim().slice(0, 100) : '';
    const decisions = await this.decisions.inProvince(code, query);
    const pages = Math.max(1, Math.ceil(decisions.length / PROVINCE_PAGE_SIZE));
    const page = Math.min(pages, Math.max(1, Number.parseInt(typeof trang === 'string' ? trang : '1', 10) || 1));
    const body = provincePage({ province: { code, name }, query, page, decisions });
    const latest = Math.max(0, ...decisions.map((decision) => decision.updatedAt.getTime()));
    sendCacheable(request, reply, body, new Date(latest));
  }

  @Get(':code')
  async decision(@Param('code') code: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const decision = await this.decisions.byCode(code);
    if (!decision) throw unknownCode();
    const seal = await this.checkpoint.seal(decision.dossierId, decision.recognisedVersion);
    const url = verificationUrl(this.config, request, decision.code);
    const body = decisionPage(decision, seal, { url, svg: await verificationQr(url) });
    const sealedAt = seal ? Date.parse(seal.takenAt) : 0;
    sendCacheable(request, reply, body, new Date(Math.max(decision.updatedAt.getTime(), sealedAt)));
  }
}
