import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { Authenticated, Authorize } from '../auth/authorize.decorator';
import { ApiProblems, COMMAND, WITH_BODY } from '../platform/api-problems';
import { etagOf } from '../platform/if-match';
import { CataloguePublicationBook } from './catalogue-publication-book';
import { CatalogueVersionBook } from './catalogue-version-book';
import { publicationsView, versionSummary, versionView } from './catalogue-views';
import {
  CatalogueVersionResponse,
  CatalogueVersionSummary,
  ProvincePublicationsResponse,
  PublishCatalogueRequest,
} from './dto/catalogue.dto';
import { CatalogueListQuery } from './dto/catalogue-exchange.dto';

/** The province the publication is for; missing or malformed, validation answers with 400. */
function provinceInBody(request: FastifyRequest): string | undefined {
  const province = (request.body as { province?: unknown } | undefined)?.province;
  return typeof province === 'string' ? province : undefined;
}

/**
 * The criteria catalogue, read-only (sets, criteria, indicators, value kinds, thresholds by region
 * or group), and its publication: a draft version receives dossiers in a province only once the
 * province's administrator publishes it there with its legal reference.
 */
@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueController {
  constructor(
    private readonly publications: CataloguePublicationBook,
    private readonly versions: CatalogueVersionBook,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'Các phiên bản danh mục tiêu chí (catalogue versions) và trạng thái; với province: cả danh mục của tỉnh',
  })
  @ApiOkResponse({ type: [CatalogueVersionSummary] })
  @ApiProblems(404)
  async list(@Query() query: CatalogueListQuery): Promise<CatalogueVersionSummary[]> {
    return (await this.versions.listed(query.province)).map((version) => versionSummary(version));
  }

  @Get('publications/:code')
  @Authenticated()
  @ApiOperation({ summary: 'Danh mục dự thảo tỉnh đã công bố áp dụng (a province’s publications)' })
  @ApiOkResponse({ type: ProvincePublicationsResponse })
  @ApiProblems(404)
  async provincePublications(
    @Param('code') code: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProvincePublicationsResponse> {
    const read = await this.publications.readProvince(code);
    reply.header('etag', etagOf(read.version));
    return publicationsView(code, read);
  }

  @Get(':catalogueVersion')
  @Authenticated()
  @ApiOperation({
    summary: 'Một phiên bản danh mục đầy đủ, chỉ đọc (one catalogue version, read-only), cả danh mục của tỉnh',
  })
  @ApiOkResponse({ type: CatalogueVersionResponse })
  @ApiProblems(404)
  async version(@Param('catalogueVersion') id: string): Promise<CatalogueVersionResponse> {
    return versionView(await this.versions.find(id));
  }

  @Post(':catalogueVersion/publications')
  @HttpCode(200)
  @Authorize({ roles: ['administrator'], scope: provinceInBody })
  @ApiOperation({ summary: 'Tỉnh công bố áp dụng một danh mục dự thảo (ghi sự kiện CatalogueVersionPublished)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: ProvincePublicationsResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async publish(
    @Param('catalogueVersion') catalogueVersion: string,
    @Body() body: PublishCatalogueRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProvincePublicationsResponse> {
    const data = { ...body, catalogueVersion };
    const read = await this.publications.publish(request, { type: 'PublishCatalogueVersion', data });
    reply.header('etag', etagOf(read.version));
    return publicationsView(body.province, read);
  }
}
