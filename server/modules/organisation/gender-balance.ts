import type { BodyKind, ElectionMethod, Gender } from '../../../common/organisation.ts';
import type { Jurisdiction } from '../../../common/roles.ts';
import { noRules } from '../../rules/no.ts';

export type Seat = { gender: Gender | null; listName: string | null };

export type GenderBalanceGroup = {
  /** The list (party) for proportional election; null for the whole body. */
  list: string | null;
  seats: number;
  required: number;
  women: number;
  men: number;
  other: number;
  unknown: number;
  status: 'ok' | 'violation' | 'unverifiable';
};

export type GenderBalance = {
  status: 'not_applicable' | 'ok' | 'warning' | 'violation' | 'unverifiable';
  source: string;
  electionMethod: ElectionMethod | null;
  groups: GenderBalanceGroup[];
};

/** kommuneloven § 7-6 governs elected bodies other than the council itself. */
function ruleApplies(jurisdiction: Jurisdiction, kind: BodyKind): boolean {
  if (jurisdiction !== 'no') return false;
  return [
    'executive_board',
    'committee',
    'sub_committee',
    'control_committee',
    'joint_committee',
    'task_committee',
  ].includes(kind);
}

function evaluateGroup(list: string | null, seats: Seat[]): GenderBalanceGroup {
  const count = (g: Gender) => seats.filter((s) => s.gender === g).length;
  const women = count('woman');
  const men = count('man');
  const other = count('other');
  const unknown = seats.filter((s) => s.gender === null).length;
  const required = noRules.genderBalance.minimumPerGender(seats.length);
  // Could the undeclared persons, whatever their gender, make up for the shortfall?
  const couldPass = Math.max(0, required - women) + Math.max(0, required - men) <= unknown;
  const passes = Math.min(women, men) >= required;
  const status = passes ? 'ok' : !couldPass ? 'violation' : unknown > 0 ? 'unverifiable' : 'violation';
  return { list, seats: seats.length, required, women, men, other, unknown, status };
}

/**
 * kommuneloven § 7-6: each gender must have at least a minimum number of the members, counted
 * per list when the body is elected proportionally and for the whole body when the election was
 * agreed. For the executive board (formannskap) the rule applies "as far as possible", so a
 * shortfall is a warning. Undeclared genders make the check "cannot be verified", never "ok".
 */
export function evaluateGenderBalance(input: {
  jurisdiction: Jurisdiction;
  kind: BodyKind;
  electionMethod: ElectionMethod | null;
  seats: Seat[];
}): GenderBalance {
  const source = noRules.genderBalance.source;
  if (!ruleApplies(input.jurisdiction, input.kind)) {
    return { status: 'not_applicable', source, electionMethod: input.electionMethod, groups: [] };
  }
  const method = input.electionMethod ?? 'agreed';
  const byList = new Map<string | null, Seat[]>();
  for (const seat of input.seats) {
    const key = method === 'proportional' ? (seat.listName ?? '') : null;
    byList.set(key, [...(byList.get(key) ?? []), seat]);
  }
  const groups = [...byList.entries()]
    .map(([list, seats]) => evaluateGroup(list, seats))
    .sort((a, b) => (a.list ?? '').localeCompare(b.list ?? ''));
  const failed = groups.some((g) => g.status === 'violation');
  const unverifiable = groups.some((g) => g.status === 'unverifiable');
  const status = failed
    ? input.kind === 'executive_board'
      ? 'warning'
      : 'violation'
    : unverifiable
      ? 'unverifiable'
      : 'ok';
  return { status, source, electionMethod: method, groups };
}
