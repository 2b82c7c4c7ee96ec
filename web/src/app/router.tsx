import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { Loading } from '../components/loading.tsx';
import { demoAccountsQuery } from '../features/demo/api/demo.queries.ts';
import { HomePage } from '../features/municipalities/components/home-page.tsx';
import { MunicipalityPage } from '../features/municipalities/components/municipality-page.tsx';
import { municipalitiesQuery, overviewQuery } from '../features/municipalities/api/municipalities.queries.ts';
import { municipalityQuery } from '../lib/municipality.ts';
import { getLocale } from '../lib/i18n.ts';
import { sessionQuery } from '../lib/session.ts';
import type { RouteHelpers } from '../lib/routes.ts';
import { meetingLiveRoutes } from '../features/meetings/live-routes.tsx';
import { meetingRoutes } from '../features/meetings/routes.tsx';
import { publicMeetingRoutes } from '../features/public-meetings/routes.tsx';
import { Layout } from './layout/layout.tsx';
import { FrontPage } from './pages/front-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { SignInRoute } from './pages/sign-in-route.tsx';
import { queryClient } from './query-client.ts';
import { RootError, RouteError } from './route-error.tsx';

/** Each page gets its own error boundary, so a failing page still shows the header and footer. */
function withErrorElements(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => ({ ...route, errorElement: <RouteError /> }));
}

function slugOf({ params }: LoaderFunctionArgs): string {
  return params['slug'] ?? '';
}

/** The organisation's query options, loaded with the pages that use them rather than up front. */
const organisationQueries = () => import('../features/organisation/api/organisation.queries.ts');

/** The matters' query options, likewise loaded with their pages. */
const mattersQueries = () => import('../features/matters/api/matters.queries.ts');

/** A matter page's data: the municipality and the matter, whose registry number heads the page. */
async function loadMatter(args: LoaderFunctionArgs) {
  const { matterQuery } = await mattersQueries();
  return Promise.all([
    loadMunicipality(args),
    queryClient.ensureQueryData(matterQuery(slugOf(args), args.params['matterId'] ?? '')),
  ]);
}

/** The public matters' query options, loaded with their pages. */
const publicMattersQueries = () => import('../features/public-matters/api/public-matters.queries.ts');

/** The municipality a page is about: its name heads the page, its country names the bodies. */
function loadMunicipality(args: LoaderFunctionArgs) {
  return queryClient.ensureQueryData(municipalityQuery(slugOf(args)));
}

/** What each feature's own route list needs from the app. */
const routeHelpers: RouteHelpers = { queryClient, loadMunicipality, slugOf };

