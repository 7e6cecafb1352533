import { useQuery } from '@tanstack/react-query';

import { answer, api } from '../api/client';
import { writtenVersions } from '../shared/commands';

/** The dossier's summary (read model) and its current round as filed (its stream), read together. */
export function useDossier(dossierId: string) {
  const detail = useQuery({
    queryKey: ['dossier', dossierId, 'detail'],
    queryFn: () => {
      const minVersion = writtenVersions.get(dossierId);
      return answer(
        api.GET('/api/v1/dossiers/{id}', {
          params: { path: { id: dossierId }, query: minVersion ? { minVersion } : {} },
        }),
      );
    },
  });
  const assessment = useQuery({
    queryKey: ['dossier', dossierId, 'assessment'],
    queryFn: () => answer(api.GET('/api/v1/dossiers/{id}/assessment', { params: { path: { id: dossierId } } })),
  });
  return { detail, assessment };
}
