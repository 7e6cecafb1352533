import { Inject, Injectable } from '@nestjs/common';

import type { Identity } from '@ntm/auth';
import { EVENT_STORE, type EventStore, notificationPreferenceStreamId } from '@ntm/event-store';
import { NOTIFICATION_PREFERENCES_SET, type NotificationPreferencesData } from '@ntm/projections';

import { commandIdFrom } from '../platform/idempotency';
import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import type { NotificationPreferencesRequest, NotificationPreferencesResponse } from './dto/preferences.dto';

/** How each user wants to be told, beyond the inbox: each choice an audited event of their own stream. */
@Injectable()
export class NotificationPreferences {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Read from the stream itself: the caller reads their own write at once. */
  async of(identity: Identity): Promise<NotificationPreferencesResponse> {
    const [latest] = await this.store.readStream(notificationPreferenceStreamId(identity.userId), {
      direction: 'backwards',
      maxCount: 1,
    });
    const data = latest?.data as NotificationPreferencesData | undefined;
    return {
      email: data?.email ?? null,
      channels: { inApp: true, email: data?.emailEnabled ?? false, dailyDigest: data?.dailyDigest ?? false },
      emailAvailable: this.config.SMTP_URL !== undefined,
      version: latest?.streamVersion ?? 0,
    };
  }

  /**
   * Records the caller's choice with the grants they hold now (a demo user's grants are not events:
   * the worker reads them from here); a retried request (same Idempotency-Key) records it once.
   */
  async set(
    identity: Identity,
    request: NotificationPreferencesRequest,
    idempotencyKey: string | string[] | undefined,
    now: Date,
  ): Promise<NotificationPreferencesResponse> {
    const data: NotificationPreferencesData = {
      userId: identity.userId,
      email: request.email ?? null,
      emailEnabled: request.emailEnabled,
      dailyDigest: request.dailyDigest ?? false,
      grants: identity.grants.map(({ role, unit, department }) => ({
        role,
        unit,
        ...(department ? { department } : {}),
      })),
    };
    await this.store.append(notificationPreferenceStreamId(identity.userId), 'any', [
      {
        eventId: commandIdFrom(idempotencyKey, identity.userId),
        type: NOTIFICATION_PREFERENCES_SET,
        data,
        metadata: { actor: identity.userId, now: now.toISOString() },
      },
    ]);
    return this.of(identity);
  }
}
