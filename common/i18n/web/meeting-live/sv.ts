import type { MeetingLiveMessageKey } from './en.ts';

export const meetingLiveSv: Record<MeetingLiveMessageKey, string> = {};
