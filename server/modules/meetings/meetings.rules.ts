import { createHash } from 'node:crypto';
import { ABSTAIN, type ClosingGround } from '../../../common/meetings.ts';
import type { BodyKind } from '../../../common/organisation.ts';
import type { Jurisdiction } from '../../../common/roles.ts';
import { addDays, rollToWorkingDay } from '../../rules/calendar.ts';
import { noRules } from '../../rules/no.ts';
import { seRules } from '../../rules/se.ts';
import type { RuleCitation } from '../../http/errors.ts';

/** Pure rules of meetings: lead times, quorum, counting votes, lots and deadlines. */

export type LeadTime = { days: number; citation: RuleCitation };

/**
 * The least notice a body's meeting needs. Sweden: the council a week (KL 5 kap. 11 §), a committee
 * its reglemente's days. Norway: the body's setting, by default ten days for the council and seven
 * for others (kommuneloven § 11-3). A local setting may lengthen a statutory period, never shorten it.
 */
export function defaultNoticeDays(jurisdiction: Jurisdiction, bodyKind: BodyKind): number {
  if (jurisdiction === 'se') {
    return bodyKind === 'council' ? seRules.councilNotice.days : seRules.committeeNotice.days;
  }
  return bodyKind === 'council' ? noRules.notice.councilDays : noRules.notice.otherDays;
}

/** The statutory minimum a local lead time may not go below. */
export function minimumNoticeDays(jurisdiction: Jurisdiction, bodyKind: BodyKind): LeadTime {
  if (jurisdiction === 'se' && bodyKind === 'council') {
    return {
      days: seRules.councilNotice.days,
      citation: { rule: 'councilNotice', ...seRules.councilNotice },
    };
  }
  return {
    days: 0,
    citation:
      jurisdiction === 'se'
        ? { rule: 'committeeNotice', source: seRules.committeeNotice.source }
        : { rule: 'notice', source: noRules.notice.source },
  };
}

/** The rule that sets a body's notice period, for the message when a notice is too late. */
export function noticeCitation(jurisdiction: Jurisdiction, bodyKind: BodyKind): RuleCitation {
  if (jurisdiction === 'no') return { rule: 'notice', source: noRules.notice.source };
  return bodyKind === 'council'
    ? { rule: 'councilNotice', source: seRules.councilNotice.source }
    : { rule: 'committeeNotice', source: seRules.committeeNotice.source };
}

/** The last day a notice may be published for a meeting on `meetingOn`, given a lead time in days. */
export function lastNoticeDay(meetingOn: string, leadDays: number): string {
  return addDays(meetingOn, -leadDays);
}

/** Whether a body meets in public by default: the council always; Swedish committees only when allowed. */
export function defaultPublicMeetings(jurisdiction: Jurisdiction, bodyKind: BodyKind): boolean {
  return jurisdiction === 'no' || bodyKind === 'council';
}

/** Closing grounds that the law requires, so the item is closed whatever the body decides. */
export function groundForAuthority(jurisdiction: Jurisdiction): ClosingGround {
  return jurisdiction === 'se' ? 'exercise_of_authority' : 'statutory_confidentiality';
}

export function publicityCitation(jurisdiction: Jurisdiction, bodyKind: BodyKind): RuleCitation {
  if (jurisdiction === 'no') return { rule: 'publicity', source: noRules.publicity.source };
  return bodyKind === 'council'
    ? { rule: 'councilPublicity', source: seRules.councilPublicity.source }
    : { rule: 'committeePublicity', source: seRules.committeePublicity.source };
}

export type QuorumInput = {
  /** Seats of the body with a voting right. */
  seats: number;
  /** Present voters (members, and substitutes called in), before conflicts are left out. */
  present: number;
  /** Of those present, how many have a conflict on the item. */
  conflicted: number;
};

export type Quorum = {
  seats: number;
  present: number;
  conflicted: number;
  counted: number;
  needed: number;
  met: boolean;
  citation: RuleCitation;
};

/**
 * Whether a body may decide an item. Sweden: more than half of the members present (KL 6 kap. 27 §;
 * the council KL 5 kap. 45 §). Norway: at least half present and voting (kommuneloven § 11-9).
 * Members with a conflict on the item are not counted.
 */
export function quorum(jurisdiction: Jurisdiction, bodyKind: BodyKind, input: QuorumInput): Quorum {
  const counted = Math.max(0, input.present - input.conflicted);
  const needed = jurisdiction === 'se' ? Math.floor(input.seats / 2) + 1 : Math.ceil(input.seats / 2);
  const citation: RuleCitation =
    jurisdiction === 'se'
      ? {
          rule: 'quorum',
          source: bodyKind === 'council' ? seRules.quorum.councilSource : seRules.quorum.source,
        }
      : { rule: 'quorum', source: noRules.quorum.source };
  return { ...input, counted, needed, met: input.seats > 0 && counted >= needed, citation };
}

