import type { MeetingsMessageKey } from './en.ts';

export const meetingsNn: Record<MeetingsMessageKey, string> = {};
