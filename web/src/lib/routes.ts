import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

/** What a feature's route list gets from the app: the query cache and the municipality loader. */
export type RouteHelpers = {
  queryClient: QueryClient;
  /** Loads the municipality a page is about (its name heads the page). */
  loadMunicipality: (args: LoaderFunctionArgs) => Promise<unknown>;
  /** The municipality slug of a route. */
  slugOf: (args: LoaderFunctionArgs) => string;
};
