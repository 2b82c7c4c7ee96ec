import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { MatterState, MatterType } from '../../../../../common/matters.ts';
import { api } from '../../../lib/api.ts';
import type {
  Assignment,
  Body,
  CreateDeadlineInput,
  CreateDocumentInput,
  CreateMatterInput,
  ItemList,
  Matter,
  MatterDeadline,
  MatterDocument,
  MatterFile,
  MatterList,
  MatterListItem,
  Notification,
  Position,
  PreparationInput,
  PriorityList,
  Recommendation,
  RecordDecisionInput,
  ReportAssignmentInput,
  SaveRecommendationInput,
  SearchResult,
  SetPrioritiesInput,
  TimelineEvent,
  TransitionInput,
  UpdateDeadlineInput,
} from '../../../lib/api-types.ts';
import type { Locale } from '../../../lib/i18n.ts';

const base = (slug: string) => `/api/m/${encodeURIComponent(slug)}`;
const path = (slug: string, ...parts: string[]) =>
  [base(slug), ...parts.map((part) => encodeURIComponent(part))].join('/');

/** Every matters query of a municipality starts with this key, so one change refreshes them all. */
const mattersKey = (slug: string) => ['matters', slug] as const;

export const REGISTRY_PAGE_SIZE = 25;
export const SEARCH_PAGE_SIZE = 20;

/** The registry's filters, as the list and the search both take them. */
export type RegistryFilters = {
  bodyId?: string;
  personId?: string;
  type?: MatterType;
  state?: MatterState;
  year?: number;
  open?: boolean;
};

function filterQuery(filters: RegistryFilters) {
  return {
    bodyId: filters.bodyId,
    personId: filters.personId,
    type: filters.type,
    state: filters.state,
    year: filters.year,
    open: filters.open ? 'true' : undefined,
  };
}

export function registryQuery(slug: string, filters: RegistryFilters, offset: number) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'registry', filters, offset],
    queryFn: () =>
      api<MatterList>(path(slug, 'matters'), {
        query: {
          ...filterQuery(filters),
          limit: REGISTRY_PAGE_SIZE,
          offset,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

/** Ranked hits over matters and documents, with the registry's filters. */
export function registrySearchQuery(slug: string, q: string, filters: RegistryFilters, offset: number) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'search', q, filters, offset],
    queryFn: () =>
      api<SearchResult>(path(slug, 'matters', 'search'), {
        query: { q, ...filterQuery(filters), limit: SEARCH_PAGE_SIZE, offset },
      }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}

export function matterQuery(slug: string, matterId: string) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'matter', matterId],
    queryFn: () => api<Matter>(path(slug, 'matters', matterId)),
  });
}

export function timelineQuery(slug: string, matterId: string) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'matter', matterId, 'timeline'],
    queryFn: async () =>
      (await api<ItemList<TimelineEvent>>(path(slug, 'matters', matterId, 'timeline'))).items,
  });
}

export function recommendationQuery(slug: string, matterId: string) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'matter', matterId, 'recommendation'],
    queryFn: () => api<Recommendation>(path(slug, 'matters', matterId, 'recommendation')),
  });
}

export type AssignmentFilters = { mine?: boolean; bodyId?: string; unitId?: string; overdue?: boolean };

export function assignmentsQuery(slug: string, filters: AssignmentFilters) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'assignments', filters],
    queryFn: async () =>
      (
        await api<ItemList<Assignment>>(path(slug, 'assignments'), {
          query: {
            mine: filters.mine ? 'true' : undefined,
            bodyId: filters.bodyId,
            unitId: filters.unitId,
            overdue: filters.overdue ? 'true' : undefined,
          },
        })
      ).items,
    placeholderData: keepPreviousData,
  });
}

export type DeadlineFilters = { mine?: boolean; bodyId?: string; personId?: string };

export function deadlinesQuery(slug: string, when: 'overdue' | 'due_soon', filters: DeadlineFilters) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'deadlines', when, filters],
    queryFn: async () =>
      (
        await api<ItemList<MatterDeadline>>(path(slug, 'deadlines'), {
          query: {
            when,
            mine: filters.mine ? 'true' : undefined,
            bodyId: filters.bodyId,
            personId: filters.personId,
          },
        })
      ).items,
    placeholderData: keepPreviousData,
  });
}

export function prioritiesQuery(slug: string, bodyId: string) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'priorities', bodyId],
    queryFn: () => api<PriorityList>(path(slug, 'bodies', bodyId, 'priorities')),
  });
}

export function readyMattersQuery(slug: string, bodyId: string) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'ready', bodyId],
    queryFn: async () =>
      (await api<ItemList<MatterListItem>>(path(slug, 'bodies', bodyId, 'ready-matters'))).items,
  });
}

/** The body's open matters, the candidates for its priority list (at most the API's page of 200). */
export function openMattersOfBodyQuery(slug: string, bodyId: string) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'open-of-body', bodyId],
    queryFn: async () =>
      (
        await api<MatterList>(path(slug, 'matters'), {
          query: { bodyId, open: 'true', limit: 200 },
        })
      ).items,
  });
}

