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
} as const;
