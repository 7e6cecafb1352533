import { useQuery } from '@tanstack/react-query';

import { answer, api } from '../api/client';

/** The dossier's summary (read model) and its current round as filed (its stream), read together. */
export function useDossier(dossierId: string) {
  const detail = useQuery({
    queryKey: ['dossier', dossierId, 'detail'],
    queryFn: () => answer(api.GET('/api/v1/dossiers/{id}', { params: { path: { id: dossierId } } })),
  });
  const assessment = useQuery({
    queryKey: ['dossier', dossierId, 'assessment'],
    queryFn: () => answer(api.GET('/api/v1/dossiers/{id}/assessment', { params: { path: { id: dossierId } } })),
  });
  return { detail, assessment };
}
