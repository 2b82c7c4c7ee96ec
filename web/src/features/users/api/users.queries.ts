import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { CreateUserInput, ItemList, User } from '../../../lib/api-types.ts';
import type { Role } from '../../../lib/roles.ts';

const base = (slug: string) => `/api/m/${encodeURIComponent(slug)}/users`;

export function usersQuery(slug: string) {
  return queryOptions({
    queryKey: ['users', slug],
    queryFn: async () => (await api<ItemList<User>>(base(slug))).items,
  });
}

function useInvalidateUsers(slug: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['users', slug] }),
      queryClient.invalidateQueries({ queryKey: ['overview', slug] }),
      queryClient.invalidateQueries({ queryKey: ['session'] }),
    ]);
}

/** Gives a person roles here; the account is created when the e-mail address is new. */
export function useAddUser(slug: string) {
  const invalidate = useInvalidateUsers(slug);
  return useMutation({
    mutationFn: (input: CreateUserInput) => api<User>(base(slug), { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

/** Sets exactly which roles a person holds here; no roles removes them from the municipality. */
export function useSetRoles(slug: string) {
  const invalidate = useInvalidateUsers(slug);
  return useMutation({
    mutationFn: ({ userId, roles }: { userId: string; roles: Role[] }) =>
      api<User>(`${base(slug)}/${encodeURIComponent(userId)}/roles`, { method: 'PUT', body: { roles } }),
    onSuccess: invalidate,
  });
}
