import type { MeetingsMessageKey } from './en.ts';

export const meetingsNb: Record<MeetingsMessageKey, string> = {};
