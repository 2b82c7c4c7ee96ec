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
} as const;
