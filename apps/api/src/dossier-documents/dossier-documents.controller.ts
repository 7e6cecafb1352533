import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Principal } from '@ntm/auth';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { DOSSIER_READERS } from '../dossier-queries/dossier-queries.controller';
import { ApiProblems } from '../platform/api-problems';
import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import { verificationUrl } from '../public-verification/public-pages.controller';
import { DOCUMENT_KINDS, type DocumentKind, DossierDocumentsQuery } from './dossier-documents.query';

const PDF = 'application/pdf';

const DOCUMENT_FILES = DOCUMENT_KINDS.map((kind) => `${kind}.pdf`);

class DocumentParams {
  @IsString()
  id!: string;

  @IsIn(DOCUMENT_FILES, { message: `document: một trong ${DOCUMENT_FILES.join(', ')} (one of these)` })
  document!: string;
}

/** The procedure's documents as PDF (issue #21), for whoever may read the dossier. */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers/:id/documents')
export class DossierDocumentsController {
  constructor(
    private readonly documents: DossierDocumentsQuery,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':document')
  @Authorize({ roles: DOSSIER_READERS })
  @ApiOperation({
    summary:
      'Văn bản của quy trình (thể thức Nghị định 30/2020/NĐ-CP): quyết định công nhận hoặc thu hồi (có mã QR dẫn tới ' +
      'trang xác minh công khai), báo cáo thẩm định, biên bản họp hội đồng',
  })
  @ApiParam({ name: 'id', type: String, description: 'Mã hồ sơ' })
  @ApiParam({ name: 'document', enum: DOCUMENT_FILES })
  @ApiProduces(PDF)
  @ApiOkResponse({
    description: 'Tệp PDF; cùng các sự kiện thì cùng nội dung từng byte (SHA-256 kiểm lại được)',
    content: { [PDF]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 404)
  async document(
    @CurrentPrincipal() principal: Principal,
    @Param() { id, document }: DocumentParams,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const kind = document.replace(/\.pdf$/, '') as DocumentKind;
    const file = await this.documents.render(principal, id, kind, (code) =>
      verificationUrl(this.config, request, code),
    );
    await reply
      .header('content-type', PDF)
      .header('content-disposition', contentDisposition(file.fileName, { fallback: file.asciiFileName }))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-cache')
      .send(file.bytes);
  }
}