/** The messages come in the UI language, hence the locale in the key. */
export function notificationsQuery(slug: string, locale: Locale) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'notifications', locale],
    queryFn: () => api<ItemList<Notification> & { unread: number }>(path(slug, 'notifications')),
  });
}

/** The municipality's bodies, for choosing who decides, prepares or carries out. */
export function bodiesQuery(slug: string) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'bodies'],
    queryFn: async () => (await api<ItemList<Body>>(path(slug, 'bodies'))).items,
    staleTime: 60_000,
  });
}

/** Officials' positions: the people who can be responsible for a matter or carry out an assignment. */
export function positionsQuery(slug: string) {
  return queryOptions({
    queryKey: [...mattersKey(slug), 'positions'],
    queryFn: async () => (await api<ItemList<Position>>(path(slug, 'positions'))).items,
    staleTime: 60_000,
  });
}

/** A change to a matter shows on every matters page of the municipality. */
function useChange<Input, Result>(slug: string, send: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mattersKey(slug) }),
  });
}

export function useRegisterMatter(slug: string) {
  return useChange(slug, (input: CreateMatterInput) =>
    api<Matter>(path(slug, 'matters'), { method: 'POST', body: input }),
  );
}

/** Sends the version last read; a matter changed by someone else in between answers 409. */
export function useTransitionMatter(slug: string, matterId: string) {
  return useChange(slug, (input: TransitionInput) =>
    api<Matter>(path(slug, 'matters', matterId, 'transitions'), { method: 'POST', body: input }),
  );
}

export function useUpdatePreparation(slug: string, matterId: string) {
  return useChange(slug, (input: PreparationInput) =>
    api<Matter>(path(slug, 'matters', matterId, 'preparation'), { method: 'PATCH', body: input }),
  );
}

export function useConfirmInvestigated(slug: string, matterId: string) {
  return useChange(slug, (version: number) =>
    api<Matter>(path(slug, 'matters', matterId, 'investigated'), { method: 'POST', body: { version } }),
  );
}

/** Saves the sections; the first save sends version 0. */
export function useSaveRecommendation(slug: string, matterId: string) {
  return useChange(slug, (input: SaveRecommendationInput) =>
    api<Recommendation>(path(slug, 'matters', matterId, 'recommendation'), { method: 'PUT', body: input }),
  );
}

export function useRecordDecision(slug: string, matterId: string) {
  return useChange(slug, (input: RecordDecisionInput) =>
    api<Matter>(path(slug, 'matters', matterId, 'decisions'), { method: 'POST', body: input }),
  );
}

export function useRegisterDocument(slug: string, matterId: string) {
  return useChange(slug, (input: CreateDocumentInput) =>
    api<MatterDocument>(path(slug, 'matters', matterId, 'documents'), { method: 'POST', body: input }),
  );
}

/** Sends the file itself as the body, typed by its own Content-Type; the server checks its content. */
export function useUploadFile(slug: string, matterId: string) {
  return useChange(slug, ({ documentId, file }: { documentId: string; file: File }) =>
    api<MatterFile>(path(slug, 'matters', matterId, 'documents', documentId, 'files'), {
      method: 'POST',
      query: { name: file.name },
      body: file,
    }),
  );
}

export function useAddDeadline(slug: string, matterId: string) {
  return useChange(slug, (input: CreateDeadlineInput) =>
    api<MatterDeadline>(path(slug, 'matters', matterId, 'deadlines'), { method: 'POST', body: input }),
  );
}

export function useCloseDeadline(slug: string, matterId: string) {
  return useChange(slug, ({ deadlineId, input }: { deadlineId: string; input: UpdateDeadlineInput }) =>
    api<MatterDeadline>(path(slug, 'matters', matterId, 'deadlines', deadlineId), {
      method: 'PATCH',
      body: input,
    }),
  );
}

export function useReportAssignment(slug: string) {
  return useChange(slug, ({ assignmentId, input }: { assignmentId: string; input: ReportAssignmentInput }) =>
    api<Assignment>(path(slug, 'assignments', assignmentId, 'report'), { method: 'POST', body: input }),
  );
}

export function useSetPriorities(slug: string, bodyId: string) {
  return useChange(slug, (input: SetPrioritiesInput) =>
    api<PriorityList>(path(slug, 'bodies', bodyId, 'priorities'), { method: 'PUT', body: input }),
  );
}

export function useMarkNotificationRead(slug: string) {
  return useChange(slug, (notificationId: string) =>
    api<undefined>(path(slug, 'notifications', notificationId, 'read'), { method: 'POST' }),
  );
}

/** The address of a file, a plain download with the session cookie. */
export function fileUrl(slug: string, matterId: string, documentId: string, fileId: string): string {
  return path(slug, 'matters', matterId, 'documents', documentId, 'files', fileId);
}
