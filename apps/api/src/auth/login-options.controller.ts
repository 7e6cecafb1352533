import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { ApiProblems } from '../platform/api-problems';
import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import { Public } from './authorize.decorator';

class OidcLoginResponse {
  @ApiProperty({ description: 'Nhà cung cấp định danh (OIDC issuer)' }) readonly issuer!: string;
  @ApiProperty({ description: 'Mã ứng dụng web công khai (public client id)' }) readonly clientId!: string;
  @ApiProperty() readonly audience!: string;
}

export class LoginOptionsResponse {
  @ApiProperty({ description: 'Đăng nhập thử bằng người dùng minh hoạ (chỉ môi trường phát triển)' })
  readonly devLogin!: boolean;
  @ApiPropertyOptional({ type: OidcLoginResponse, description: 'Authorization code + PKCE; vắng: chưa cấu hình' })
  readonly oidc?: OidcLoginResponse;
}

/** What the web application's login page offers: the configuration decides, the page only follows. */
@ApiTags('auth')
@Controller('auth/login-options')
export class LoginOptionsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Cách đăng nhập được cấu hình (login options of this installation)' })
  @ApiOkResponse({ type: LoginOptionsResponse })
  @ApiProblems()
  options(): LoginOptionsResponse {
    const { AUTH_DEV_LOGIN, AUTH_ISSUER, AUTH_WEB_CLIENT_ID, AUTH_AUDIENCE } = this.config;
    return {
      devLogin: AUTH_DEV_LOGIN,
      ...(AUTH_ISSUER &&
        AUTH_WEB_CLIENT_ID && { oidc: { issuer: AUTH_ISSUER, clientId: AUTH_WEB_CLIENT_ID, audience: AUTH_AUDIENCE } }),
    };
  }
}
