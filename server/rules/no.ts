/**
 * Norway's rule pack: kommuneloven (LOV-2018-06-22-83) and related acts. Every value carries its
 * source, and the code that applies a rule names the rule, never a bare number.
 */
export const noRules = {
  /**
   * kommuneloven § 7-6: each gender must be represented by at least this many members, by the
   * number of members elected (per list for proportional election, for the whole body for an
   * agreed election). Over 9 members: at least 40 % of each gender. For the executive board
   * (formannskap) the rule applies "as far as possible"; it does not apply to the council itself.
   */
  genderBalance: {
    source: 'kommuneloven § 7-6',
    minimumPerGender(seats: number): number {
      if (seats <= 1) return 0;
      if (seats <= 3) return 1;
      if (seats <= 5) return 2;
      if (seats <= 8) return 3;
      if (seats === 9) return 4;
      return Math.ceil(0.4 * seats);
    },
  },
  /**
   * An innbyggerforslag that has enough signatures is decided by the council within six months of
   * being submitted (unless it is referred to an ongoing planning case).
   */
  citizenProposalDecision: { months: 6, from: 'filed', source: 'kommuneloven § 12-1' },
  /**
   * The director sees that matters put before elected bodies are properly investigated (forsvarlig
   * utredet) before they are scheduled.
   */
  properlyInvestigated: { source: 'kommuneloven § 13-1' },
  /** A time limit ending on a weekend or public holiday runs to the next working day. */
  deadlineRollover: { source: 'domstolloven § 149' },

  // Meetings ---------------------------------------------------------------------------------
  /**
   * The notice and agenda go out "within reasonable time": the law sets no days, so the body's
   * lead time is a setting, by default ten days for the council and seven for other bodies.
   */
  notice: { councilDays: 10, otherDays: 7, source: 'kommuneloven § 11-3' },
  /** The recommendation for the budget and financial plan is public at least 14 days before. */
  budgetPublic: { days: 14, source: 'kommuneloven § 14-3' },
  /** Meetings are public; an item is closed only on a ground of the act, recorded with it. */
  publicity: { source: 'kommuneloven § 11-5' },
  /** A body may decide only when at least half of its members are present and voting. */
  quorum: { source: 'kommuneloven § 11-9' },
  /** A member with a conflict of interest takes no part; the body decides the question without them. */
  conflict: { source: 'kommuneloven § 11-10; forvaltningsloven § 8' },
  /** Members have the right and the duty to take part and vote. */
  voting: { source: 'kommuneloven § 8-1' },
  /** Members present must vote; blank votes only in elections and appointments. */
  votingDuty: { source: 'kommuneloven § 8-1' },
  /** A tie outside an election: the chair's vote decides. */
  casting: { source: 'kommuneloven § 11-9' },
  /** A tied election is decided by lot. */
  electionLot: { source: 'kommuneloven § 7-9' },
  /** The minutes show how each party voted, and individual votes where a party split. */
  minutesVotes: { source: 'kommuneloven § 11-4' },
  /** Three members may ask for a legality review within three weeks of the decision. */
  legalityReview: { days: 21, from: 'decision', source: 'kommuneloven § 27-1' },
} as const;
