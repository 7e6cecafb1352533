import type { Pool } from 'pg';
import { v5 as uuidv5 } from 'uuid';

import { vietnamDateOf } from '@ntm/calendar';
import {
  type NotificationKind,
  type NotificationParams,
  renderDigest,
  type RenderedNotification,
  renderNotification,
} from '@ntm/domain';
import { type EventStore, notificationDeliveryStreamId } from '@ntm/event-store';
import { NOTIFICATION_DELIVERED, type NotificationDeliveredData } from '@ntm/projections';
import type { AdministrativeUnits } from '@ntm/units';

import type { NotificationChannel } from './channel';

/** Namespace of delivery ids: UUID v5 of notification, user and channel; the `NotificationDelivered` event's id. */
const DELIVERY_ID_NAMESPACE = '9d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60';
/** One delivery pass at a time across the workers: two replicas never send the same e-mail together. */
const DELIVERY_LOCK = 'ntm-notification-delivery';
const BATCH = 50;
const SYSTEM_METADATA = () => ({ actor: 'he-thong', role: 'system', now: new Date().toISOString() });

export const deliveryIdOf = (notificationId: string, userId: string, channel: string) =>
  uuidv5(`${notificationId}/${userId}/${channel}`, DELIVERY_ID_NAMESPACE);

/**
 * The notifications still to send to users who turned the channel on since they were made, each to
 * every such user addressed by name or holding the audience's grant (a registered account's grants
 * as they are now; a demo user's as recorded with the preferences), active accounts only.
 */
const PENDING = `select n.notification_id as "notificationId", n.kind, n.params, p.user_id as "userId", p.email as address
  from read_models.notification_preferences p
  join read_models.notifications n on n.created_at >= p.since and (n.audience_user = p.user_id or exists (
    select 1 from (
      select g.role, g.unit, g.department from read_models.user_grants g where g.user_id = p.user_id
      union all
      select x.role, x.unit, x.department from jsonb_to_recordset(p.grants) as x(role text, unit text, department text)
      where not exists (select 1 from read_models.users u where u.user_id = p.user_id)
    ) held
    where held.role = n.audience_role and held.unit = n.audience_unit
      and (n.audience_department is null or n.audience_department = held.department)))
  where p.email_enabled and p.email is not null and p.daily_digest = $2 and n.created_at < $3
    and not exists (select 1 from read_models.users u where u.user_id = p.user_id and u.status <> 'active')
    and not exists (select 1 from read_models.notification_deliveries d
      where d.notification_id = n.notification_id and d.user_id = p.user_id and d.channel = $1)
  order by n.position, n.notification_id, p.user_id
  limit $4`;

interface PendingRow {
  readonly notificationId: string;
  readonly kind: NotificationKind;
  readonly params: NotificationParams;
  readonly userId: string;
  readonly address: string;
}

export interface DeliveryOptions {
  /** The web application's address, for the dossier's link (PUBLIC_BASE_URL). */
  readonly linkBase?: string;
}

/**
 * Sends each pending notification on the channel and records `NotificationDelivered` once (its id
 * from notification, user and channel). Before sending it asks the event store, not the lagging
 * read model, whether the delivery is recorded. A crash after the provider accepted the message and
 * before the record sends it again on the next pass with the same id (for e-mail, the same
 * Message-ID), which the receiving side keeps once: delivery is at least once to the provider,
 * recorded exactly once, and seen once by a receiver that deduplicates by Message-ID.
 */
