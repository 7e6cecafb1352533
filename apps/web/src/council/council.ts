import { useInfiniteQuery, useQuery } from '@tanstack/react-query';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import type { Role } from '../auth/session';

export type Council = components['schemas']['CouncilResponse'];
export type CouncilSession = NonNullable<Council['current']>;
export type CouncilSubject = 'recognition' | 'revocation';

/** Who records a council: the province's secretary; the district coordinator records the district's (three-tier). */
export const SECRETARY_ROLES: readonly Role[] = ['council-secretary', 'district-coordinator'];
export const MEMBER_ROLES: readonly Role[] = ['council-member', 'district-council-member'];

/** The dossier's council, folded from its stream: read again after each command on the dossier. */
export function useCouncil(dossierId: string) {
  return useQuery({
    queryKey: ['dossier', dossierId, 'council'],
    queryFn: () => answer(api.GET('/api/v1/dossiers/{id}/council', { params: { path: { id: dossierId } } })),
  });
}

/** A share of the rule (2/3, 0.9) as a percentage a reader checks a count against. */
export const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

export interface AgendaFilters {
  readonly unit?: string;
  readonly subject?: CouncilSubject;
  /** A member's own ballot: cast, or still to cast. */
  readonly voted?: 'voted' | 'pending';
}

/** Whether an agenda row passes the commune and subject filters. */
export const matches = (filters: AgendaFilters, row: { readonly unitCode: string; readonly subject: string }) =>
  (!filters.unit || row.unitCode.startsWith(filters.unit)) && (!filters.subject || row.subject === filters.subject);

interface Paged<T> {
  readonly items: T[];
  readonly nextCursor?: string;
}

/** One of the agenda's lists, a page at a time (the API's cursor); re-read after every command. */
export function useAgendaPages<T>(name: string, load: (cursor: string | undefined) => Promise<Paged<T>>) {
  const query = useInfiniteQuery({
    queryKey: ['queue', 'council', name],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: Paged<T>) => page.nextCursor,
    queryFn: ({ pageParam }) => load(pageParam),
  });
  return { query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

/** The sessions sitting in the caller's units (members and how many voted, never how). */
export const useSittingSessions = () =>
  useAgendaPages('sitting', (cursor) =>
    answer(api.GET('/api/v1/work-queues/council', { params: { query: { limit: 100, ...(cursor && { cursor }) } } })),
  );
