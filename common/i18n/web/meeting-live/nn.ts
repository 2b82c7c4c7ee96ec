import type { MeetingLiveMessageKey } from './en.ts';

export const meetingLiveNn: Record<MeetingLiveMessageKey, string> = {};
