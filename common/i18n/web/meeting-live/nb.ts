import type { MeetingLiveMessageKey } from './en.ts';

export const meetingLiveNb: Record<MeetingLiveMessageKey, string> = {};
