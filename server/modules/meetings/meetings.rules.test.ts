import { describe, expect, it } from 'vitest';
import { startOfDay } from '../../rules/calendar.ts';
import {
  abstainRule,
  appealDeadline,
  countRound,
  defaultNoticeDays,
  drawLot,
  isPostingLate,
  lastNoticeDay,
  minimumNoticeDays,
  partyTallies,
  quorum,
  splitParties,
} from './meetings.rules.ts';

describe('quorum (KL 6 kap. 27 §; kommuneloven § 11-9)', () => {
  it('Sweden needs more than half: 3 of 5, 4 of 6', () => {
    expect(quorum('se', 'committee', { seats: 5, present: 3, conflicted: 0 }).met).toBe(true);
    expect(quorum('se', 'committee', { seats: 5, present: 2, conflicted: 0 }).met).toBe(false);
    expect(quorum('se', 'committee', { seats: 6, present: 3, conflicted: 0 }).met).toBe(false);
    expect(quorum('se', 'committee', { seats: 6, present: 4, conflicted: 0 }).needed).toBe(4);
  });

  it('Norway needs at least half: 3 of 6 is enough, 2 of 5 is not', () => {
    expect(quorum('no', 'committee', { seats: 6, present: 3, conflicted: 0 }).met).toBe(true);
    expect(quorum('no', 'committee', { seats: 5, present: 2, conflicted: 0 }).met).toBe(false);
    expect(quorum('no', 'committee', { seats: 5, present: 3, conflicted: 0 }).met).toBe(true);
  });

  it('members with a conflict on the item are left out of the count', () => {
    const q = quorum('se', 'committee', { seats: 5, present: 3, conflicted: 1 });
    expect(q).toMatchObject({ counted: 2, needed: 3, met: false });
    expect(quorum('no', 'committee', { seats: 6, present: 4, conflicted: 1 }).met).toBe(true);
    expect(quorum('no', 'committee', { seats: 6, present: 4, conflicted: 2 }).met).toBe(false);
  });

  it('cites the council’s own section for the Swedish council', () => {
    expect(quorum('se', 'council', { seats: 41, present: 21, conflicted: 0 }).citation.source).toBe(
      'KL 5 kap. 45 §',
    );
    expect(quorum('se', 'committee', { seats: 9, present: 5, conflicted: 0 }).citation.source).toBe(
      'KL 6 kap. 27 §',
    );
  });
});

describe('notice lead time', () => {
  it('Sweden’s council: a week, and no local setting below it (KL 5 kap. 11 §)', () => {
    expect(defaultNoticeDays('se', 'council')).toBe(7);
    expect(minimumNoticeDays('se', 'council').days).toBe(7);
    expect(minimumNoticeDays('se', 'committee').days).toBe(0);
  });

  it('Norway: ten days for the council and seven for others by default (kommuneloven § 11-3)', () => {
    expect(defaultNoticeDays('no', 'council')).toBe(10);
    expect(defaultNoticeDays('no', 'committee')).toBe(7);
  });

  it('the last day counts back whole days from the meeting day', () => {
    expect(lastNoticeDay('2026-04-08', 7)).toBe('2026-04-01');
    expect(lastNoticeDay('2026-03-01', 7)).toBe('2026-02-22');
  });
});

describe('abstaining', () => {
  it('Norway: members present must vote, blank only in elections (kommuneloven § 8-1)', () => {
    expect(abstainRule('no', { election: false, exerciseOfAuthority: false }).allowed).toBe(false);
    expect(abstainRule('no', { election: true, exerciseOfAuthority: false }).allowed).toBe(true);
  });

  it('Sweden: allowed except on public authority over an individual (KL 6 kap. 36 §)', () => {
    expect(abstainRule('se', { election: false, exerciseOfAuthority: false }).allowed).toBe(true);
    const rule = abstainRule('se', { election: false, exerciseOfAuthority: true });
    expect(rule).toMatchObject({ allowed: false, citation: { source: 'KL 6 kap. 36 §' } });
  });
});

