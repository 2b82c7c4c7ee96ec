/** The public meetings pages' English messages: the typed source for sv, nb and nn. */
export const publicMeetingsEn = {} as const;

export type PublicMeetingsMessageKey = keyof typeof publicMeetingsEn;
