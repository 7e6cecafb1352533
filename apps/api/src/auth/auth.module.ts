import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { seconds, ThrottlerModule } from '@nestjs/throttler';

import { EVENT_STORE } from '@ntm/event-store';

import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import { AccessGuard } from './access.guard';
import { authProviders, devLoginProviders } from './auth-providers';
import { ADMINISTRATIVE_UNITS, DEMO_USERS, SCOPE_FILTER } from './auth.tokens';
import { DevLoginController } from './dev-login.controller';
import { LoginOptionsController } from './login-options.controller';
import { MeController } from './me.controller';
import { PersonNames } from './person-names';
import { UserDirectory } from './user-directory';

/**
 * Authentication (JWT bearer) and authorisation (role + jurisdiction + department) for every
 * route, through one global guard. The dev login exists only when the configuration allows it.
 */
@Global()
@Module({})
export class AuthModule {
  static register(config: AppConfig): DynamicModule {
    const devLogin = config.AUTH_DEV_LOGIN;
    return {
      module: AuthModule,
      imports: [
        ThrottlerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (settings: AppConfig) => [
            { ttl: seconds(settings.AUTH_LOGIN_RATE_WINDOW_SECONDS), limit: settings.AUTH_LOGIN_RATE_LIMIT },
          ],
        }),
      ],
      controllers: [MeController, LoginOptionsController, ...(devLogin ? [DevLoginController] : [])],
      providers: [
        ...authProviders,
        UserDirectory,
        PersonNames,
        ...(devLogin ? devLoginProviders : []),
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [
        ADMINISTRATIVE_UNITS,
        SCOPE_FILTER,
        EVENT_STORE,
        UserDirectory,
        PersonNames,
        ...(devLogin ? [DEMO_USERS] : []),
      ],
    };
  }
}