describe('counting a round', () => {
  it('the most votes win; abstentions are counted apart', () => {
    const outcome = countRound(
      ['a', 'b'],
      [
        { choice: 'a', listName: 'S' },
        { choice: 'a', listName: 'S' },
        { choice: 'b', listName: 'M' },
        { choice: 'abstain', listName: 'M' },
      ],
    );
    expect(outcome).toMatchObject({ counts: { a: 2, b: 1 }, abstentions: 1, leaders: ['a'], tie: false });
  });

  it('a shared lead is a tie', () => {
    const outcome = countRound(
      ['a', 'b'],
      [
        { choice: 'a', listName: null },
        { choice: 'b', listName: null },
      ],
    );
    expect(outcome).toMatchObject({ tie: true, leaders: ['a', 'b'] });
  });

  it('the lot is the same when re-run with the logged seed, and differs with another seed for some option sets', () => {
    const first = drawLot('f00d', ['x', 'y', 'z']);
    expect(drawLot('f00d', ['z', 'y', 'x'])).toEqual(first);
    const seeds = ['1', '2', '3', '4', '5', '6', '7', '8'].map((s) => drawLot(s, ['x', 'y'])[0]);
    expect(new Set(seeds).size).toBe(2);
  });

  it('party tallies show each party’s votes, and which parties split (kommuneloven § 11-4)', () => {
    const parties = partyTallies([
      { choice: 'a', listName: 'Ap' },
      { choice: 'a', listName: 'Ap' },
      { choice: 'b', listName: 'H' },
      { choice: 'a', listName: 'H' },
    ]);
    expect(parties).toEqual({ Ap: { a: 2 }, H: { b: 1, a: 1 } });
    expect(splitParties(parties)).toEqual(['H']);
  });
});

describe('appeal deadlines', () => {
  it('Sweden: three weeks from the posting day (KL 13 kap. 5 §)', () => {
    expect(appealDeadline('se', { postedOn: '2026-03-18', decidedOn: '2026-03-16' }).deadlineOn).toBe(
      '2026-04-08',
    );
  });

  it('Sweden: a last day on midsommarafton moves to the Monday after (Lag 1930:173)', () => {
    // Posted Friday 29 May 2026; 21 days on is Friday 19 June, midsommarafton.
    expect(appealDeadline('se', { postedOn: '2026-05-29', decidedOn: '2026-05-26' }).deadlineOn).toBe(
      '2026-06-22',
    );
  });

  it('Sweden: a last day on a Sunday, or on julafton, moves to the next weekday', () => {
    // 2026-08-02 is a Sunday.
    expect(appealDeadline('se', { postedOn: '2026-07-12', decidedOn: '2026-07-10' }).deadlineOn).toBe(
      '2026-08-03',
    );
    // 24 December 2026 (julafton, Thursday) → 25 and 26 are holidays, 27 Sunday → Monday 28.
    expect(appealDeadline('se', { postedOn: '2026-12-03', decidedOn: '2026-12-01' }).deadlineOn).toBe(
      '2026-12-28',
    );
  });

  it('Norway: three weeks from the decision, over a holiday to the next working day (kommuneloven § 27-1)', () => {
    expect(appealDeadline('no', { postedOn: '2026-03-20', decidedOn: '2026-03-10' }).deadlineOn).toBe(
      '2026-03-31',
    );
    // Decided 26 April 2026; 21 days on is Sunday 17 May, Constitution Day → Monday 18 May.
    expect(appealDeadline('no', { postedOn: '2026-05-01', decidedOn: '2026-04-26' }).deadlineOn).toBe(
      '2026-05-18',
    );
  });

  it('Sweden: posting later than the second day after signing is late (KL 8 kap. 12 §); Norway has no such rule', () => {
    expect(isPostingLate('se', '2026-03-18', '2026-03-20')).toBe(false);
    expect(isPostingLate('se', '2026-03-18', '2026-03-21')).toBe(true);
    expect(isPostingLate('no', '2026-03-18', '2026-03-30')).toBe(false);
  });
});

describe('days where the municipality is', () => {
  it('a day begins at midnight in Stockholm or Oslo, in summer and winter time', () => {
    expect(startOfDay('se', '2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDay('no', '2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
  });
});
