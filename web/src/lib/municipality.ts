import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api } from './api.ts';
import type { Municipality } from './api-types.ts';

/**
 * One municipality's public facts: its name, country and own language. Many pages need them
 * (the country decides what bodies are called and which rules apply), so it lives here.
 */
export function municipalityQuery(slug: string) {
  return queryOptions({
    queryKey: ['municipality', slug],
    queryFn: () => api<Municipality>(`/api/m/${encodeURIComponent(slug)}`),
  });
}

/** The municipality a page is about; its route's loader has fetched it before the page renders. */
export function useMunicipality(slug: string): Municipality {
  return useSuspenseQuery(municipalityQuery(slug)).data;
}
