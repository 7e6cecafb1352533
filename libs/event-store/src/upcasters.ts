/** Turns the data of one schema version into the next one's shape. */
export type Upcast = (data: never) => unknown;

interface Versioned {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * Old event shapes are upgraded when read (stream reads, the global log, subscriptions); the
 * stored rows, and so their hashes, never change. Upcasters chain: v1 -> v2 -> v3.
 */
export class UpcasterRegistry {
  private readonly upcasts = new Map<string, Upcast>();

  register(type: string, fromSchemaVersion: number, upcast: Upcast): this {
    const key = keyOf(type, fromSchemaVersion);
    if (this.upcasts.has(key)) throw new Error(`upcaster for ${type} v${fromSchemaVersion} registered twice`);
    this.upcasts.set(key, upcast);
    return this;
  }

  upcast<E extends Versioned>(event: E): E {
    let current = event;
    for (;;) {
      const upcast = this.upcasts.get(keyOf(current.type, current.schemaVersion));
      if (!upcast) return current;
      current = { ...current, schemaVersion: current.schemaVersion + 1, data: upcast(current.data as never) };
    }
  }
}

function keyOf(type: string, schemaVersion: number): string {
  return `${type}@${schemaVersion}`;
}
