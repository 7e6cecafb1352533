import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Identity } from '@ntm/auth';

import { Authenticated } from './authorize.decorator';
import { CurrentIdentity } from './request-principal';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/me')
export class MeController {
  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Người dùng hiện tại và các vai trò được giao (caller identity and grants)' })
  @ApiOkResponse({ description: '{ userId, name, grants: [{ role, unit, department? }], onBehalfOf? }' })
  me(@CurrentIdentity() identity: Identity): Identity {
    return identity;
  }
}
