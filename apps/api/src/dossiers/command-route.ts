import { applyDecorators, Controller, HttpCode, Param, ParseUUIDPipe, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Authorize, type AuthorizeOptions } from '../auth/authorize.decorator';
import { ApiProblems, COMMAND, WITH_BODY } from '../platform/api-problems';
import { CommandOutcomeResponse } from './dto/command-outcome.response';
import { VersionEtagInterceptor } from './version-etag.interceptor';

/**
 * A controller of commands on one existing dossier: each answers with the version as ETag and
 * takes `Idempotency-Key` and `If-Match` (checked by DossierCommands.run).
 */
export const DossierCommandController = (path: string) =>
  applyDecorators(
    UseInterceptors(VersionEtagInterceptor),
    Controller(path),
    ApiHeader({ name: 'If-Match', required: false, description: 'W/"<phiên bản>" — 412 nếu hồ sơ đã thay đổi' }),
    ApiHeader({ name: 'Idempotency-Key', required: false }),
    ApiBearerAuth(),
    ApiTags('dossiers'),
  );

/** One command route: POST, 200 with the command's outcome, access per `access`. */
export const CommandRoute = (path: string, access: AuthorizeOptions, summary: string) =>
  applyDecorators(
    ApiOperation({ summary }),
    Authorize(access),
    HttpCode(200),
    Post(path),
    ApiOkResponse({ type: CommandOutcomeResponse }),
    ApiProblems(...WITH_BODY, ...COMMAND),
  );

export const DossierId = () => Param('dossierId', new ParseUUIDPipe());
