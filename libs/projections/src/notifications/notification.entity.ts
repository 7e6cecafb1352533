import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { NotificationKind, NotificationParams } from '@ntm/domain';

/**
 * One notification (issue #23), addressed to the holders of a role at a unit (and department) or to
 * one person; the inbox selects by the caller's grants. Rebuilt from the events that tell someone.
 */
@Entity({ schema: 'read_models', name: 'notifications' })
export class NotificationRow {
  /** UUID v5 of the source event, kind, audience and criterion: a replay writes the same row. */
  @PrimaryColumn('uuid', { name: 'notification_id' })
  notificationId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('text', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'audience_role', nullable: true })
  audienceRole!: string | null;

  @Column('text', { name: 'audience_unit', nullable: true })
  audienceUnit!: string | null;

  @Column('text', { name: 'audience_department', nullable: true })
  audienceDepartment!: string | null;

  @Column('text', { name: 'audience_user', nullable: true })
  audienceUser!: string | null;

  @Column('jsonb')
  params!: NotificationParams;

  /** The source event's global position: the inbox's order and cursor. */
  @Column('bigint')
  position!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}

/** A notification one user marked read (from `NotificationRead` or `NotificationsRead` in `notification-reads-<user>`). */
@Entity({ schema: 'read_models', name: 'notification_reads' })
export class NotificationReadRow {
  @PrimaryColumn('text', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('uuid', { name: 'notification_id' })
  notificationId!: string;

  @Column('timestamptz', { name: 'read_at' })
  readAt!: Date;
}

/** A user's channels beyond the inbox (from `NotificationPreferencesSet`); the inbox is always on. */
@Entity({ schema: 'read_models', name: 'notification_preferences' })
export class NotificationPreferenceRow {
  @PrimaryColumn('text', { name: 'user_id' })
  userId!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('boolean', { name: 'email_enabled' })
  emailEnabled!: boolean;

  /** One e-mail a day with the notifications of the days before, instead of one per notification. */
  @Column('boolean', { name: 'daily_digest' })
  dailyDigest!: boolean;

  /**
   * The grants the user held when they chose, for a demo user (whose grants are the development
   * profile's file, not events); a registered account's grants are read live from `user_grants`.
   */
  @Column('jsonb')
  grants!: readonly { role: string; unit: string; department?: string }[];

  /** From when e-mail is sent: turning it on does not mail the whole history. */
  @Column('timestamptz')
  since!: Date;
}

/** A notification delivered to a user on a channel (from `NotificationDelivered`). */
@Entity({ schema: 'read_models', name: 'notification_deliveries' })
export class NotificationDeliveryRow {
  @PrimaryColumn('uuid', { name: 'notification_id' })
  notificationId!: string;

  @PrimaryColumn('text', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('text')
  channel!: string;

  @Column('timestamptz', { name: 'delivered_at' })
  deliveredAt!: Date;
}
