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
} as const;
