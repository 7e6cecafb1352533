import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { type CatalogueDiff, type CatalogueVersion, criteriaSheet, diffCatalogues } from '@ntm/catalogue';

import { Authenticated, Authorize } from '../auth/authorize.decorator';
import { ApiProblems, COMMAND, WITH_BODY } from '../platform/api-problems';
import { DOMAIN_OBJECT } from '../platform/api-schemas';
import { XLSX_CONTENT_TYPE } from '../platform/file-uploads';
import { CatalogueImports } from './catalogue-imports';
import { CatalogueVersionBook } from './catalogue-version-book';
import { versionView } from './catalogue-views';
import { writeWorkbook } from './catalogue-workbook';
import { CatalogueVersionResponse } from './dto/catalogue.dto';
import { CatalogueDiffQuery, CatalogueDiffResponse, ImportCatalogueQuery } from './dto/catalogue-exchange.dto';

const BINARY = { schema: { type: 'string', format: 'binary' } } as const;

/** The province the import is for; missing or malformed, validation answers with 400. */
function provinceInQuery(request: FastifyRequest): string | undefined {
  const province = (request.query as { province?: unknown } | undefined)?.province;
  return typeof province === 'string' ? province : undefined;
}

/**
 * A catalogue version in and out: the provinces' sheet (XLSX) and the whole document (JSON), a
 * province's own version imported as a draft, and what changed between two versions.
 */
@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueExchangeController {
  constructor(
    private readonly versions: CatalogueVersionBook,
    private readonly imports: CatalogueImports,
  ) {}

  @Get('diff')
  @Authenticated()
  @ApiOperation({ summary: 'So sánh hai phiên bản: tiêu chí, chỉ tiêu thêm, bỏ, đổi tên; ngưỡng đổi theo vùng/nhóm' })
  @ApiOkResponse({ type: CatalogueDiffResponse })
  @ApiProblems(404)
  async diff(@Query() query: CatalogueDiffQuery): Promise<CatalogueDiff> {
    const [from, to] = await Promise.all([this.versions.find(query.from), this.versions.find(query.to)]);
    return diffCatalogues(from, to);
  }

  @Get(':catalogueVersion/workbook')
  @Authenticated()
  @Header('content-type', XLSX_CONTENT_TYPE)
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOperation({ summary: 'Xuất danh mục ra tệp XLSX: một trang tiêu chí, chỉ tiêu, ngưỡng theo vùng/nhóm' })
  @ApiOkResponse({ description: 'Trang “Tiêu chí”, tiêu đề cột tiếng Việt', content: { [XLSX_CONTENT_TYPE]: BINARY } })
  @ApiProblems(404)
  async workbook(
    @Param('catalogueVersion') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const version = await this.versions.find(id);
    reply.header('content-disposition', `attachment; filename="danh-muc-${encodeURIComponent(version.id)}.xlsx"`);
    return writeWorkbook(criteriaSheet(version));
  }

  @Get(':catalogueVersion/document')
  @Authenticated()
  @ApiOperation({ summary: 'Xuất toàn bộ phiên bản danh mục (JSON), nhập lại được' })
  @ApiOkResponse({ schema: DOMAIN_OBJECT, description: 'Bộ tiêu chí, quy trình, Sở, phân công: như khi nhập' })
  @ApiProblems(404)
  async document(
    @Param('catalogueVersion') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CatalogueVersion> {
    const version = await this.versions.find(id);
    reply.header('content-disposition', `attachment; filename="danh-muc-${encodeURIComponent(version.id)}.json"`);
    return version;
  }

  @Post('imports')
  @HttpCode(201)
  @Authorize({ roles: ['administrator'], scope: provinceInQuery })
  @ApiOperation({
    summary:
      'Tỉnh nhập danh mục của tỉnh (XLSX hoặc JSON) trên một danh mục gốc: chỉ thêm và nâng ngưỡng; là dự thảo đến khi tỉnh công bố',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiConsumes('application/json', XLSX_CONTENT_TYPE)
  @ApiBody({
    description: 'JSON: toàn bộ phiên bản như khi xuất; XLSX: trang “Tiêu chí” như khi xuất',
    schema: { oneOf: [DOMAIN_OBJECT, BINARY.schema] },
  })
  @ApiCreatedResponse({ type: CatalogueVersionResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  async import(
    @Query() query: ImportCatalogueQuery,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CatalogueVersionResponse> {
    const version = await this.imports.import(request, query, body);
    reply.header('location', `/api/v1/catalogue/${version.id}`);
    return versionView(version);
  }
}