/**
 * Every page. Loaders fill the query cache before a page renders, so its h1 is there when focus
 * moves to it; administration, token and organisation pages load their code only when visited.
 */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RootError />,
    hydrateFallbackElement: <Loading />,
    loader: () => queryClient.ensureQueryData(sessionQuery),
    children: withErrorElements([
      {
        index: true,
        element: <FrontPage />,
        loader: () =>
          Promise.all([
            queryClient.ensureQueryData(municipalitiesQuery),
            queryClient.ensureQueryData(demoAccountsQuery),
          ]),
      },
      {
        path: 'sign-in',
        element: <SignInRoute />,
        loader: ({ request }) => {
          const slug = new URL(request.url).searchParams.get('municipality');
          return slug ? queryClient.ensureQueryData(municipalityQuery(slug)) : null;
        },
      },
      {
        path: 'm/:slug',
        element: <MunicipalityPage />,
        loader: loadMunicipality,
      },
      {
        path: 'm/:slug/home',
        element: <HomePage />,
        loader: (args) => queryClient.ensureQueryData(overviewQuery(slugOf(args))),
      },
      {
        path: 'm/:slug/admin/users',
        lazy: async () => ({
          Component: (await import('../features/users/components/users-page.tsx')).UsersPage,
        }),
      },
      {
        path: 'm/:slug/admin/audit',
        lazy: async () => ({
          Component: (await import('../features/audit/components/audit-page.tsx')).AuditPage,
        }),
      },
      {
        path: 'm/:slug/admin/sign-in-services',
        lazy: async () => ({
          Component: (await import('../features/sign-in-services/components/sign-in-services-page.tsx'))
            .SignInServicesPage,
        }),
      },
      {
        path: 'm/:slug/organisation',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/organisation/components/organisation-page.tsx'))
            .OrganisationPage,
        }),
      },
      {
        path: 'm/:slug/bodies/:bodyId',
        loader: async (args) => {
          const { bodyDetailQuery } = await organisationQueries();
          return Promise.all([
            loadMunicipality(args),
            queryClient.ensureQueryData(bodyDetailQuery(slugOf(args), args.params['bodyId'] ?? '')),
          ]);
        },
        lazy: async () => ({
          Component: (await import('../features/organisation/components/body-page.tsx')).BodyPage,
        }),
      },
      {
        path: 'm/:slug/persons/:personId',
        loader: async (args) => {
          const { personPageQuery } = await organisationQueries();
          return Promise.all([
            loadMunicipality(args),
            queryClient.ensureQueryData(
              personPageQuery(slugOf(args), args.params['personId'] ?? '', getLocale()),
            ),
          ]);
        },
        lazy: async () => ({
          Component: (await import('../features/organisation/components/person-page.tsx')).PersonPage,
        }),
      },
      {
        path: 'm/:slug/who-does-what',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/organisation/components/who-does-what-page.tsx'))
            .WhoDoesWhatPage,
        }),
      },
      {
        path: 'm/:slug/representation',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/organisation/components/representation-page.tsx'))
            .RepresentationPage,
        }),
      },
      {
        path: 'm/:slug/admin/organisation',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/organisation/components/organisation-admin-page.tsx'))
            .OrganisationAdminPage,
        }),
      },
      {
        path: 'm/:slug/admin/bodies/:bodyId',
        loader: async (args) => {
          const { bodyDetailQuery } = await organisationQueries();
          return Promise.all([
            loadMunicipality(args),
            queryClient.ensureQueryData(bodyDetailQuery(slugOf(args), args.params['bodyId'] ?? '')),
          ]);
        },
        lazy: async () => ({
          Component: (await import('../features/organisation/components/composition-page.tsx'))
            .CompositionPage,
        }),
      },
      {
        path: 'm/:slug/admin/positions',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/organisation/components/positions-page.tsx')).PositionsPage,
        }),
      },
      {
        path: 'm/:slug/admin/role-descriptions',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/organisation/components/role-descriptions-admin-page.tsx'))
            .RoleDescriptionsAdminPage,
        }),
      },
      {
        path: 'm/:slug/admin/import',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/organisation/components/import-page.tsx')).ImportPage,
        }),
      },
      {
        path: 'm/:slug/search',
        loader: async (args) => {
          const { deciderBodiesQuery, publicSearchQuery, readSearch } = await publicMattersQueries();
          const slug = slugOf(args);
          const search = readSearch(new URL(args.request.url).searchParams);
          // The filter's bodies and the hits are prefetched, not required: the page shows their
          // errors in place, beside a search form that still works.
          return Promise.all([
            loadMunicipality(args),
            queryClient.prefetchQuery(deciderBodiesQuery(slug)),
            search.q ? queryClient.prefetchInfiniteQuery(publicSearchQuery(slug, search)) : null,
          ]);
        },
        lazy: async () => ({
          Component: (await import('../features/public-matters/components/public-search-page.tsx'))
            .PublicSearchPage,
        }),
      },
      {
        path: 'm/:slug/public/matters/:matterId',
        loader: async (args) => {
          const { publicMatterQuery } = await publicMattersQueries();
          return Promise.all([
            loadMunicipality(args),
            queryClient.ensureQueryData(publicMatterQuery(slugOf(args), args.params['matterId'] ?? '')),
          ]);
        },
        lazy: async () => ({
          Component: (await import('../features/public-matters/components/public-matter-page.tsx'))
            .PublicMatterPage,
        }),
      },
      {
        path: 'm/:slug/matters',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/matters/components/registry-page.tsx')).RegistryPage,
        }),
      },
      {
        path: 'm/:slug/matters/new',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/matters/components/register-matter-page.tsx'))
            .RegisterMatterPage,
        }),
      },
      {
        path: 'm/:slug/matters/:matterId',
        loader: loadMatter,
        lazy: async () => ({
          Component: (await import('../features/matters/components/matter-page.tsx')).MatterPage,
        }),
      },
      {
        path: 'm/:slug/matters/:matterId/recommendation',
        loader: async (args) => {
          const { recommendationQuery } = await mattersQueries();
          return Promise.all([
            loadMatter(args),
            queryClient.ensureQueryData(recommendationQuery(slugOf(args), args.params['matterId'] ?? '')),
          ]);
        },
        lazy: async () => ({
          Component: (await import('../features/matters/components/recommendation-page.tsx'))
            .RecommendationPage,
        }),
      },
      {
        path: 'm/:slug/matters/:matterId/decision',
        loader: loadMatter,
        lazy: async () => ({
          Component: (await import('../features/matters/components/decision-page.tsx')).DecisionPage,
        }),
      },
      {
        path: 'm/:slug/assignments',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/matters/components/assignments-page.tsx')).AssignmentsPage,
        }),
      },
      {
        path: 'm/:slug/deadlines',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/matters/components/deadlines-page.tsx')).DeadlinesPage,
        }),
      },
      {
        path: 'm/:slug/bodies/:bodyId/priorities',
        loader: async (args) => {
          const { prioritiesQuery } = await mattersQueries();
          return Promise.all([
            loadMunicipality(args),
            queryClient.ensureQueryData(prioritiesQuery(slugOf(args), args.params['bodyId'] ?? '')),
          ]);
        },
        lazy: async () => ({
          Component: (await import('../features/matters/components/priorities-page.tsx')).PrioritiesPage,
        }),
      },
      {
        path: 'm/:slug/notifications',
        loader: loadMunicipality,
        lazy: async () => ({
          Component: (await import('../features/matters/components/notifications-page.tsx'))
            .NotificationsPage,
        }),
      },
      {
        path: 'm/:slug/tokens',
        lazy: async () => ({
          Component: (await import('../features/tokens/components/tokens-page.tsx')).TokensPage,
        }),
      },
      ...meetingRoutes(routeHelpers),
      ...meetingLiveRoutes(routeHelpers),
      ...publicMeetingRoutes(routeHelpers),
      { path: '*', element: <NotFoundPage /> },
    ]),
  },
]);
