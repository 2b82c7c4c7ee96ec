import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { loadFeatureMessages, type MessageFeature } from './i18n.ts';

/** What a feature's route list gets from the app: the query cache and the municipality loader. */
export type RouteHelpers = {
  queryClient: QueryClient;
  /** Loads the municipality a page is about (its name heads the page). */
  loadMunicipality: (args: LoaderFunctionArgs) => Promise<unknown>;
  /** The municipality slug of a route. */
  slugOf: (args: LoaderFunctionArgs) => string;
};

/**
 * A page's `lazy`: its code and its feature's messages load together, so the page renders in the
 * person's language and the front page carries neither.
 */
export function lazyPage<M>(
  feature: MessageFeature,
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): () => Promise<{ Component: ComponentType }> {
  return async () => {
    const [module] = await Promise.all([load(), loadFeatureMessages(feature)]);
    return { Component: pick(module) };
  };
}
