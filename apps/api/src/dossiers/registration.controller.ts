import { Body, Controller, HttpCode, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { Authorize } from '../auth/authorize.decorator';
import { ApiProblems, WITH_BODY } from '../platform/api-problems';
import { DossierCommands } from './dossier-commands';
import { CommandOutcomeResponse } from './dto/command-outcome.response';
import { registrationUnit } from './dossier-lookup';
import { RegisterDossierDto } from './dto/filing.dto';
import { VersionEtagInterceptor } from './version-etag.interceptor';

@ApiTags('dossiers')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Gửi lại cùng khoá không tạo hồ sơ thứ hai' })
@Controller('dossiers')
@UseInterceptors(VersionEtagInterceptor)
export class RegistrationController {
  constructor(private readonly commands: DossierCommands) {}

  @Post()
  @HttpCode(201)
  @Authorize({ roles: ['commune-officer', 'district-coordinator', 'province-coordinator'], scope: registrationUnit })
  @ApiOperation({ summary: 'Đăng ký hồ sơ đề nghị xét công nhận (bộ tiêu chí và quy trình theo ngày nộp)' })
  @ApiCreatedResponse({ type: CommandOutcomeResponse })
  @ApiProblems(...WITH_BODY, 404, 409, 422)
  async register(
    @Req() request: FastifyRequest,
    @Body() body: RegisterDossierDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandOutcome> {
    const outcome = await this.commands.register(request, body);
    reply.header('location', `/api/v1/dossiers/${outcome.dossierId}`);
    return outcome;
  }
}
