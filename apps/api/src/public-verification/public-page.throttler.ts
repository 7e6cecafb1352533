import { Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  seconds,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';

import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import { tooManyRequests } from './public-page.filter';

/**
 * Page views per client address on every public page together (PUBLIC_RATE_LIMIT per
 * PUBLIC_RATE_WINDOW_SECONDS), so nobody walks the codes; the base guard sets Retry-After.
 */
@Injectable()
export class PublicPageThrottler extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const ttl = seconds(this.config.PUBLIC_RATE_WINDOW_SECONDS);
    return super.handleRequest({ ...request, limit: this.config.PUBLIC_RATE_LIMIT, ttl, blockDuration: ttl });
  }

  protected override generateKey(_: unknown, tracker: string): string {
    return `public-pages-${tracker}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw tooManyRequests();
  }
}
