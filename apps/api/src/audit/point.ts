import type { ReadStreamOptions } from '@ntm/event-store';

import { ProblemException } from '../platform/problem.exception';

/** A point in a dossier's history: after a stream version, or as recorded at an instant. */
export type HistoryPoint = { readonly version: number } | { readonly at: Date };

export function pointOf(value: string): HistoryPoint {
  return /^\d+$/.test(value) ? { version: Number(value) } : { at: new Date(value) };
}

export function stateQueryPoint(query: { at?: string; version?: number }): HistoryPoint {
  if ((query.at === undefined) === (query.version === undefined)) {
    throw new ProblemException({
      code: 'audit-point',
      status: 400,
      title: { vi: 'Cần đúng một mốc thời gian', en: 'Exactly one point in time is needed' },
      detail: { vi: 'Dùng at=<thời điểm ISO> hoặc version=<n>', en: 'Use at=<ISO instant> or version=<n>' },
    });
  }
  return query.at !== undefined ? { at: new Date(query.at) } : { version: query.version ?? 0 };
}

/** The store cuts the stream at the point: later events are never read, so they cannot leak into the past. */
export const readOptions = (point: HistoryPoint): ReadStreamOptions =>
  'version' in point ? { toVersion: point.version } : { asOf: point.at };
