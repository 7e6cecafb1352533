import type { Pool } from 'pg';
import { v5 as uuidv5 } from 'uuid';

import { type NotificationKind, type NotificationParams, renderNotification } from '@ntm/domain';
import { type EventStore, notificationDeliveryStreamId } from '@ntm/event-store';
import { NOTIFICATION_DELIVERED, type NotificationDeliveredData } from '@ntm/projections';
import type { AdministrativeUnits } from '@ntm/units';

import type { NotificationChannel } from './channel';

/** Namespace of delivery ids: UUID v5 of notification, user and channel; the `NotificationDelivered` event's id. */
const DELIVERY_ID_NAMESPACE = '9d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60';
/** One delivery pass at a time across the workers: two replicas never send the same e-mail together. */
const DELIVERY_LOCK = 'ntm-notification-delivery';
const BATCH = 50;

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
  where p.email_enabled and p.email is not null
    and not exists (select 1 from read_models.users u where u.user_id = p.user_id and u.status <> 'active')
    and not exists (select 1 from read_models.notification_deliveries d
      where d.notification_id = n.notification_id and d.user_id = p.user_id and d.channel = $1)
  order by n.position, n.notification_id, p.user_id
  limit $2`;

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

  /** One pass over what is pending; the number of notifications sent. A failed send stops the pass, to be retried. */
  async deliverPending(): Promise<number> {
    const client = await this.pool.connect();
    try {
      const [{ locked }] = (
        await client.query<{ locked: boolean }>('select pg_try_advisory_lock(hashtext($1)) as locked', [DELIVERY_LOCK])
      ).rows;
      if (!locked) return 0;
      try {
        const { rows } = await client.query<PendingRow>(PENDING, [this.channel.name, BATCH]);
        let sent = 0;
        for (const row of rows) if (await this.deliver(row)) sent += 1;
        return sent;
      } finally {
        await client.query('select pg_advisory_unlock(hashtext($1))', [DELIVERY_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  private async deliver(row: PendingRow): Promise<boolean> {
    const deliveryId = deliveryIdOf(row.notificationId, row.userId, this.channel.name);
    if (await this.recorded(deliveryId)) return false;
    const unitName = this.units.get(row.params.unitCode)?.name ?? row.params.unitCode;
    const { subject, body } = renderNotification(row.kind, row.params, { unitName });
    const link = this.options.linkBase && new URL(`/ho-so/${row.params.dossierId}`, this.options.linkBase).href;
    await this.channel.send({
      deliveryId,
      notificationId: row.notificationId,
      userId: row.userId,
      address: row.address,
      subject,
      body,
      ...(link ? { link } : {}),
    });
    const data: NotificationDeliveredData = {
      notificationId: row.notificationId,
      userId: row.userId,
      channel: this.channel.name,
      deliveryId,
    };
    await this.store.append(notificationDeliveryStreamId(row.userId), 'any', [
      {
        eventId: deliveryId,
        type: NOTIFICATION_DELIVERED,
        data,
        metadata: { actor: 'he-thong', role: 'system', now: new Date().toISOString() },
      },
    ]);
    return true;
  }

  private async recorded(deliveryId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('select 1 from event_store.events where event_id = $1', [deliveryId]);
    return (rowCount ?? 0) > 0;
  }
}
