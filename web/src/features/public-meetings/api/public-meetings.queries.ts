import { queryOptions } from '@tanstack/react-query';
import { isPoliticalKind } from '../../../../../common/organisation.ts';
import { api } from '../../../lib/api.ts';
import type { Body, ItemList, Term } from '../../../lib/api-types.ts';
import type {
  MeetingStatistics,
  NoticeBoard,
  PublicMeeting,
  PublicMeetingListItem,
} from './public-meetings.types.ts';

const base = (slug: string) => `/api/m/${encodeURIComponent(slug)}`;
const path = (slug: string, ...parts: string[]) =>
  [base(slug), ...parts.map((part) => encodeURIComponent(part))].join('/');

/** Every public meetings query of a municipality starts with this key. */
const publicKey = (slug: string) => ['public-meetings', slug] as const;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the browser's own calendar, as YYYY-MM-DD. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isDay(value: string | null): value is string {
  return value !== null && isoDay.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

// Notice board ----------------------------------------------------------------------------------

/** What is up on the notice board now, or (with `archive`) the notices whose time has passed. */
export function noticeBoardQuery(slug: string, archive: boolean) {
  return queryOptions({
    queryKey: [...publicKey(slug), 'notice-board', archive],
    queryFn: () =>
      api<NoticeBoard>(path(slug, 'public', 'notice-board'), {
        query: { archive: archive ? 'true' : undefined },
      }),
  });
}

/** The notice board's feeds, for feed readers. */
export function noticeFeedUrl(slug: string, format: 'atom' | 'rss'): string {
  return `${base(slug)}/public/notice-board.${format}`;
}

/** The signed minutes as the public may read them: closed items by their public face only. */
export function publicMinutesUrl(slug: string, meetingId: string, format: 'pdf' | 'html'): string {
  return `${path(slug, 'public', 'meetings', meetingId)}/minutes.${format}`;
}

// Calendar --------------------------------------------------------------------------------------

/** The calendar's filter as it stands in the address, so that it can be linked and bookmarked. */
export type CalendarFilter = { from: string; to?: string; bodyId?: string };

/** Reads the filter from the address; what the server would refuse is left out, `from` is today. */
export function readCalendarFilter(params: URLSearchParams): CalendarFilter {
  const from = params.get('from');
  const to = params.get('to');
  const bodyId = params.get('bodyId');
  return {
    from: isDay(from) ? from : localToday(),
    to: isDay(to) ? to : undefined,
    bodyId: bodyId && uuid.test(bodyId) ? bodyId : undefined,
  };
}

/** The address's query for a filter: only what is set, today's `from` left out. */
export function calendarParamsOf(filter: CalendarFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.from !== localToday()) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.bodyId) params.set('bodyId', filter.bodyId);
  return params;
}

/** The public meeting calendar: every meeting but check-ins, from a day on, for one body or all. */
export function publicMeetingsQuery(slug: string, filter: CalendarFilter) {
  return queryOptions({
    queryKey: [...publicKey(slug), 'meetings', filter],
    queryFn: async () =>
      (
        await api<ItemList<PublicMeetingListItem>>(path(slug, 'public', 'meetings'), {
          query: { from: filter.from, to: filter.to, bodyId: filter.bodyId },
        })
      ).items,
  });
}

/** A body's meetings as an iCalendar feed to subscribe to. */
export function bodyCalendarUrl(slug: string, bodyId: string): string {
  return `${path(slug, 'public', 'bodies', bodyId)}/calendar.ics`;
}

/** The elected bodies (ended ones too, for older meetings), from the organisation's public API. */
export function politicalBodiesQuery(slug: string) {
  return queryOptions({
    queryKey: [...publicKey(slug), 'bodies'],
    queryFn: async () =>
      (await api<ItemList<Body>>(path(slug, 'bodies'), { query: { includeEnded: 'true' } })).items
        .filter((body) => isPoliticalKind(body.kind))
        .sort((a, b) => a.name.localeCompare(b.name)),
  });
}

// A meeting -------------------------------------------------------------------------------------

export function publicMeetingQuery(slug: string, meetingId: string) {
  return queryOptions({
    queryKey: [...publicKey(slug), 'meeting', meetingId],
    queryFn: () => api<PublicMeeting>(path(slug, 'public', 'meetings', meetingId)),
  });
}

/** The meeting's public live events (server-sent events). */
export function publicEventsUrl(slug: string, meetingId: string): string {
  return `${path(slug, 'public', 'meetings', meetingId)}/events`;
}

// Statistics ------------------------------------------------------------------------------------

/** Reads the term from the address; none means the term in force today. */
export function readTermId(params: URLSearchParams): string | undefined {
  const termId = params.get('termId');
  return termId && uuid.test(termId) ? termId : undefined;
}

export function meetingStatisticsQuery(slug: string, termId: string | undefined) {
  return queryOptions({
    queryKey: [...publicKey(slug), 'statistics', termId ?? 'current'],
    queryFn: () => api<MeetingStatistics>(path(slug, 'public', 'meeting-statistics'), { query: { termId } }),
  });
}

/** The terms of office, newest first, from the organisation's public API. */
export function termsQuery(slug: string) {
  return queryOptions({
    queryKey: [...publicKey(slug), 'terms'],
    queryFn: async () =>
      (await api<ItemList<Term>>(path(slug, 'terms'))).items.sort((a, b) =>
        b.startsOn.localeCompare(a.startsOn),
      ),
  });
}
