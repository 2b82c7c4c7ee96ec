import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { CreateProviderInput, ItemList, Provider } from '../../../lib/api-types.ts';

const base = (slug: string) => `/api/m/${encodeURIComponent(slug)}/oidc-providers`;

export function providersQuery(slug: string) {
  return queryOptions({
    queryKey: ['oidc-providers', slug],
    queryFn: async () => (await api<ItemList<Provider>>(base(slug))).items,
  });
}

function useInvalidateProviders(slug: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['oidc-providers', slug] }),
      queryClient.invalidateQueries({ queryKey: ['sign-in-providers', slug] }),
    ]);
}

export function useAddProvider(slug: string) {
  const invalidate = useInvalidateProviders(slug);
  return useMutation({
    mutationFn: (input: CreateProviderInput) => api<Provider>(base(slug), { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useRemoveProvider(slug: string) {
  const invalidate = useInvalidateProviders(slug);
  return useMutation({
    mutationFn: (providerId: string) =>
      api<undefined>(`${base(slug)}/${encodeURIComponent(providerId)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
