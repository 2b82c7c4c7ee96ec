import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { lazyPage, type RouteHelpers } from '../../lib/routes.ts';

/** The meetings' query options, loaded with their pages rather than up front. */
const meetingsQueries = () => import('./api/meetings.queries.ts');

/** Pages: the meeting plan, a meeting, its agenda and notice, a member's meetings, a body's meeting rules. */
export function meetingRoutes({ queryClient, loadMunicipality, slugOf }: RouteHelpers): RouteObject[] {
  /** A meeting page's data: the municipality and the meeting, whose name heads the page. */
  const loadMeeting = async (args: LoaderFunctionArgs) => {
    const { meetingQuery } = await meetingsQueries();
    return Promise.all([
      loadMunicipality(args),
      queryClient.ensureQueryData(meetingQuery(slugOf(args), args.params['meetingId'] ?? '')),
    ]);
  };
  /** A body's meeting rules, and the bodies for its name. */
  const loadSettings = async (args: LoaderFunctionArgs) => {
    const { meetingBodiesQuery, meetingSettingsQuery } = await meetingsQueries();
    const slug = slugOf(args);
    return Promise.all([
      loadMunicipality(args),
      queryClient.ensureQueryData(meetingSettingsQuery(slug, args.params['bodyId'] ?? '')),
      queryClient.ensureQueryData(meetingBodiesQuery(slug)),
    ]);
  };
  return [
    {
      path: 'm/:slug/meetings',
      loader: loadMunicipality,
      lazy: lazyPage(
        'meetings',
        () => import('./components/meeting-plan-page.tsx'),
        (m) => m.MeetingPlanPage,
      ),
    },
    {
      path: 'm/:slug/meetings/:meetingId',
      loader: loadMeeting,
      lazy: lazyPage(
        'meetings',
        () => import('./components/meeting-page.tsx'),
        (m) => m.MeetingPage,
      ),
    },
    {
      path: 'm/:slug/my/meetings',
      loader: loadMunicipality,
      lazy: lazyPage(
        'meetings',
        () => import('./components/my-meetings-page.tsx'),
        (m) => m.MyMeetingsPage,
      ),
    },
    {
      path: 'm/:slug/bodies/:bodyId/meeting-settings',
      loader: loadSettings,
      lazy: lazyPage(
        'meetings',
        () => import('./components/meeting-settings-page.tsx'),
        (m) => m.MeetingSettingsPage,
      ),
    },
  ];
}
