import { Runtime } from '@temporalio/worker';
import type { Pool } from 'pg';

import type { AppConfig } from '@ntm/config';
import type { EventStore } from '@ntm/event-store';
import { describeCause } from '@ntm/runtime';
import { loadAdministrativeUnits } from '@ntm/units';

import { NotificationDelivery } from './notification-delivery';
import { createSmtpChannel } from './smtp-channel';

/** How often pending notifications are looked for; after a failure the wait doubles up to the ceiling. */
export interface DeliveryPace {
  readonly pollMs: number;
  readonly maxBackoffMs: number;
}
const PACE: DeliveryPace = { pollMs: 5_000, maxBackoffMs: 300_000 };

export interface RunningDelivery {
  stop(): Promise<void>;
}

/**
 * Sends the notifications by e-mail when SMTP_URL is set (otherwise they stay in the inbox only):
 * one pass after another, a failed pass (the SMTP server down) retried later with a growing wait.
 */
export function startNotificationDelivery(
  pool: Pool,
  store: EventStore,
  config: Pick<AppConfig, 'SMTP_URL' | 'SMTP_FROM' | 'PUBLIC_BASE_URL'>,
  { pollMs, maxBackoffMs }: DeliveryPace = PACE,
): RunningDelivery {
  if (!config.SMTP_URL) return { stop: async () => undefined };
  const channel = createSmtpChannel(config.SMTP_URL, config.SMTP_FROM);
  const delivery = new NotificationDelivery(pool, store, channel, loadAdministrativeUnits(), {
    linkBase: config.PUBLIC_BASE_URL,
  });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = (wait: number) => {
    if (!stopped) timer = setTimeout(() => (running = pass(wait)), wait);
  };
  const pass = async (wait: number) => {
    try {
      await delivery.deliverPending();
      schedule(pollMs);
    } catch (error) {
      Runtime.instance().logger.warn('notification delivery failed', { error: describeCause(error) });
      schedule(Math.min(Math.max(wait, pollMs) * 2, maxBackoffMs));
    }
  };
  schedule(0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      await channel.close();
    },
  };
}
