import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Identity } from '@ntm/auth';

import { Authenticated } from './authorize.decorator';
import { IdentityResponse } from './identity.response';
import { CurrentIdentity } from './request-principal';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/me')
export class MeController {
  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Người dùng hiện tại và các vai trò được giao (caller identity and grants)' })
  @ApiOkResponse({ type: IdentityResponse })
  me(@CurrentIdentity() identity: Identity): Identity {
    return identity;
  }
}
