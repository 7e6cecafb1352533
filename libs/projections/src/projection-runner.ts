import { type EventLog, type LogPosition, logPositionOf } from '@ntm/event-store';
import type { DataSource } from 'typeorm';

import { advanceCheckpoint, loadCheckpoint, resetCheckpoint } from './checkpoints';
import { handledBy, type Projector } from './projector';
import { WakeUp } from './wake-up';

export interface ProjectionRunnerOptions {
  /** Events per transaction, live and in rebuilds. */
  readonly batchSize?: number;
  /** Idle polling, doubling from min to max while nothing arrives; an announcement wakes it at once. */
  readonly pollMs?: { readonly min: number; readonly max: number };
  /** A failed batch in the live loop: it is retried after the poll interval. */
  readonly onError?: (projection: string, error: unknown) => void;
}

export interface ProjectionLag {
  readonly projection: string;
  readonly checkpoint: LogPosition;
  readonly eventsBehind: number;
  /** Age of the oldest event not yet applied; 0 when caught up. */
  readonly secondsBehind: number;
}

export type Progress = (projection: string, eventsRead: number) => void;

/**
 * Runs projectors over the event log in commit-safe order: catch-up, then live. Each batch is one
 * transaction holding the read-model writes and the checkpoint, so a read model is always exactly
 * "the events up to its checkpoint". A rebuild is a reset followed by the same catch-up.
 */
export class ProjectionRunner {
  private readonly byName: ReadonlyMap<string, Projector>;
  private readonly wakeUp = new WakeUp();
  private readonly batchSize: number;
  private readonly pollMs: { readonly min: number; readonly max: number };
  private loops: Promise<void>[] | undefined;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    projectors: readonly Projector[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.byName = new Map(projectors.map((projector) => [projector.name, projector]));
    if (this.byName.size !== projectors.length) throw new Error('two projectors share a name');
    this.batchSize = options.batchSize ?? 1000;
    this.pollMs = options.pollMs ?? { min: 100, max: 5000 };
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  /** Events were appended (wire to `listenForAppends`): idle loops read at once. */
  announceAppended(): void {
    this.wakeUp.wake();
  }

  /** Applies every event safe to read now; returns how many events were read. */
  async catchUp(name: string, onProgress?: Progress): Promise<number> {
    const projector = this.projector(name);
    let total = 0;
    for (let read = await this.step(projector); read > 0; read = await this.step(projector)) {
      total += read;
      onProgress?.(name, total);
    }
    return total;
  }

  /** Empties the projector's tables and replays the whole log through the live code path. */
  async rebuild(name: string, onProgress?: Progress): Promise<number> {
    const projector = this.projector(name);
    await this.dataSource.transaction(async (manager) => {
      await resetCheckpoint(manager, name);
      const tables = projector.owns.map((entity) => manager.connection.getMetadata(entity).tablePath);
      if (tables.length > 0) await manager.query(`truncate table ${tables.join(', ')}`);
    });
    return this.catchUp(name, onProgress);
  }

  async lag(): Promise<ProjectionLag[]> {
    const now = Date.now();
    return Promise.all(
      this.names.map(async (projection) => {
        const checkpoint = await loadCheckpoint(this.dataSource.manager, projection);
        const backlog = await this.log.backlog(checkpoint);
        const oldest = backlog.oldestRecordedAt?.getTime() ?? now;
        return {
          projection,
          checkpoint,
          eventsBehind: backlog.events,
          secondsBehind: Math.max(0, now - oldest) / 1000,
        };
      }),
    );
  }

  start(): void {
    if (this.loops) throw new Error('projection runner already started');
    this.stopping = false;
    this.loops = [...this.byName.values()].map((projector) => this.live(projector));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp.wake();
    await Promise.all(this.loops ?? []);
    this.loops = undefined;
  }

  private async live(projector: Projector): Promise<void> {
    let idleMs = this.pollMs.min;
    while (!this.stopping) {
      const seen = this.wakeUp.generation;
      const read = await this.step(projector).catch((error: unknown) => {
        this.options.onError?.(projector.name, error);
        return 0;
      });
      if (read > 0) {
        idleMs = this.pollMs.min;
        continue;
      }
      await this.wakeUp.sleep(seen, idleMs);
      // Announced events may wait behind an older transaction still running: poll soon again.
      idleMs = this.wakeUp.generation === seen ? Math.min(idleMs * 2, this.pollMs.max) : this.pollMs.min;
    }
  }

  /** One batch after the checkpoint; returns how many events were read (0: caught up). */
  private async step(projector: Projector): Promise<number> {
    const from = await loadCheckpoint(this.dataSource.manager, projector.name);
    const events = await this.log.readAll(from, this.batchSize);
    if (events.length === 0) return 0;
    const handled = events.filter(handledBy(projector));
    await this.dataSource.transaction(async (manager) => {
      // Lost the race to another runner: it applied these events; the next step reads on from there.
      if (!(await advanceCheckpoint(manager, projector.name, from, logPositionOf(events[events.length - 1])))) return;
      if (handled.length > 0) await projector.apply(handled, manager);
    });
    return events.length;
  }

  private projector(name: string): Projector {
    const projector = this.byName.get(name);
    if (!projector) throw new UnknownProjection(name, this.names);
    return projector;
  }
}

export class UnknownProjection extends Error {
  constructor(
    readonly projection: string,
    readonly known: readonly string[],
  ) {
    super(`unknown projection ${projection} (known: ${known.join(', ')})`);
    this.name = 'UnknownProjection';
  }
}
