import type { AuditState } from './point-in-time';

export interface Change<T> {
  readonly from: T | null;
  readonly to: T | null;
}

/** What changed between two states of the same dossier; only what differs is listed. */
export interface StateDiff {
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly status?: Change<string>;
  readonly round?: Change<number>;
  readonly criteria: Readonly<Record<string, Change<string>>>;
  readonly indicators: Readonly<Record<string, Change<string | number | boolean>>>;
  readonly votes?: Change<number>;
}

function changedKeys<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): Record<string, Change<T>> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const changes = keys.filter((k) => a[k] !== b[k]).map((k) => [k, { from: a[k] ?? null, to: b[k] ?? null }]);
  return Object.fromEntries(changes);
}

const change = <T>(from: T, to: T): { from: T; to: T } | undefined => (from === to ? undefined : { from, to });

export function diffStates(from: AuditState, to: AuditState): StateDiff {
  const status = change<string>(from.status, to.status);
  const round = change(from.round, to.round);
  const votes = change(from.votes, to.votes);
  return {
    fromVersion: from.version,
    toVersion: to.version,
    ...(status ? { status } : {}),
    ...(round ? { round } : {}),
    criteria: changedKeys(from.criteria, to.criteria),
    indicators: changedKeys(from.indicators, to.indicators),
    ...(votes ? { votes } : {}),
  };
}
