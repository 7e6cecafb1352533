import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per stream: how much happened and the latest event, for the audit view's stream list. */
@Entity({ schema: 'read_models', name: 'stream_activity' })
export class StreamActivity {
  @PrimaryColumn('text', { name: 'stream_id' })
  streamId!: string;

  @Column('integer', { name: 'event_count' })
  eventCount!: number;

  @Column('timestamptz', { name: 'first_recorded_at' })
  firstRecordedAt!: Date;

  @Column('integer', { name: 'last_version' })
  lastVersion!: number;

  @Column('text', { name: 'last_event_type' })
  lastEventType!: string;

  @Column('timestamptz', { name: 'last_recorded_at' })
  lastRecordedAt!: Date;
}
