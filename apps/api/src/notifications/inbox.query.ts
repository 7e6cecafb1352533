import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Identity } from '@ntm/auth';
import { type NotificationKind, type NotificationParams, renderNotification } from '@ntm/domain';
import type { AdministrativeUnits } from '@ntm/units';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { decodeCursor, malformedCursor, pageOf } from '../dossier-queries/cursor';
import type { InboxPage, NotificationResponse } from './dto/notifications.dto';

const DEFAULT_LIMIT = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The caller's notifications: those addressed to them by name, and those addressed to a role at a
 * unit (and department) they hold a grant for. Joined, not copied per person, so a grant given
 * later shows the role's notifications too, and a revoked one hides them.
 */
const ADDRESSED_TO_CALLER = `(n.audience_user = $1 or exists (
    select 1 from jsonb_to_recordset($2::jsonb) as g(role text, unit text, department text)
    where g.role = n.audience_role and g.unit = n.audience_unit
      and (n.audience_department is null or n.audience_department = g.department)))`;

const UNREAD_BY_CALLER = `${ADDRESSED_TO_CALLER} and not exists (select 1 from read_models.notification_reads r
    where r.notification_id = n.notification_id and r.user_id = $1)`;

const SELECT_ROWS = `select n.notification_id as "notificationId", n.kind, n.dossier_id as "dossierId", n.params,
    n.position, n.created_at as "createdAt", r.user_id is not null as read
  from read_models.notifications n
  left join read_models.notification_reads r on r.notification_id = n.notification_id and r.user_id = $1`;

interface InboxRow {
  readonly notificationId: string;
  readonly kind: NotificationKind;
  readonly dossierId: string;
  readonly params: NotificationParams;
  readonly position: string;
  readonly createdAt: Date;
  readonly read: boolean;
}

@Injectable()
export class InboxQuery {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async page(
    identity: Identity,
    options: { cursor?: string; limit?: number; unreadOnly?: boolean },
  ): Promise<InboxPage> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(options.cursor, 2);
    // The key is (position, notification id): anything else would fail in the query, not at the edge.
    if (after && !(/^\d{1,18}$/.test(String(after[0])) && UUID.test(String(after[1])))) throw malformedCursor();
    const rows: InboxRow[] = await this.dataSource.query(
      `${SELECT_ROWS} where ${ADDRESSED_TO_CALLER}
         and ($3::bigint is null or (n.position, n.notification_id) < ($3::bigint, $4::uuid))
         and (not $5 or r.user_id is null)
       order by n.position desc, n.notification_id desc limit $6`,
      [...this.caller(identity), after?.[0] ?? null, after?.[1] ?? null, !!options.unreadOnly, limit + 1],
    );
    const page = pageOf(
      rows,
      limit,
      (row) => [row.position, row.notificationId],
      (row) => this.toResponse(row),
    );
    return { ...page, unreadCount: await this.unreadCount(identity) };
  }

  /** One of the caller's notifications; another's is as unknown as a missing one. */
  async one(identity: Identity, notificationId: string): Promise<NotificationResponse | undefined> {
    const [row]: InboxRow[] = await this.dataSource.query(
      `${SELECT_ROWS} where n.notification_id = $3 and ${ADDRESSED_TO_CALLER}`,
      [...this.caller(identity), notificationId],
    );
    return row && this.toResponse(row);
  }

  private async unreadCount(identity: Identity): Promise<number> {
    const [{ count }]: { count: string }[] = await this.dataSource.query(
      `select count(*) from read_models.notifications n where ${UNREAD_BY_CALLER}`,
      this.caller(identity),
    );
    return Number(count);
  }

  /** The ids of every notification the caller has not read, oldest first. */
  async unreadIds(identity: Identity): Promise<string[]> {
    const rows: { notificationId: string }[] = await this.dataSource.query(
      `select n.notification_id as "notificationId" from read_models.notifications n where ${UNREAD_BY_CALLER}
       order by n.position, n.notification_id`,
      this.caller(identity),
    );
    return rows.map((row) => row.notificationId);
  }

  private caller(identity: Identity): [string, string] {
    const grants = identity.grants.map(({ role, unit, department }) => ({
      role,
      unit,
      department: department ?? null,
    }));
    return [identity.userId, JSON.stringify(grants)];
  }

  private toResponse(row: InboxRow): NotificationResponse {
    const unitName = this.units.get(row.params.unitCode)?.name ?? row.params.unitCode;
    return {
      notificationId: row.notificationId,
      kind: row.kind,
      dossierId: row.dossierId,
      ...(row.params.criterionId ? { criterionId: row.params.criterionId } : {}),
      ...renderNotification(row.kind, row.params, { unitName }),
      createdAt: row.createdAt.toISOString(),
      read: row.read,
    };
  }
}
