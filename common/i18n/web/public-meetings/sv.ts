import type { PublicMeetingsMessageKey } from './en.ts';

export const publicMeetingsSv: Record<PublicMeetingsMessageKey, string> = {};
