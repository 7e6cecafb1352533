import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import type { TimelineEntry } from './timeline';

export type AuditState = components['schemas']['AuditStateResponse'];
export type StateDiff = components['schemas']['StateDiffResponse'];

// Every audit read is itself recorded (an AuditRead event): nothing here is fetched again on a timer.
const RECORDED = { staleTime: Infinity, refetchOnWindowFocus: false } as const;

export function useTimeline(dossierId: string) {
  return useQuery({
    queryKey: ['audit', dossierId, 'timeline'],
    queryFn: async (): Promise<TimelineEntry[]> =>
      (await answer(api.GET('/api/v1/audit/dossiers/{id}/timeline', { params: { path: { id: dossierId } } }))).events,
    ...RECORDED,
  });
}

/**
 * Each of the dossier's streams (its own, its notices, its evidence files), its hash chain checked by
 * the server against the latest signed checkpoint: a rewritten notice is as much a tampering as a
 * rewritten appraisal.
 */
export function useVerifyStreams(streamIds: readonly string[]) {
  return useQueries({
    queries: streamIds.map((stream) => ({
      queryKey: ['audit', 'verify', stream],
      queryFn: () => answer(api.GET('/api/v1/audit/verify', { params: { query: { stream } } })),
      ...RECORDED,
    })),
  }).map(({ data, error }, index) => ({ streamId: streamIds[index]!, result: data, error }));
}

export function useStateAt(dossierId: string, version: number | undefined) {
  return useQuery({
    queryKey: ['audit', dossierId, 'state', version],
    enabled: version !== undefined,
    placeholderData: keepPreviousData,
    queryFn: (): Promise<AuditState> =>
      answer(
        api.GET('/api/v1/audit/dossiers/{id}/state', {
          params: { path: { id: dossierId }, query: { version } },
        }),
      ),
    ...RECORDED,
  });
}

export function useDiff(dossierId: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: ['audit', dossierId, 'diff', from, to],
    enabled: from !== undefined && to !== undefined,
    placeholderData: keepPreviousData,
    queryFn: (): Promise<StateDiff> =>
      answer(
        api.GET('/api/v1/audit/dossiers/{id}/diff', {
          params: { path: { id: dossierId }, query: { from: String(from), to: String(to) } },
        }),
      ),
    ...RECORDED,
  });
}

/** The latest signed checkpoint, for its public key; none signed yet is an answer, not an error. */
export function useLatestCheckpoint() {
  return useQuery({
    queryKey: ['audit', 'checkpoint'],
    queryFn: async () => {
      const { data } = await api.GET('/api/v1/audit/checkpoints/latest');
      return data ?? null;
    },
    ...RECORDED,
  });
}
