import { describe, expect, it } from 'vitest';
import { findTransition, finalStates, matterStates, transitions } from '../../../common/matters.ts';
import { addMonths, isWorkingDay, rollToWorkingDay } from '../../rules/calendar.ts';
import { detectFileType } from './documents.service.ts';
import { formatRegistryNumber, legalDeadlineFor, missingSections } from './matters.common.ts';
import { toSnippet } from './search.service.ts';

describe('time limits (Lag (1930:173); domstolloven § 149)', () => {
  it.each([
    ['se', '2026-06-19', '2026-06-22', 'midsommarafton'],
    ['se', '2026-12-24', '2026-12-28', 'julafton, juldagen, annandag jul, Sunday'],
    ['se', '2026-12-31', '2027-01-04', 'nyårsafton, nyårsdagen, weekend'],
    ['se', '2026-04-03', '2026-04-07', 'långfredagen to annandag påsk'],
    ['se', '2026-06-06', '2026-06-08', 'nationaldagen on a Saturday'],
    ['no', '2026-05-17', '2026-05-18', 'grunnlovsdagen on a Sunday'],
    ['no', '2026-12-24', '2026-12-24', 'julaften is a working day in Norway'],
    ['no', '2026-04-02', '2026-04-07', 'skjærtorsdag to andre påskedag'],
    ['se', '2026-11-10', '2026-11-10', 'an ordinary Tuesday'],
  ] as const)('%s: a limit ending %s runs to %s (%s)', (jurisdiction, day, expected, _why) => {
    expect(rollToWorkingDay(jurisdiction, day)).toBe(expected);
  });

  it('counts months to the same day, or the month’s last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-11-10', 12)).toBe('2027-11-10');
    expect(addMonths('2026-03-15', -12)).toBe('2025-03-15');
    expect(isWorkingDay('se', '2026-11-10')).toBe(true);
  });

  it('gives motions and citizen proposals their legal deadline, citing the rule', () => {
    expect(legalDeadlineFor('se', 'motion', '2025-11-10')).toEqual({
      dueOn: '2026-11-10',
      source: 'KL 5 kap. 35 §',
      rule: 'motion',
    });
    expect(legalDeadlineFor('no', 'citizen_proposal', '2026-01-10')).toMatchObject({
      dueOn: '2026-07-10',
      source: 'kommuneloven § 12-1',
    });
    expect(legalDeadlineFor('no', 'motion', '2026-01-10')).toBeNull();
    expect(legalDeadlineFor('se', 'question', '2026-01-10')).toBeNull();
  });
});

describe('the state machine', () => {
  it('lets no final state lead anywhere, and every other state somewhere', () => {
    for (const state of matterStates) {
      const out = transitions.filter((t) => t.from === state);
      if (finalStates.includes(state)) expect(out, state).toEqual([]);
      else expect(out.length, state).toBeGreaterThan(0);
    }
  });

  it('reaches decided only through a recorded decision, and asks a reason to withdraw or write off', () => {
    for (const t of transitions.filter((x) => x.to === 'decided')) expect(t.viaDecision).toBe(true);
    for (const t of transitions.filter((x) => x.to === 'withdrawn' || x.to === 'written_off'))
      expect(t.reasonRequired).toBe(true);
    expect(findTransition('registered', 'closed')).toBeUndefined();
  });
});

describe('registry numbers', () => {
  it('formats Swedish and Norwegian numbers', () => {
    expect(formatRegistryNumber('{prefix} {yyyy}/{n}', 'KS', 2026, 42)).toBe('KS 2026/42');
    expect(formatRegistryNumber('{yy}/{n5}', '', 2026, 42)).toBe('26/00042');
    expect(formatRegistryNumber('{prefix} {yyyy}/{n}', '', 2026, 7)).toBe('2026/7');
  });
});

describe('the recommendation template', () => {
  it('names the required sections still empty', () => {
    const template = [
      { key: 'background' as const, required: true },
      { key: 'assessment' as const, required: false },
      { key: 'proposed_decision' as const, required: true },
    ];
    expect(missingSections(template, { background: ' ', assessment: '' })).toEqual([
      'background',
      'proposed_decision',
    ]);
    expect(missingSections(template, { background: 'x', proposed_decision: 'y' })).toEqual([]);
  });
});

describe('file types by content', () => {
  it('recognises PDF, PNG, JPEG, DOCX and ODT, and nothing else', () => {
    expect(detectFileType(Buffer.from('%PDF-1.4'))).toBe('application/pdf');
    expect(detectFileType(Buffer.from('<html>'))).toBeNull();
    expect(detectFileType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBeNull();
  });
});

describe('search snippets', () => {
  it('splits the highlighted passage into plain and found parts, keeping markup as text', () => {
    expect(toSnippet('Motion om \u0002cykelvägar\u0003 <b>i</b> \u0002centrum\u0003')).toEqual([
      { text: 'Motion om ', match: false },
      { text: 'cykelvägar', match: true },
      { text: ' <b>i</b> ', match: false },
      { text: 'centrum', match: true },
    ]);
  });
});
