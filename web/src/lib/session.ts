import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from './api.ts';
import type { Membership, Session } from './api-types.ts';
import type { Role } from '../../../common/roles.ts';

async function fetchSession(): Promise<Session> {
  const session = await api<Session>('/api/session');
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionKey = ['session'] as const;

/** Who is signed in, their memberships and the CSRF token. Loaded before the first page renders. */
export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: fetchSession,
  staleTime: 60_000,
});

export function useSession(): Session {
  return useSuspenseQuery(sessionQuery).data;
}

/** The signed-in person's membership in one municipality, if any. */
export function useMembership(slug: string | undefined): Membership | undefined {
  const session = useSession();
  return slug ? session.memberships.find((m) => m.slug === slug) : undefined;
}

export function rolesOf(membership: Membership | undefined): Role[] {
  return membership?.roles ?? [];
}
