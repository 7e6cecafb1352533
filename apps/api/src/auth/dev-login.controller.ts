import { Body, Controller, Get, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { DemoUsers, DevTokenSigner, Identity } from '@ntm/auth';

import { ApiProblems, WITH_BODY } from '../platform/api-problems';
import { Public } from './authorize.decorator';
import { DEMO_USERS, DEV_TOKEN_SIGNER } from './auth.tokens';
import { notFound } from './auth.problems';
import { DevLoginRequest, TokenResponse } from './dev-login.dto';
import { IdentityResponse } from './identity.response';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { admission, UserDirectory } from './user-directory';

/**
 * Registered only when AUTH_DEV_LOGIN is on: otherwise the route does not exist (404). A user
 * registered through the admin API logs in with the grants the store holds; otherwise the demo
 * file's user of that id. A deactivated user cannot log in.
 */
@ApiTags('auth')
@Controller('auth/dev-login')
export class DevLoginController {
  constructor(
    @Inject(DEMO_USERS) private readonly users: DemoUsers,
    @Inject(DEV_TOKEN_SIGNER) private readonly sign: DevTokenSigner,
    private readonly directory: UserDirectory,
  ) {}

  @Post()
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng nhập thử bằng người dùng minh hoạ (development login, no password)' })
  @ApiOkResponse({ type: TokenResponse })
  @ApiProblems(...WITH_BODY, 404, 429)
  async login(@Body() body: DevLoginRequest): Promise<TokenResponse> {
    const user = await this.userOf(body.userId);
    if (!user) throw notFound();
    return this.sign(user);
  }

  @Get('users')
  @Public()
  @ApiOperation({ summary: 'Người dùng minh hoạ để chọn khi đăng nhập thử (demo users, development only)' })
  @ApiOkResponse({ type: [IdentityResponse] })
  @ApiProblems()
  demoUsers(): Identity[] {
    return [...this.users.values()];
  }

  private async userOf(userId: string): Promise<Identity | undefined> {
    const { account } = await this.directory.find(userId);
    if (account.status === 'unregistered') return this.users.get(userId);
    const admitted = admission({ userId, name: account.name, grants: [] }, account);
    return admitted.admitted ? admitted.identity : undefined;
  }
}
