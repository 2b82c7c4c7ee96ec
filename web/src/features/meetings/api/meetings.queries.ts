import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../../lib/api.ts';
import type { Body, ItemList } from '../../../lib/api-types.ts';
import type {
  AgendaCandidate,
  CreateItemInput,
  CreateMeetingInput,
  Meeting,
  MeetingListItem,
  MeetingSettings,
  MyMeeting,
  MyNote,
  PublishNoticeInput,
  UpdateItemInput,
  UpdateMeetingInput,
  UpdateMeetingSettingsInput,
} from './meetings.types.ts';

const base = (slug: string) => `/api/m/${encodeURIComponent(slug)}`;
const path = (slug: string, ...parts: string[]) =>
  [base(slug), ...parts.map((part) => encodeURIComponent(part))].join('/');

/** Every meetings query of a municipality starts with this key, so one change refreshes them all. */
const meetingsKey = (slug: string) => ['meetings', slug] as const;

export type PlanFilters = { bodyId?: string; year: number };

/** The meeting plan: a year's meetings, of one body or all. */
export function meetingPlanQuery(slug: string, filters: PlanFilters) {
  return queryOptions({
    queryKey: [...meetingsKey(slug), 'plan', filters],
    queryFn: async () =>
      (
        await api<ItemList<MeetingListItem>>(path(slug, 'meetings'), {
          query: { bodyId: filters.bodyId, year: filters.year },
        })
      ).items,
    placeholderData: keepPreviousData,
  });
}

/** A meeting with its agenda and participants, as the signed-in person may see it. */
export function meetingQuery(slug: string, meetingId: string) {
  return queryOptions({
    queryKey: [...meetingsKey(slug), 'meeting', meetingId],
    queryFn: () => api<Meeting>(path(slug, 'meetings', meetingId)),
  });
}

/** The body's matters that may go on this meeting's agenda (the secretary's). */
export function agendaCandidatesQuery(slug: string, meetingId: string) {
  return queryOptions({
    queryKey: [...meetingsKey(slug), 'meeting', meetingId, 'candidates'],
    queryFn: async () =>
      (await api<ItemList<AgendaCandidate>>(path(slug, 'meetings', meetingId, 'candidates'))).items,
  });
}

/** The signed-in person's coming meetings, with their own status in each. */
export function myMeetingsQuery(slug: string) {
  return queryOptions({
    queryKey: [...meetingsKey(slug), 'my'],
    queryFn: async () => (await api<ItemList<MyMeeting>>(path(slug, 'my', 'meetings'))).items,
  });
}

export function meetingSettingsQuery(slug: string, bodyId: string) {
  return queryOptions({
    queryKey: [...meetingsKey(slug), 'settings', bodyId],
    queryFn: () => api<MeetingSettings>(path(slug, 'bodies', bodyId, 'meeting-settings')),
  });
}

/** The municipality's bodies (public), for choosing who meets. */
export function meetingBodiesQuery(slug: string) {
  return queryOptions({
    queryKey: [...meetingsKey(slug), 'bodies'],
    queryFn: async () => (await api<ItemList<Body>>(path(slug, 'bodies'))).items,
    staleTime: 60_000,
  });
}

/** The public iCalendar feed of a body's meetings. */
export function bodyCalendarUrl(slug: string, bodyId: string): string {
  return path(slug, 'public', 'bodies', bodyId, 'calendar.ics');
}

/** The public iCalendar feed of the meetings of every body a person sits in or stands in for. */
export function personCalendarUrl(slug: string, personId: string): string {
  return path(slug, 'public', 'persons', personId, 'calendar.ics');
}

/**
 * A change to a meeting: its reply (the whole meeting) replaces the cached one, and the plan and
 * lists refresh. A 409 means someone changed the meeting meanwhile, so the meeting is read anew.
 */
function useMeetingChange<Input>(slug: string, meetingId: string, send: (input: Input) => Promise<Meeting>) {
  const queryClient = useQueryClient();
  const key = meetingQuery(slug, meetingId).queryKey;
  return useMutation({
    mutationFn: send,
    onSuccess: (meeting) => {
      queryClient.setQueryData(key, meeting);
      return queryClient.invalidateQueries({ queryKey: meetingsKey(slug) });
    },
    onError: (error) => {
      if (isApiError(error, 409)) return queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export function usePlanMeeting(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMeetingInput) =>
      api<Meeting>(path(slug, 'meetings'), { method: 'POST', body: input }),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingQuery(slug, meeting.id).queryKey, meeting);
      return queryClient.invalidateQueries({ queryKey: meetingsKey(slug) });
    },
  });
}

