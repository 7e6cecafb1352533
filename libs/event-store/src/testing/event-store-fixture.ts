import { randomUUID } from 'node:crypto';

import type { Pool } from 'pg';

import { createTestDatabase, type TestDatabase } from '@ntm/test-support';

import type { NewEvent } from '../event';
import { PostgresEventStore, type PostgresEventStoreOptions } from '../postgres-event-store';

export interface EventStoreFixture {
  readonly db: TestDatabase;
  readonly pool: Pool;
  readonly store: PostgresEventStore;
  close(): Promise<void>;
}

/** A fresh migrated database with a `pg` pool and a store on it; `close` drops it all. */
export async function eventStoreFixture(options?: PostgresEventStoreOptions): Promise<EventStoreFixture> {
  const db = await createTestDatabase();
  const pool = db.openPool(12);
  const store = new PostgresEventStore(pool, options);
  return {
    db,
    pool,
    store,
    close: async () => {
      await store.drain();
      await db.drop();
    },
  };
}

export function anEvent(type = 'Noted', data: unknown = { note: 'x' }, schemaVersion = 1): NewEvent {
  return { eventId: randomUUID(), type, data, schemaVersion, metadata: { actor: 'u-1', commandId: randomUUID() } };
}

export function aStream(prefix = 'dossier'): string {
  return `${prefix}-${randomUUID()}`;
}