export class NotificationDelivery {
  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly channel: NotificationChannel,
    private readonly units: AdministrativeUnits,
    private readonly options: DeliveryOptions = {},
  ) {}

  /**
   * One pass over what is pending: each notification on its own to the users who want them so, and
   * the notifications made before today (Việt Nam time) in one digest to those who chose the daily
   * digest. The number of messages sent; a failed send stops the pass, to be retried.
   */
  async deliverPending(now = new Date()): Promise<number> {
    const client = await this.pool.connect();
    try {
      const [{ locked }] = (
        await client.query<{ locked: boolean }>('select pg_try_advisory_lock(hashtext($1)) as locked', [DELIVERY_LOCK])
      ).rows;
      if (!locked) return 0;
      try {
        const pending = async (digest: boolean, before: Date) =>
          (await client.query<PendingRow>(PENDING, [this.channel.name, digest, before, BATCH])).rows;
        let sent = 0;
        for (const row of await pending(false, now)) {
          const deliveryId = deliveryIdOf(row.notificationId, row.userId, this.channel.name);
          sent += await this.send(deliveryId, [row], ([one]) => one);
        }
        const today = vietnamDateOf(now.toISOString());
        const midnight = new Date(`${today}T00:00:00+07:00`);
        const yesterday = vietnamDateOf(new Date(midnight.getTime() - 1).toISOString());
        for (const rows of byUser(await pending(true, midnight))) {
          const digestId = uuidv5(`${rows[0].userId}/${today}/${this.channel.name}/digest`, DELIVERY_ID_NAMESPACE);
          sent += await this.send(digestId, rows, (messages) => renderDigest(yesterday, messages));
        }
        return sent;
      } finally {
        await client.query('select pg_advisory_unlock(hashtext($1))', [DELIVERY_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  /**
   * Sends one message for the rows (one user's) not yet recorded, under `deliveryId`, then records
   * `NotificationDelivered` for each in one append, each event's id that of its notification's delivery.
   */
  private async send(
    deliveryId: string,
    rows: readonly PendingRow[],
    compose: (messages: RenderedNotification[]) => RenderedNotification,
  ): Promise<number> {
    const { name } = this.channel;
    const recorded = await this.recorded(rows.map((row) => deliveryIdOf(row.notificationId, row.userId, name)));
    const unsent = rows.filter((row) => !recorded.has(deliveryIdOf(row.notificationId, row.userId, name)));
    if (unsent.length === 0) return 0;
    const [{ userId, address, params }] = unsent;
    const { subject, body } = compose(unsent.map((row) => this.render(row)));
    const link = unsent.length === 1 ? this.linkTo(params.dossierId) : undefined;
    await this.channel.send({
      deliveryId,
      notificationId: unsent[0].notificationId,
      userId,
      address,
      subject,
      body,
      ...(link ? { link } : {}),
    });
    await this.store.append(
      notificationDeliveryStreamId(userId),
      'any',
      unsent.map((row) => {
        const data: NotificationDeliveredData = {
          notificationId: row.notificationId,
          userId,
          channel: name,
          deliveryId,
        };
        const eventId = deliveryIdOf(row.notificationId, userId, name);
        return { eventId, type: NOTIFICATION_DELIVERED, data, metadata: SYSTEM_METADATA() };
      }),
    );
    return 1;
  }

  private render(row: PendingRow): RenderedNotification {
    const unitName = this.units.get(row.params.unitCode)?.name ?? row.params.unitCode;
    return renderNotification(row.kind, row.params, { unitName });
  }

  private linkTo(dossierId: string): string | undefined {
    return this.options.linkBase && new URL(`/ho-so/${dossierId}`, this.options.linkBase).href;
  }

  /** Of these delivery ids, those the event store holds: the record, not the read model that follows it. */
  private async recorded(deliveryIds: readonly string[]): Promise<Set<string>> {
    const { rows } = await this.pool.query<{ id: string }>(
      'select event_id as id from event_store.events where event_id = any($1::uuid[])',
      [deliveryIds],
    );
    return new Set(rows.map((row) => row.id));
  }
}

function byUser(rows: readonly PendingRow[]): PendingRow[][] {
  const users = new Map<string, PendingRow[]>();
  for (const row of rows) users.set(row.userId, [...(users.get(row.userId) ?? []), row]);
  return [...users.values()];
}
