import { Body, Controller, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';

import type { DemoUsers, DevTokenSigner } from '@ntm/auth';

import { Public } from './authorize.decorator';
import { DEMO_USERS, DEV_TOKEN_SIGNER } from './auth.tokens';
import { notFound } from './auth.problems';
import { DevLoginRequest, TokenResponse } from './dev-login.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';

/** Registered only when AUTH_DEV_LOGIN is on: otherwise the route does not exist (404). */
@ApiTags('auth')
@Controller('auth/dev-login')
export class DevLoginController {
  constructor(
    @Inject(DEMO_USERS) private readonly users: DemoUsers,
    @Inject(DEV_TOKEN_SIGNER) private readonly sign: DevTokenSigner,
  ) {}

  @Post()
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng nhập thử bằng người dùng minh hoạ (development login, no password)' })
  @ApiOkResponse({ type: TokenResponse })
  @ApiTooManyRequestsResponse({ description: 'Quá nhiều lần đăng nhập; xem Retry-After' })
  async login(@Body() body: DevLoginRequest): Promise<TokenResponse> {
    const user = this.users.get(body.userId);
    if (!user) throw notFound();
    return this.sign(user);
  }
}
