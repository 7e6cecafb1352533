import { useQuery } from '@tanstack/react-query';

import { answer, api } from '../api/client';

/** The province's official calendar for the years given (days off, weekend days worked). */
export function useCalendars(province: string, years: readonly string[]) {
  return useQuery({
    queryKey: ['calendar', province, years],
    queryFn: () =>
      Promise.all(
        years.map((year) =>
          answer(
            api.GET('/api/v1/calendar/{code}', { params: { path: { code: province }, query: { year: Number(year) } } }),
          ),
        ),
      ),
  });
}
