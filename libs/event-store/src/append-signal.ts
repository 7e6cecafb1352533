import { backOff } from 'exponential-backoff';
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

/** Waits between attempts to connect again: short at first, at most a few seconds while PostgreSQL is away. */
const RECONNECT_BACKOFF = { startingDelay: 100, timeMultiple: 2, maxDelay: 2_000, numOfAttempts: Infinity };

/**
 * A dedicated connection LISTENing for appends from any process. The first connection fails
 * fast (start-up); a connection lost later (PostgreSQL restarted, the backend terminated, the
 * network cut) is made again, with backoff, for as long as the listener is open, and
 * `onAppended` is called once it listens again: appends made meanwhile were not notified.
 */
export async function listenForAppends(
  connection: ClientConfig,
  onAppended: () => void,
  onError: (error: unknown) => void,
): Promise<AppendListener> {
  const listener = new ReconnectingListener(connection, onAppended, onError);
  await listener.connect();
  return listener;
}

class ReconnectingListener implements AppendListener {
  private client: Client | undefined;
  private reconnecting: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly connection: ClientConfig,
    private readonly onAppended: () => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  async connect(): Promise<void> {
    // TCP keepalive notices a peer that vanished without closing the connection; the timeout, a
    // server that does not answer at all.
    const client = new Client({ keepAlive: true, connectionTimeoutMillis: 5_000, ...this.connection });
    client.on('notification', this.onAppended);
    client.on('error', this.onError);
    client.on('end', () => this.lost(client));
    await client.connect();
    if (this.closed) return client.end();
    await client.query(`listen ${APPENDED_CHANNEL}`).catch(async (error: unknown) => {
      await client.end();
      throw error;
    });
    this.client = client;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.reconnecting;
    await this.client?.end();
  }

  /** pg ends a client on every fatal error (57P01 included) after reporting it through 'error'. */
  private lost(client: Client): void {
    if (client !== this.client || this.closed) return;
    this.client = undefined;
    this.reconnecting = backOff(() => this.connect(), {
      ...RECONNECT_BACKOFF,
      retry: (error) => {
        this.onError(error);
        return !this.closed;
      },
    })
      .then(() => {
        if (!this.closed) this.onAppended();
      })
      // Only when closed while PostgreSQL was away; each failed attempt was reported by `retry`.
      .catch(() => undefined)
      .finally(() => (this.reconnecting = undefined));
  }
}