/** Sends the meeting's version; a meeting changed by someone else in between answers 409. */
export function useUpdateMeeting(slug: string, meetingId: string) {
  return useMeetingChange(slug, meetingId, (input: UpdateMeetingInput) =>
    api<Meeting>(path(slug, 'meetings', meetingId), { method: 'PATCH', body: input }),
  );
}

export function useCancelMeeting(slug: string, meetingId: string) {
  return useMeetingChange(slug, meetingId, (input: { reason: string; version: number }) =>
    api<Meeting>(path(slug, 'meetings', meetingId, 'cancel'), { method: 'POST', body: input }),
  );
}

export function useAddItem(slug: string, meetingId: string) {
  return useMeetingChange(slug, meetingId, (input: CreateItemInput) =>
    api<Meeting>(path(slug, 'meetings', meetingId, 'items'), { method: 'POST', body: input }),
  );
}

/** Sends the item's version. */
export function useUpdateItem(slug: string, meetingId: string) {
  return useMeetingChange(slug, meetingId, ({ itemId, input }: { itemId: string; input: UpdateItemInput }) =>
    api<Meeting>(path(slug, 'meetings', meetingId, 'items', itemId), { method: 'PATCH', body: input }),
  );
}

export function useRemoveItem(slug: string, meetingId: string) {
  return useMeetingChange(slug, meetingId, (itemId: string) =>
    api<Meeting>(path(slug, 'meetings', meetingId, 'items', itemId), { method: 'DELETE' }),
  );
}

/** The whole agenda in its new order, with the meeting's version. */
export function useReorderAgenda(slug: string, meetingId: string) {
  return useMeetingChange(slug, meetingId, (input: { itemIds: string[]; version: number }) =>
    api<Meeting>(path(slug, 'meetings', meetingId, 'agenda-order'), { method: 'PUT', body: input }),
  );
}

export function usePublishNotice(slug: string, meetingId: string) {
  return useMeetingChange(slug, meetingId, (input: PublishNoticeInput) =>
    api<Meeting>(path(slug, 'meetings', meetingId, 'notice'), { method: 'POST', body: input }),
  );
}

/** One's own absence, or (the secretary) someone else's by `personId`. */
export function useReportAbsence(slug: string, meetingId: string) {
  return useMeetingChange(slug, meetingId, (input: { personId?: string; reason?: string | null }) =>
    api<Meeting>(path(slug, 'meetings', meetingId, 'absence'), { method: 'POST', body: input }),
  );
}

export function useDeclareConflict(slug: string, meetingId: string) {
  return useMeetingChange(slug, meetingId, ({ itemId, reason }: { itemId: string; reason: string }) =>
    api<Meeting>(path(slug, 'meetings', meetingId, 'items', itemId, 'conflicts'), {
      method: 'POST',
      body: { reason },
    }),
  );
}

/** Saves one's private note on an item: version 0 for the first. */
export function useSaveNote(slug: string, meetingId: string) {
  const queryClient = useQueryClient();
  const key = meetingQuery(slug, meetingId).queryKey;
  return useMutation({
    mutationFn: ({ itemId, text, version }: { itemId: string; text: string; version: number }) =>
      api<MyNote>(path(slug, 'meetings', meetingId, 'items', itemId, 'note'), {
        method: 'PUT',
        body: { text, version },
      }),
    onSuccess: (note, { itemId }) =>
      queryClient.setQueryData(key, (meeting) =>
        meeting
          ? {
              ...meeting,
              items: meeting.items.map((item) => (item.id === itemId ? { ...item, myNote: note } : item)),
            }
          : meeting,
      ),
    onError: (error) => {
      if (isApiError(error, 409)) return queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export function useUpdateMeetingSettings(slug: string, bodyId: string) {
  const queryClient = useQueryClient();
  const key = meetingSettingsQuery(slug, bodyId).queryKey;
  return useMutation({
    mutationFn: (input: UpdateMeetingSettingsInput) =>
      api<MeetingSettings>(path(slug, 'bodies', bodyId, 'meeting-settings'), {
        method: 'PATCH',
        body: input,
      }),
    onSuccess: (settings) => {
      queryClient.setQueryData(key, settings);
      return queryClient.invalidateQueries({ queryKey: meetingsKey(slug) });
    },
    onError: (error) => {
      if (isApiError(error, 409)) return queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
