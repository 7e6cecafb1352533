import {
  aggregate,
  type CriterionVerdict,
  currentCouncil,
  currentStep,
  type DossierEvent,
  type DossierStatus,
  dossierSummary,
  type DossierSummary,
  type IndicatorValue,
  measuredValues,
} from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';

import { toDossierEvent } from './timeline';

/** What the dossier looked like after a given event: the folded domain state, summarised for an auditor. */
export interface AuditState {
  /** Version of the last event folded (0: nothing yet). */
  readonly version: number;
  /** When that event was recorded by the store. */
  readonly recordedAt: string | null;
  readonly status: DossierStatus;
  readonly round: number | null;
  readonly criteria: Readonly<Record<string, CriterionVerdict>>;
  readonly indicators: Readonly<Record<string, IndicatorValue>>;
  readonly survey: DossierSummary['survey'];
  /** Votes cast in the current step's latest council session. */
  readonly votes: number;
  readonly summary: DossierSummary | null;
}

/**
 * Folds the given events, which the caller has already cut at the instant or version asked for
 * (the store reads only events up to it): nothing later can leak into the past.
 */
export function stateOf(events: readonly RecordedEvent[]): AuditState {
  const domainEvents = events.map(toDossierEvent).filter((e): e is DossierEvent => e !== undefined);
  const state = aggregate(domainEvents);
  const last = events.at(-1);
  const base = { version: last?.streamVersion ?? 0, recordedAt: last?.recordedAt.toISOString() ?? null };
  if (state.status === 'unregistered') {
    return {
      ...base,
      status: state.status,
      round: null,
      criteria: {},
      indicators: {},
      survey: null,
      votes: 0,
      summary: null,
    };
  }
  const summary = dossierSummary(state) ?? null;
  const step = currentStep(state.round);
  return {
    ...base,
    status: state.status,
    round: state.round.number,
    criteria: summary?.criteria.verdicts ?? {},
    indicators: measuredValues(state.round),
    survey: summary?.survey ?? null,
    votes: (step && currentCouncil(step)?.votes.length) ?? 0,
    summary,
  };
}
