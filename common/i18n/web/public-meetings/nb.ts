import type { PublicMeetingsMessageKey } from './en.ts';

export const publicMeetingsNb: Record<PublicMeetingsMessageKey, string> = {};
