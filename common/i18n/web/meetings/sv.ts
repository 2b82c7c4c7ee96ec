import type { MeetingsMessageKey } from './en.ts';

export const meetingsSv: Record<MeetingsMessageKey, string> = {};
