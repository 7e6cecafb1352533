import type { DossierEvent, DossierStatus } from '@ntm/domain';

import type { CommandOutcome } from './messages';

/**
 * The answer each recorded command got, by command id. Temporal answers a retried Update from its
 * own record only within the run that took it; after a continue-as-new, a request retried with the
 * same Idempotency-Key gets its answer from here instead of being decided again (which would refuse
 * it, the state already holding its effect). The answer carries the command's events, with the
 * version and status as they stood right after them.
 */
export class RecordedOutcomes {
  private readonly byCommand = new Map<string, CommandOutcome>();

  constructor(private readonly dossierId: string) {}

  /** Called for each event as it is applied, with the stream version it holds and the state after it. */
  note(event: DossierEvent, version: number, status: DossierStatus): void {
    const { commandId } = event.metadata;
    const earlier = this.byCommand.get(commandId)?.events ?? [];
    this.byCommand.set(commandId, { dossierId: this.dossierId, version, events: [...earlier, event.type], status });
  }

  of(commandId: string): CommandOutcome | undefined {
    return this.byCommand.get(commandId);
  }
}
