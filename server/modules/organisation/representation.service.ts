import { ageBands, isPoliticalKind, seatRoles, type AgeBand } from '../../../common/organisation.ts';
import type { Db } from '../../db/client.ts';
import type { RepresentationDto } from './organisation.contract.ts';
import * as repo from './organisation.repository.ts';

/** Fewer people than this are never broken down, so no one can be singled out. */
export const MINIMUM_GROUP_SIZE = 5;

type Person = { gender: string | null; birthYear: number | null };

function ageBandOf(birthYear: number | null, year: number): AgeBand | 'unknown' {
  if (birthYear === null) return 'unknown';
  const age = year - birthYear;
  if (age < 30) return 'under_30';
  if (age < 50) return '30_49';
  if (age < 65) return '50_64';
  return '65_plus';
}

function breakdown(people: Person[], year: number) {
  const total = people.length;
  if (total < MINIMUM_GROUP_SIZE) return { total, suppressed: true, gender: null, age: null };
  const count = (g: string) => people.filter((p) => p.gender === g).length;
  const other = count('other');
  const age = Object.fromEntries(
    [...ageBands, 'unknown' as const].map((band) => [
      band,
      people.filter((p) => ageBandOf(p.birthYear, year) === band).length,
    ]),
  ) as Record<AgeBand | 'unknown', number | null>;
  // A handful of people of another gender would be identifiable: below five they are counted
  // with those who did not say, so that no subtraction from the total reveals them.
  const fewOther = other > 0 && other < MINIMUM_GROUP_SIZE;
  const unknown = people.filter((p) => p.gender === null).length;
  return {
    total,
    suppressed: false,
    gender: {
      women: count('woman'),
      men: count('man'),
      other: fewOther ? null : other,
      unknown: fewOther ? unknown + other : unknown,
    },
    age,
  };
}

/**
 * Representation by gender and age band among the elected members (seats with voting rights in
 * political bodies), per body and term and for all bodies together, for every term so the trend
 * shows. Public, since only aggregates leave; groups smaller than five are suppressed.
 */
export async function getRepresentation(db: Db, municipalityId: string): Promise<RepresentationDto> {
  const terms = (await repo.findTerms(db, municipalityId)).sort((a, b) =>
    a.startsOn.localeCompare(b.startsOn),
  );
  const seats = (await repo.findSeatsForStatistics(db, municipalityId)).filter(
    (s) => isPoliticalKind(s.bodyKind) && seatRoles.includes(s.role),
  );
  return {
    minimumGroupSize: MINIMUM_GROUP_SIZE,
    terms: terms.map((term) => {
      const year = Number(term.startsOn.slice(0, 4));
      const inTerm = seats.filter((s) => s.termId === term.id);
      const distinct = (rows: typeof inTerm) => [...new Map(rows.map((r) => [r.personId, r])).values()];
      const bodyIds = [...new Set(inTerm.map((s) => s.bodyId))];
      const bodies = bodyIds
        .map((bodyId) => {
          const rows = inTerm.filter((s) => s.bodyId === bodyId);
          const first = rows[0];
          return {
            bodyId,
            name: first?.bodyName ?? '',
            kind: first?.bodyKind ?? 'committee',
            ...breakdown(distinct(rows), year),
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      return {
        termId: term.id,
        name: term.name,
        startsOn: term.startsOn,
        overall: breakdown(distinct(inTerm), year),
        bodies,
      };
    }),
  };
}
