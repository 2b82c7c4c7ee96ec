import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoleType } from '../../../../../common/organisation.ts';
import { api } from '../../../lib/api.ts';
import type {
  AdoptRoleDescriptionInput,
  AppointInput,
  AppointResult,
  Body,
  BodyDetail,
  CompositionInput,
  CompositionResult,
  CreateBodyInput,
  CreatePersonInput,
  CreatePositionInput,
  CreateTermInput,
  EndMembershipInput,
  EndMembershipResult,
  GenderBalance,
  ImportInput,
  ImportReport,
  ItemList,
  MoveUpInput,
  PersonForAdministrators,
  PersonPage,
  Position,
  Representation,
  RoleDescription,
  Seat,
  Term,
  UpdateBodyInput,
  UpdatePersonInput,
} from '../../../lib/api-types.ts';
import type { Locale } from '../../../lib/i18n.ts';

const base = (slug: string) => `/api/m/${encodeURIComponent(slug)}`;
const path = (slug: string, ...parts: string[]) =>
  [base(slug), ...parts.map((part) => encodeURIComponent(part))].join('/');

/** Every organisation query of a municipality starts with this key, so one change refreshes them all. */
const orgKey = (slug: string) => ['organisation', slug] as const;

export function bodiesQuery(slug: string, includeEnded = false) {
  return queryOptions({
    queryKey: [...orgKey(slug), 'bodies', includeEnded],
    queryFn: async () =>
      (
        await api<ItemList<Body>>(path(slug, 'bodies'), {
          query: { includeEnded: includeEnded ? 'true' : undefined },
        })
      ).items,
    placeholderData: keepPreviousData,
  });
}

/** A body with its members in a term: the term in force today unless `termId` names another. */
export function bodyDetailQuery(slug: string, bodyId: string, termId?: string) {
  return queryOptions({
    queryKey: [...orgKey(slug), 'body', bodyId, termId ?? 'current'],
    queryFn: () => api<BodyDetail>(path(slug, 'bodies', bodyId), { query: { termId } }),
  });
}

export function termsQuery(slug: string) {
  return queryOptions({
    queryKey: [...orgKey(slug), 'terms'],
    queryFn: async () => (await api<ItemList<Term>>(path(slug, 'terms'))).items,
  });
}

export function positionsQuery(slug: string) {
  return queryOptions({
    queryKey: [...orgKey(slug), 'positions'],
    queryFn: async () => (await api<ItemList<Position>>(path(slug, 'positions'))).items,
  });
}

/** The role descriptions on it come in the UI language where translated, hence the locale in the key. */
export function personPageQuery(slug: string, personId: string, locale: Locale) {
  return queryOptions({
    queryKey: [...orgKey(slug), 'person', personId, locale],
    queryFn: () => api<PersonPage>(path(slug, 'persons', personId)),
  });
}

/** People, for administrators: with gender, birth year and every contact detail. */
export function personsQuery(slug: string, search = '') {
  return queryOptions({
    queryKey: [...orgKey(slug), 'persons', search],
    queryFn: async () =>
      (
        await api<ItemList<PersonForAdministrators>>(path(slug, 'persons'), {
          query: { q: search || undefined },
        })
      ).items,
    placeholderData: keepPreviousData,
  });
}

export function roleDescriptionsQuery(slug: string, locale: Locale) {
  return queryOptions({
    queryKey: [...orgKey(slug), 'role-descriptions', locale],
    queryFn: async () => (await api<ItemList<RoleDescription>>(path(slug, 'role-descriptions'))).items,
    placeholderData: keepPreviousData,
  });
}

export function roleDescriptionVersionsQuery(slug: string, roleType: RoleType, locale: Locale) {
  return queryOptions({
    queryKey: [...orgKey(slug), 'role-descriptions', locale, roleType, 'versions'],
    queryFn: async () =>
      (await api<ItemList<RoleDescription>>(path(slug, 'role-descriptions', roleType, 'versions'))).items,
  });
}

export function representationQuery(slug: string) {
  return queryOptions({
    queryKey: [...orgKey(slug), 'representation'],
    queryFn: () => api<Representation>(path(slug, 'representation')),
  });
}

