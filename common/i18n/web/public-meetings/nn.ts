import type { PublicMeetingsMessageKey } from './en.ts';

export const publicMeetingsNn: Record<PublicMeetingsMessageKey, string> = {};
