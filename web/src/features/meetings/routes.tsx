import type { RouteObject } from 'react-router';
import type { RouteHelpers } from '../../lib/routes.ts';

/** Pages: the meeting plan, a meeting, its agenda and notice, a member's meetings, a body's meeting rules. */
export function meetingRoutes(_helpers: RouteHelpers): RouteObject[] {
  return [];
}