/**
 * How a proposed composition meets the gender rule, without saving it. The seats are part of the
 * key, so each distinct proposal is asked about once; the last answer stays while the next loads.
 */
export function compositionCheckQuery(slug: string, bodyId: string, members: Seat[]) {
  return queryOptions({
    queryKey: [...orgKey(slug), 'composition-check', bodyId, members],
    queryFn: () =>
      api<GenderBalance>(path(slug, 'bodies', bodyId, 'composition', 'check'), {
        method: 'POST',
        body: { members },
      }),
    enabled: members.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/** A change to the organisation shows on every organisation page of the municipality. */
function useChange<Input, Result>(slug: string, send: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey(slug) }),
  });
}

export function useCreateTerm(slug: string) {
  return useChange(slug, (input: CreateTermInput) =>
    api<Term>(path(slug, 'terms'), { method: 'POST', body: input }),
  );
}

export function useCreateBody(slug: string) {
  return useChange(slug, (input: CreateBodyInput) =>
    api<Body>(path(slug, 'bodies'), { method: 'POST', body: input }),
  );
}

/** Sends the version last read; a body changed by someone else in between answers 409. */
export function useUpdateBody(slug: string) {
  return useChange(slug, ({ bodyId, patch }: { bodyId: string; patch: UpdateBodyInput }) =>
    api<Body>(path(slug, 'bodies', bodyId), { method: 'PATCH', body: patch }),
  );
}

export function useCreatePerson(slug: string) {
  return useChange(slug, (input: CreatePersonInput) =>
    api<PersonForAdministrators>(path(slug, 'persons'), { method: 'POST', body: input }),
  );
}

export function useUpdatePerson(slug: string) {
  return useChange(slug, ({ personId, patch }: { personId: string; patch: UpdatePersonInput }) =>
    api<PersonForAdministrators>(path(slug, 'persons', personId), { method: 'PATCH', body: patch }),
  );
}

/** Elects a body's members for a term as a whole; a Norwegian body breaking § 7-6 answers 422. */
export function useSetComposition(slug: string, bodyId: string) {
  return useChange(slug, (input: CompositionInput) =>
    api<CompositionResult>(path(slug, 'bodies', bodyId, 'composition'), { method: 'PUT', body: input }),
  );
}

export function useAppoint(slug: string) {
  return useChange(slug, (input: AppointInput) =>
    api<AppointResult>(path(slug, 'memberships'), { method: 'POST', body: input }),
  );
}

/** Ends a membership; the reply names the substitute next in order on the same list. */
export function useEndMembership(slug: string) {
  return useChange(slug, ({ membershipId, input }: { membershipId: string; input: EndMembershipInput }) =>
    api<EndMembershipResult>(path(slug, 'memberships', membershipId), { method: 'PATCH', body: input }),
  );
}

export function useMoveUp(slug: string) {
  return useChange(slug, ({ membershipId, input }: { membershipId: string; input: MoveUpInput }) =>
    api<AppointResult>(path(slug, 'memberships', membershipId, 'move-up'), { method: 'POST', body: input }),
  );
}

export function useCreatePosition(slug: string) {
  return useChange(slug, (input: CreatePositionInput) =>
    api<Position>(path(slug, 'positions'), { method: 'POST', body: input }),
  );
}

export function useEndPosition(slug: string) {
  return useChange(
    slug,
    ({ positionId, endsOn, version }: { positionId: string; endsOn: string; version: number }) =>
      api<Position>(path(slug, 'positions', positionId), { method: 'PATCH', body: { endsOn, version } }),
  );
}

export function useAdoptRoleDescription(slug: string) {
  return useChange(slug, (input: AdoptRoleDescriptionInput) =>
    api<RoleDescription>(path(slug, 'role-descriptions'), { method: 'POST', body: input }),
  );
}

/** Checks (dryRun) or imports a file; the report lists every problem by line and column. */
export function useImportOrganisation(slug: string) {
  return useChange(slug, (input: ImportInput) =>
    api<ImportReport>(path(slug, 'organisation', 'import'), { method: 'POST', body: input }),
  );
}

/** The address of the export, a plain download with the session cookie. */
export function exportUrl(slug: string, format: 'csv' | 'xlsx'): string {
  return `${path(slug, 'organisation', 'export')}?format=${format}`;
}
