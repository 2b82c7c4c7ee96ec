import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { loadFeatureMessages } from '../../lib/i18n.ts';
import type { RouteHelpers } from '../../lib/routes.ts';

/** The query options, loaded with the pages rather than with the front page. */
const queries = () => import('./api/public-meetings.queries.ts');

/** A page's code and this feature's messages, loaded together before the page renders. */
async function page<T>(load: () => Promise<T>): Promise<T> {
  const [module] = await Promise.all([load(), loadFeatureMessages('public-meetings')]);
  return module;
}

/** Pages: the public notice board, meeting calendar, a public meeting and where the meeting time goes. */
export function publicMeetingRoutes({ queryClient, loadMunicipality, slugOf }: RouteHelpers): RouteObject[] {
  const searchOf = (args: LoaderFunctionArgs) => new URL(args.request.url).searchParams;
  return [
    {
      path: 'm/:slug/notice-board',
      loader: async (args) => {
        const { noticeBoardQuery } = await queries();
        const archive = searchOf(args).get('archive') === 'true';
        // The notices are prefetched, not required: the page shows their error in place.
        return Promise.all([
          loadMunicipality(args),
          queryClient.prefetchQuery(noticeBoardQuery(slugOf(args), archive)),
        ]);
      },
      lazy: async () => ({
        Component: (await page(() => import('./components/notice-board-page.tsx'))).NoticeBoardPage,
      }),
    },
    {
      path: 'm/:slug/calendar',
      loader: async (args) => {
        const { politicalBodiesQuery, publicMeetingsQuery, readCalendarFilter } = await queries();
        const slug = slugOf(args);
        return Promise.all([
          loadMunicipality(args),
          queryClient.prefetchQuery(politicalBodiesQuery(slug)),
          queryClient.prefetchQuery(publicMeetingsQuery(slug, readCalendarFilter(searchOf(args)))),
        ]);
      },
      lazy: async () => ({
        Component: (await page(() => import('./components/calendar-page.tsx'))).CalendarPage,
      }),
    },
    {
      path: 'm/:slug/public/meetings/:meetingId',
      loader: async (args) => {
        const { publicMeetingQuery } = await queries();
        return Promise.all([
          loadMunicipality(args),
          queryClient.ensureQueryData(publicMeetingQuery(slugOf(args), args.params['meetingId'] ?? '')),
        ]);
      },
      lazy: async () => ({
        Component: (await page(() => import('./components/public-meeting-page.tsx'))).PublicMeetingPage,
      }),
    },
    {
      path: 'm/:slug/meeting-statistics',
      loader: async (args) => {
        const { meetingStatisticsQuery, readTermId, termsQuery } = await queries();
        const slug = slugOf(args);
        return Promise.all([
          loadMunicipality(args),
          queryClient.prefetchQuery(termsQuery(slug)),
          queryClient.prefetchQuery(meetingStatisticsQuery(slug, readTermId(searchOf(args)))),
        ]);
      },
      lazy: async () => ({
        Component: (await page(() => import('./components/meeting-statistics-page.tsx')))
          .MeetingStatisticsPage,
      }),
    },
  ];
}
