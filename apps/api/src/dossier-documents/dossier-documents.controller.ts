import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiResponseOptions,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Principal } from '@ntm/auth';
import { PROCEDURE_DOCUMENTS, type ProcedureDocument } from '@ntm/documents';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { DOSSIER_READERS } from '../dossier-queries/dossier-queries.controller';
import { ApiProblems } from '../platform/api-problems';
import { PDF_CONTENT_TYPE } from '../platform/file-uploads';
import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import { verificationUrl } from '../public-verification/public-pages.controller';
import { DocumentGenerations } from './document-generations';
import { DOCUMENT_KINDS, DossierDocumentsQuery } from './dossier-documents.query';
import { DossierDocumentsResponse } from './dossier-documents.response';

const DOCUMENT_FILES = DOCUMENT_KINDS.map((kind) => `${kind}.pdf`);

const PDF_RESPONSE: ApiResponseOptions = {
  description:
    'Tệp PDF; cùng các sự kiện thì cùng nội dung từng byte. SHA-256 của tệp được ghi vào hồ sơ trước khi tệp ' +
    'được gửi đi (xem danh sách văn bản) và gửi kèm trong tiêu đề Repr-Digest (RFC 9530)',
  headers: { 'Repr-Digest': { description: 'sha-256=:<base64>:', schema: { type: 'string' } } },
  content: { [PDF_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } },
};

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
    private readonly generations: DocumentGenerations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Authorize({ roles: DOSSIER_READERS })
  @ApiOperation({
    summary: 'Các văn bản của hồ sơ: văn bản nào đã lập được, và SHA-256 của từng tệp đã phát ra (để đối chiếu bản in)',
  })
  @ApiParam({ name: 'id', type: String, description: 'Mã hồ sơ' })
  @ApiOkResponse({ type: DossierDocumentsResponse })
  @ApiProblems(404)
  async list(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DossierDocumentsResponse> {
    const [available, generated] = await Promise.all([
      this.documents.available(principal, id),
      this.generations.of(id),
    ]);
    return {
      dossierId: id,
      documents: DOCUMENT_KINDS.map((kind) => ({
        document: kind,
        file: `${kind}.pdf`,
        title: PROCEDURE_DOCUMENTS[kind].vi,
        available: available.includes(kind),
        editions: (generated.get(kind) ?? []).map(({ sha256, size, dossierVersion, generatedAt }) => ({
          sha256,
          size,
          dossierVersion,
          ...(generatedAt ? { generatedAt } : {}),
        })),
      })),
    };
  }

  @Get(':document')
  @Authorize({ roles: DOSSIER_READERS })
  @ApiOperation({
    summary:
      'Văn bản của quy trình (thể thức Nghị định 30/2020/NĐ-CP): quyết định công nhận hoặc thu hồi (có mã QR dẫn tới ' +
      'trang xác minh công khai), báo cáo thẩm định, biên bản họp hội đồng',
  })
  @ApiParam({ name: 'id', type: String, description: 'Mã hồ sơ' })
  @ApiParam({ name: 'document', enum: DOCUMENT_FILES })
  @ApiProduces(PDF_CONTENT_TYPE)
  @ApiOkResponse(PDF_RESPONSE)
  @ApiProblems(400, 404)
  async document(
    @CurrentPrincipal() principal: Principal,
    @Param() { id, document }: DocumentParams,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const kind = document.replace(/\.pdf$/, '') as ProcedureDocument;
    const file = await this.documents.render(principal, id, kind, (code) =>
      verificationUrl(this.config, request, code),
    );
    const { sha256, dossierVersion } = file;
    await this.generations.record(request, {
      dossierId: id,
      document: kind,
      sha256,
      size: file.bytes.length,
      dossierVersion,
    });
    await reply
      .header('content-type', PDF_CONTENT_TYPE)
      .header('repr-digest', `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`)
      .header('content-disposition', contentDisposition(file.fileName, { fallback: file.asciiFileName }))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-cache')
      .send(file.bytes);
  }
}
