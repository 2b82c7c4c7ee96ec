import type { RouteObject } from 'react-router';
import type { RouteHelpers } from '../../lib/routes.ts';

/** Pages: the live meeting (chair, secretary, voting) and the minutes. */
export function meetingLiveRoutes(_helpers: RouteHelpers): RouteObject[] {
  return [];
}
