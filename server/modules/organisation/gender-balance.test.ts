import { describe, expect, it } from 'vitest';
import type { Gender } from '../../../common/organisation.ts';
import { noRules } from '../../rules/no.ts';
import { evaluateGenderBalance } from './gender-balance.ts';

const seats = (women: number, men: number, unknown = 0, listName: string | null = null) => [
  ...Array.from({ length: women }, () => ({ gender: 'woman' as Gender, listName })),
  ...Array.from({ length: men }, () => ({ gender: 'man' as Gender, listName })),
  ...Array.from({ length: unknown }, () => ({ gender: null, listName })),
];

const agreed = (
  s: ReturnType<typeof seats>,
  kind: 'committee' | 'executive_board' | 'council' = 'committee',
) => evaluateGenderBalance({ jurisdiction: 'no', kind, electionMethod: 'agreed', seats: s });

describe('kommuneloven § 7-6: the minimum of each gender by the number of members', () => {
  it.each([
    [2, 1],
    [3, 1],
    [4, 2],
    [5, 2],
    [6, 3],
    [8, 3],
    [9, 4],
    [10, 4],
    [11, 5],
    [13, 6],
  ])('%i seats need at least %i of each gender', (n, minimum) => {
    expect(noRules.genderBalance.minimumPerGender(n)).toBe(minimum);
  });
});

describe('gender balance of a body', () => {
  it.each([
    [3, 1, 2, 'ok'],
    [3, 0, 3, 'violation'],
    [5, 2, 3, 'ok'],
    [5, 1, 4, 'violation'],
    [8, 3, 5, 'ok'],
    [8, 2, 6, 'violation'],
    [9, 4, 5, 'ok'],
    [9, 3, 6, 'violation'],
    [10, 4, 6, 'ok'],
    [10, 3, 7, 'violation'],
    [11, 5, 6, 'ok'],
    [11, 4, 7, 'violation'],
  ] as const)('agreed election, %i seats with %i women: %s', (n, women, _men, status) => {
    expect(agreed(seats(women, n - women)).status).toBe(status);
  });

  it('a committee of 7 with 5 men and 2 women breaks the rule; 4 and 3 meets it', () => {
    expect(agreed(seats(2, 5))).toMatchObject({
      status: 'violation',
      source: 'kommuneloven § 7-6',
      groups: [{ required: 3, women: 2, men: 5 }],
    });
    expect(agreed(seats(3, 4)).status).toBe('ok');
  });

  it('for the executive board a shortfall is only a warning ("as far as possible")', () => {
    expect(agreed(seats(1, 6), 'executive_board').status).toBe('warning');
  });

  it('does not apply to the council itself, nor in Sweden', () => {
    expect(agreed(seats(0, 9), 'council').status).toBe('not_applicable');
    expect(
      evaluateGenderBalance({
        jurisdiction: 'se',
        kind: 'committee',
        electionMethod: null,
        seats: seats(0, 9),
      }).status,
    ).toBe('not_applicable');
  });

  it('undeclared genders make it "cannot be verified" rather than pass', () => {
    expect(agreed(seats(2, 4, 1)).status).toBe('unverifiable');
  });

  it('undeclared genders cannot rescue a body that fails whatever they are', () => {
    expect(agreed(seats(0, 6, 1)).status).toBe('violation');
  });

  it('proportional election is checked per list', () => {
    const result = evaluateGenderBalance({
      jurisdiction: 'no',
      kind: 'committee',
      electionMethod: 'proportional',
      seats: [...seats(1, 2, 0, 'Ap'), ...seats(0, 3, 0, 'H'), ...seats(0, 1, 0, 'Sp')],
    });
    expect(result.status).toBe('violation');
    expect(result.groups.map((g) => [g.list, g.status])).toEqual([
      ['Ap', 'ok'],
      ['H', 'violation'],
      ['Sp', 'ok'],
    ]);
  });
});
