import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { CreatedToken, CreateTokenInput, ItemList, Token } from '../../../lib/api-types.ts';

const base = (slug: string) => `/api/m/${encodeURIComponent(slug)}/tokens`;

export function tokensQuery(slug: string) {
  return queryOptions({
    queryKey: ['tokens', slug],
    queryFn: async () => (await api<ItemList<Token>>(base(slug))).items,
  });
}

/** Creates a token for one of the caller's roles; the reply holds the secret, shown only once. */
export function useCreateToken(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTokenInput) => api<CreatedToken>(base(slug), { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens', slug] }),
  });
}

export function useRevokeToken(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) =>
      api<Token>(`${base(slug)}/${encodeURIComponent(tokenId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens', slug] }),
  });
}
