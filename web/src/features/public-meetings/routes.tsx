import type { RouteObject } from 'react-router';
import type { RouteHelpers } from '../../lib/routes.ts';

/** Pages: the public notice board, meeting calendar, a public meeting and where the meeting time goes. */
export function publicMeetingRoutes(_helpers: RouteHelpers): RouteObject[] {
  return [];
}
