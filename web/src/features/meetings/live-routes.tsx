import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { loadFeatureMessages } from '../../lib/i18n.ts';
import type { RouteHelpers } from '../../lib/routes.ts';

/** The live pages' query options, loaded with their pages rather than up front. */
const liveQueries = () => import('./live/api/live.queries.ts');

/** Pages: the live meeting (chair, secretary, voting) and the minutes. */
export function meetingLiveRoutes({ queryClient, loadMunicipality, slugOf }: RouteHelpers): RouteObject[] {
  const meetingIdOf = (args: LoaderFunctionArgs) => args.params['meetingId'] ?? '';
  // A live page always starts from the meeting as it is now, never from a cached copy.
  const loadMeeting = async (args: LoaderFunctionArgs) => {
    const { liveMeetingQuery } = await liveQueries();
    return Promise.all([
      loadMunicipality(args),
      queryClient.fetchQuery({ ...liveMeetingQuery(slugOf(args), meetingIdOf(args)), staleTime: 0 }),
    ]);
  };
  return [
    {
      path: 'm/:slug/meetings/:meetingId/live',
      loader: loadMeeting,
      lazy: async () => {
        const [page] = await Promise.all([
          import('./live/components/live-page.tsx'),
          loadFeatureMessages('meeting-live'),
        ]);
        return { Component: page.LiveMeetingPage };
      },
    },
    {
      path: 'm/:slug/meetings/:meetingId/minutes',
      loader: async (args) => {
        const { minutesQuery } = await liveQueries();
        return Promise.all([
          loadMeeting(args),
          queryClient.fetchQuery({ ...minutesQuery(slugOf(args), meetingIdOf(args)), staleTime: 0 }),
        ]);
      },
      lazy: async () => {
        const [page] = await Promise.all([
          import('./live/components/minutes-page.tsx'),
          loadFeatureMessages('meeting-live'),
        ]);
        return { Component: page.MinutesPage };
      },
    },
  ];
}
