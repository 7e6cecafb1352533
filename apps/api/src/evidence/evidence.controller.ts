import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Principal, Role } from '@ntm/auth';
import { EVIDENCE_MEDIA_TYPES } from '@ntm/documents';

import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/request-principal';
import { DOSSIER_READERS } from '../dossier-queries/dossier-queries.controller';
import { DossierId } from '../dossiers/command-route';
import { dossierUnit } from '../dossiers/dossier-lookup';
import { ApiProblems, WITH_BODY } from '../platform/api-problems';
import { EvidenceDownloads } from './evidence-downloads';
import { EvidenceUploads } from './evidence-uploads';
import { EvidenceFileResponse, EvidenceUploadQueryDto } from './evidence.dto';
import { STREAMED_BODY } from '../platform/file-uploads';
import { OCTET_STREAM } from './streamed-body';

/**
 * Who cites evidence in a command on the dossier uploads it: the commune (self-assessment,
 * supplements, explanations), the MTTQ (survey report), the province coordinator (verification).
 */
/** As uploaded (read from the bytes), or unknown for a file the dossier cites but did not receive. */
const SERVED_TYPES = [...EVIDENCE_MEDIA_TYPES, OCTET_STREAM];

const EVIDENCE_WRITERS: readonly Role[] = ['commune-officer', 'survey-officer', 'province-coordinator'];

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers/:dossierId/evidence')
export class EvidenceController {
  constructor(
    private readonly uploads: EvidenceUploads,
    private readonly downloads: EvidenceDownloads,
  ) {}

  @Post()
  @HttpCode(200)
  @Authorize({ roles: EVIDENCE_WRITERS, scope: dossierUnit })
  @RouteConfig(STREAMED_BODY)
  @ApiConsumes(OCTET_STREAM)
  @ApiBody({ description: 'Nội dung tệp (tối đa EVIDENCE_MAX_BYTES)', schema: { type: 'string', format: 'binary' } })
  @ApiOperation({
    summary:
      'Tải lên tệp minh chứng của hồ sơ; kiểu tệp đọc từ nội dung. Cùng nội dung gửi lại: lưu một lần, ghi một lần. ' +
      'Hồ sơ ở giai đoạn vai trò này không còn được nộp tệp → 409 evidence.dossier-closed. ' +
      'Khi bật quét (EVIDENCE_SCAN), tệp được quét trong lúc tải lên: nhiễm mã độc → 422 evidence.infected; ' +
      'không quét được → 503 evidence.scanner-unavailable; cả hai không lưu, không ghi gì',
  })
  @ApiOkResponse({ type: EvidenceFileResponse })
  @ApiProblems(...WITH_BODY, 404, 409, 422)
  upload(
    @Req() request: FastifyRequest,
    @DossierId() dossierId: string,
    @Query() { fileName }: EvidenceUploadQueryDto,
  ): Promise<EvidenceFileResponse> {
    return this.uploads.upload(request, dossierId, fileName);
  }

  @Get(':sha256')
  @Authorize({ roles: DOSSIER_READERS })
  @ApiOperation({
    summary: 'Tải về tệp minh chứng đã tải lên hồ sơ hoặc được một bước của hồ sơ viện dẫn; ETag = SHA-256',
  })
  @ApiOkResponse({
    description: 'Nội dung tệp, với kiểu đọc từ nội dung lúc tải lên',
    content: Object.fromEntries(SERVED_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  })
  @ApiProblems(404)
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('dossierId') dossierId: string,
    @Param('sha256') sha256: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.downloads.open(principal, dossierId, sha256);
    // The sha256 names the content: a copy held under it never goes stale.
    await reply
      .header('content-type', file.mediaType.startsWith('text/') ? `${file.mediaType}; charset=utf-8` : file.mediaType)
      .header('content-length', String(file.size))
      .header('content-disposition', contentDisposition(file.name, { fallback: withoutDiacritics(file.name) }))
      .header('etag', `"${file.sha256}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, max-age=31536000, immutable')
      .send(file.content);
  }
}

/** For clients that read only `filename` (RFC 6266 `filename*` carries the name as written): "Biên bản" → "Bien ban". */
function withoutDiacritics(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_');
}
