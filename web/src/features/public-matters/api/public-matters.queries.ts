import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  matterStates,
  matterTypes,
  type MatterState,
  type MatterType,
} from '../../../../../common/matters.ts';
import { isPoliticalKind } from '../../../../../common/organisation.ts';
import { api } from '../../../lib/api.ts';
import type { Body, ItemList, PublicMatter, SearchResult } from '../../../lib/api-types.ts';

const base = (slug: string) => `/api/m/${encodeURIComponent(slug)}`;
const path = (slug: string, ...parts: string[]) =>
  [base(slug), ...parts.map((part) => encodeURIComponent(part))].join('/');

const publicKey = (slug: string) => ['public-matters', slug] as const;

/** Hits per page of the public search. */
export const SEARCH_PAGE_SIZE = 20;

/** The longest query the server accepts. */
export const SEARCH_MAX_LENGTH = 200;

/** A public search as it stands in the address, so that it can be linked and the back button works. */
export type PublicSearch = {
  q: string;
  type?: MatterType;
  state?: MatterState;
  year?: number;
  bodyId?: string;
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

/**
 * Reads a search from the address. Anything the server would refuse (an unknown state, a year out
 * of range) is left out, so a hand-edited link still searches rather than fails.
 */
export function readSearch(params: URLSearchParams): PublicSearch {
  const type = params.get('type');
  const state = params.get('state');
  const year = Number(params.get('year') ?? '');
  const bodyId = params.get('bodyId');
  return {
    q: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH),
    type: isOneOf(matterTypes, type) ? type : undefined,
    state: isOneOf(matterStates, state) ? state : undefined,
    year: Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined,
    bodyId: bodyId && uuid.test(bodyId) ? bodyId : undefined,
  };
}

/** The address's query for a search: only what is set, in a fixed order. */
export function searchParamsOf(search: PublicSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.type) params.set('type', search.type);
  if (search.state) params.set('state', search.state);
  if (search.year !== undefined) params.set('year', String(search.year));
  if (search.bodyId) params.set('bodyId', search.bodyId);
  return params;
}

/** What the public may find of matters and documents; further pages by offset while there are more. */
export function publicSearchQuery(slug: string, search: PublicSearch) {
  return infiniteQueryOptions({
    queryKey: [...publicKey(slug), 'search', search],
    queryFn: ({ pageParam }) =>
      api<SearchResult>(path(slug, 'public', 'search'), {
        query: { ...search, limit: SEARCH_PAGE_SIZE, offset: pageParam },
      }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.hasMore ? pages.length * SEARCH_PAGE_SIZE : undefined),
    enabled: search.q !== '',
  });
}

/** A matter as the public sees it: the public title, and nothing confidential. */
export function publicMatterQuery(slug: string, matterId: string) {
  return queryOptions({
    queryKey: [...publicKey(slug), 'matter', matterId],
    queryFn: () => api<PublicMatter>(path(slug, 'public', 'matters', matterId)),
  });
}

/** The elected bodies, ended ones too, since older matters belong to them: for the search filter. */
export function deciderBodiesQuery(slug: string) {
  return queryOptions({
    queryKey: [...publicKey(slug), 'bodies'],
    queryFn: async () =>
      (await api<ItemList<Body>>(path(slug, 'bodies'), { query: { includeEnded: 'true' } })).items
        .filter((body) => isPoliticalKind(body.kind))
        .sort((a, b) => a.name.localeCompare(b.name)),
  });
}

/** The address of a public file, a plain download. */
export function publicFileUrl(slug: string, fileId: string): string {
  return path(slug, 'public', 'files', fileId);
}
