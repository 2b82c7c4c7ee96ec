/** The live meeting and minutes pages' English messages: the typed source for sv, nb and nn. */
export const meetingLiveEn = {} as const;

export type MeetingLiveMessageKey = keyof typeof meetingLiveEn;
