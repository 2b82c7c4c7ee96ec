import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api.ts';
import type { ItemList, PublicProvider, Session, SignedOutEverywhere } from '../../../lib/api-types.ts';
import { sessionKey } from '../../../lib/session.ts';

export function signInProvidersQuery(slug: string) {
  return queryOptions({
    queryKey: ['sign-in-providers', slug],
    queryFn: async () =>
      (await api<ItemList<PublicProvider>>(`/api/m/${encodeURIComponent(slug)}/sign-in-providers`)).items,
  });
}

/** Signs in with e-mail and password; the new session replaces everything cached for the old one. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api<Session>('/api/session', { method: 'POST', body: input }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

const signedOut: Session = { user: null, csrfToken: null, via: null, memberships: [] };

function useForgetSession() {
  const queryClient = useQueryClient();
  return () => {
    setCsrfToken(null);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    queryClient.setQueryData(sessionKey, signedOut);
  };
}

export function useSignOut() {
  const forget = useForgetSession();
  return useMutation({
    mutationFn: () => api<undefined>('/api/session', { method: 'DELETE' }),
    onSuccess: forget,
  });
}

/** Ends every session of the person, on every device. */
export function useSignOutEverywhere() {
  const forget = useForgetSession();
  return useMutation({
    mutationFn: () => api<SignedOutEverywhere>('/api/sessions', { method: 'DELETE' }),
    onSuccess: forget,
  });
}
