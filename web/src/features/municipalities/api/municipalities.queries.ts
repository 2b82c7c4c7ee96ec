import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ItemList, Municipality, Overview } from '../../../lib/api-types.ts';

export const municipalitiesQuery = queryOptions({
  queryKey: ['municipalities'],
  queryFn: async () => (await api<ItemList<Municipality>>('/api/municipalities')).items,
});

/** The signed-in start page: the municipality, the caller's roles there, counts for administrators. */
export function overviewQuery(slug: string) {
  return queryOptions({
    queryKey: ['overview', slug],
    queryFn: () => api<Overview>(`/api/m/${encodeURIComponent(slug)}/overview`),
  });
}
