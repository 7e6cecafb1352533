import { Client, type ClientConfig } from 'pg';

import type { Queryable } from './rows';

export const APPENDED_CHANNEL = 'event_store_appended';

/**
 * Tells listeners that events were committed. NOTIFY takes a database-wide lock at commit, so it
 * is sent after the append, at most one at a time per process: a burst of appends costs one NOTIFY.
 * It only wakes subscribers early; they also poll, so a lost notification delays, never loses.
 */
export class AppendSignal {
  private sending: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly db: Queryable,
    private readonly onError: (error: unknown) => void,
  ) {}

  raise(): void {
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = this.send().finally(() => (this.sending = undefined));
  }

  /** Resolves once the notifications already asked for are sent (before closing the pool). */
  async drain(): Promise<void> {
    await this.sending;
  }

  private async send(): Promise<void> {
    do {
      this.again = false;
      await this.db.query(`select pg_notify($1, '')`, [APPENDED_CHANNEL]).catch(this.onError);
    } while (this.again);
  }
}

export interface AppendListener {
  close(): Promise<void>;
}

/** A dedicated connection LISTENing for appends from any process. */
export async function listenForAppends(
  connection: ClientConfig,
  onAppended: () => void,
  onError: (error: unknown) => void,
): Promise<AppendListener> {
  const client = new Client(connection);
  client.on('notification', onAppended);
  client.on('error', onError);
  await client.connect();
  await client.query(`listen ${APPENDED_CHANNEL}`);
  return { close: () => client.end() };
}