/** May a voter abstain (or vote blank)? */
export function abstainRule(
  jurisdiction: Jurisdiction,
  item: { election: boolean; exerciseOfAuthority: boolean },
): { allowed: boolean; citation: RuleCitation } {
  if (jurisdiction === 'no') {
    return { allowed: item.election, citation: { rule: 'votingDuty', source: noRules.votingDuty.source } };
  }
  return {
    allowed: !item.exerciseOfAuthority,
    citation: { rule: 'mustVoteOnAuthority', source: seRules.mustVoteOnAuthority.source },
  };
}

/** A deterministic draw: the options ordered by the hash of the seed and the option. Re-running gives the same order. */
export function drawLot(seed: string, options: readonly string[]): string[] {
  const key = (option: string) => createHash('sha256').update(`${seed}:${option}`).digest('hex');
  return [...options].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a < b ? -1 : 1));
}

export type Cast = { choice: string; listName: string | null };

export type RoundOutcome = {
  counts: Record<string, number>;
  abstentions: number;
  /** The options with the most votes. */
  leaders: string[];
  tie: boolean;
};

/** Counts a round: votes per option, abstentions, and whether the lead is shared. */
export function countRound(options: readonly string[], casts: readonly Cast[]): RoundOutcome {
  const counts = Object.fromEntries(options.map((o) => [o, 0]));
  let abstentions = 0;
  for (const cast of casts) {
    if (cast.choice === ABSTAIN) abstentions++;
    else if (cast.choice in counts) counts[cast.choice] = (counts[cast.choice] ?? 0) + 1;
  }
  const top = Math.max(...options.map((o) => counts[o] ?? 0));
  const leaders = options.filter((o) => counts[o] === top);
  return { counts, abstentions, leaders, tie: leaders.length > 1 };
}

/** The rule that breaks a tie: the chair outside elections, the lot in elections. */
export function tieBreakRule(jurisdiction: Jurisdiction, election: boolean): RuleCitation {
  const pack = jurisdiction === 'se' ? seRules : noRules;
  return election
    ? { rule: 'electionLot', source: pack.electionLot.source }
    : { rule: 'casting', source: pack.casting.source };
}

/** Norway: how each party (list) voted, per option (kommuneloven § 11-4). */
export function partyTallies(casts: readonly Cast[]): Record<string, Record<string, number>> {
  const parties: Record<string, Record<string, number>> = {};
  for (const cast of casts) {
    const party = cast.listName ?? '';
    const row = (parties[party] ??= {});
    row[cast.choice] = (row[cast.choice] ?? 0) + 1;
  }
  return parties;
}

/** Parties whose members did not all vote the same way: their individual votes are shown. */
export function splitParties(parties: Record<string, Record<string, number>>): string[] {
  return Object.entries(parties)
    .filter(([, row]) => Object.keys(row).length > 1)
    .map(([party]) => party);
}

/**
 * The last day to appeal a decision. Sweden: three weeks from the day the signed minutes were
 * posted (KL 13 kap. 5 §). Norway: three weeks from the decision (kommuneloven § 27-1). Either way a
 * last day on a weekend, public holiday (and in Sweden midsommarafton, julafton, nyårsafton) moves
 * to the next working day.
 */
export function appealDeadline(
  jurisdiction: Jurisdiction,
  dates: { postedOn: string; decidedOn: string },
): { deadlineOn: string; citation: RuleCitation } {
  if (jurisdiction === 'se') {
    return {
      deadlineOn: rollToWorkingDay('se', addDays(dates.postedOn, seRules.appeal.days)),
      citation: { rule: 'appeal', source: `${seRules.appeal.source}; ${seRules.deadlineRollover.source}` },
    };
  }
  return {
    deadlineOn: rollToWorkingDay('no', addDays(dates.decidedOn, noRules.legalityReview.days)),
    citation: {
      rule: 'legalityReview',
      source: `${noRules.legalityReview.source}; ${noRules.deadlineRollover.source}`,
    },
  };
}

/** Sweden: the posting is late after the second day from the signing (KL 8 kap. 12 §). */
export function isPostingLate(jurisdiction: Jurisdiction, signedOn: string, postedOn: string): boolean {
  return jurisdiction === 'se' && postedOn > addDays(signedOn, seRules.minutesPosting.days);
}

/** Sweden: the minutes are due 14 days after the meeting (KL 5 kap. 69 §); Norway uses the same default. */
export function minutesDueOn(meetingOn: string): string {
  return addDays(meetingOn, seRules.minutesSigning.days);
}
