/**
 * Sweden's rule pack: kommunallagen (KL 2017:725), offentlighets- och sekretesslagen (OSL) and
 * related acts. Every value carries its source, and the code that applies a rule names the rule,
 * never a bare number.
 */
export const seRules = {
  /**
   * A motion is prepared so that the council can decide it within one year of its being raised;
   * otherwise it is reported to the council within that year, and the council may write it off.
   */
  motionDecision: { months: 12, from: 'filed', source: 'KL 5 kap. 35 §' },
  /** A citizen proposal follows the same one-year rule as a motion. */
  citizenProposalDecision: { months: 12, from: 'filed', source: 'KL 5 kap. 35 §' },
  /** Every council matter is prepared by a committee or a drafting committee (beredning). */
  councilPreparation: { source: 'KL 5 kap. 26 §' },
  /** The executive board is always given the chance to comment on a council matter. */
  boardStatement: { source: 'KL 5 kap. 28 §' },
  /** Registration: date, registry number, sender or recipient, and short content. */
  registration: { source: 'OSL 5 kap. 2 §' },
  /** A time limit ending on a weekend, public holiday, midsommarafton, julafton or nyårsafton moves on. */
  deadlineRollover: { source: 'Lag (1930:173) om beräkning av lagstadgad tid' },

  // Meetings ---------------------------------------------------------------------------------
  /** The council's notice is on the notice board and sent to members at least a week before. */
  councilNotice: { days: 7, source: 'KL 5 kap. 11 §' },
  /**
   * A committee's notice: the law sets no period; the body's reglemente does (default five days).
   * A local setting may lengthen the council's week, never shorten it.
   */
  committeeNotice: { days: 5, source: 'reglemente' },
  /** The council meets in public; it may close an item with secret information. */
  councilPublicity: { source: 'KL 5 kap. 42 §' },
  /**
   * A committee meets behind closed doors unless the council allows public meetings; items of
   * public authority over individuals, or with secret information, are always closed.
   */
  committeePublicity: { source: 'KL 6 kap. 25 §' },
  /** A body may decide only when more than half of its members are present. */
  quorum: { source: 'KL 6 kap. 27 §', councilSource: 'KL 5 kap. 45 §' },
  /** A member with a conflict of interest may not take part; in a committee not even be present. */
  conflictCommittee: { source: 'KL 6 kap. 28 §' },
  conflictCouncil: { source: 'KL 5 kap. 47 §' },
  /** Members present, and substitutes serving in their place, vote; each has one vote. */
  voting: { source: 'KL 5 kap. 52–55 §§; 6 kap. 33 §' },
  /** A tie outside an election: the chair's casting vote. */
  casting: { source: 'KL 6 kap. 33 §' },
  /** A tied election is decided by lot. */
  electionLot: { source: 'KL 5 kap. 55 §' },
  /** Who takes part in handling public authority over an individual must vote. */
  mustVoteOnAuthority: { source: 'KL 6 kap. 36 §' },
  /** A reservation is announced before the meeting ends; its reasons before the minutes are signed. */
  reservation: { source: 'KL 4 kap. 27 §' },
  /** The minutes are signed (justeras) within 14 days of the meeting. */
  minutesSigning: { days: 14, source: 'KL 5 kap. 69 §' },
  /** The signing is announced on the notice board no later than the second day after it. */
  minutesPosting: { days: 2, source: 'KL 8 kap. 12 §' },
  /** Any member of the municipality may appeal within three weeks of the posting day. */
  appeal: { days: 21, from: 'posting', source: 'KL 13 kap. 5 §' },
} as const;
