/** The meetings pages' English messages: the typed source for sv, nb and nn. */
export const meetingsEn = {} as const;

export type MeetingsMessageKey = keyof typeof meetingsEn;
