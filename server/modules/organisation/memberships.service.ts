import { seatRoles, type MembershipRole } from '../../../common/organisation.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, notFound, staleVersion } from '../../http/errors.ts';
import { dayAfter, dayBefore, rangesOverlap, todayIn } from '../../rules/calendar.ts';
import { recordChange } from '../audit/audit.service.ts';
import {
  findCurrentTerm,
  isBodyActive,
  jurisdictionOf,
  requireManager,
  toBodyDto,
  toTermDto,
} from './bodies.service.ts';
import { evaluateGenderBalance, type GenderBalance } from './gender-balance.ts';
import type { AppointInput, CompositionInput, MemberDto, SeatInput } from './organisation.contract.ts';
import * as repo from './organisation.repository.ts';

type Membership = repo.MembershipWithPerson;

export function toMemberDto(row: Membership): MemberDto {
  return {
    membershipId: row.id,
    personId: row.personId,
    name: row.person.name,
    party: row.person.party,
    role: row.role,
    listName: row.listName,
    votingRight: row.votingRight,
    substituteOrder: row.substituteOrder,
    termId: row.termId,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    endReason: row.endReason,
    version: row.version,
  };
}

const roleOrder: Record<MembershipRole, number> = {
  chair: 0,
  first_vice_chair: 1,
  second_vice_chair: 2,
  member: 3,
  adjunct: 4,
  substitute: 5,
  secretary: 6,
};

function byRoleThenOrder(a: Membership, b: Membership): number {
  return (
    roleOrder[a.role] - roleOrder[b.role] ||
    (a.listName ?? '').localeCompare(b.listName ?? '') ||
    (a.substituteOrder ?? 0) - (b.substituteOrder ?? 0) ||
    a.person.name.localeCompare(b.person.name)
  );
}

/** A membership ends on its own end date, or when its body closes, whichever comes first. */
function effectiveEnd(
  m: Pick<repo.MembershipRow, 'endsOn'>,
  body: Pick<repo.BodyRow, 'endsOn'>,
): string | null {
  if (m.endsOn && body.endsOn) return m.endsOn < body.endsOn ? m.endsOn : body.endsOn;
  return m.endsOn ?? body.endsOn;
}

function activeOn(m: Membership, body: repo.BodyRow, date: string): boolean {
  const end = effectiveEnd(m, body);
  return m.startsOn <= date && (end === null || end >= date);
}

function isSeat(m: { role: MembershipRole; votingRight: boolean }): boolean {
  return seatRoles.includes(m.role) && m.votingRight;
}

function genderBalanceOf(
  jurisdiction: 'se' | 'no',
  body: repo.BodyRow,
  members: Array<{
    role: MembershipRole;
    votingRight: boolean;
    listName: string | null;
    person: repo.PersonRow;
  }>,
): GenderBalance {
  return evaluateGenderBalance({
    jurisdiction,
    kind: body.kind,
    electionMethod: body.electionMethod,
    seats: members.filter(isSeat).map((m) => ({ gender: m.person.gender, listName: m.listName })),
  });
}

function throwIfViolation(balance: GenderBalance): void {
  if (balance.status !== 'violation') return;
  const failed = balance.groups.find((g) => g.status === 'violation');
  throw AppError.ruleViolation(
    { rule: 'gender_balance', source: balance.source },
    { genderBalance: balance },
    {
      key: 'error.gender_balance',
      values: {
        required: failed?.required ?? 0,
        seats: failed?.seats ?? 0,
        women: failed?.women ?? 0,
        men: failed?.men ?? 0,
        list: failed?.list ?? 'none',
      },
    },
  );
}

/**
 * Structural rules for a body's memberships: one chair at a time, no person twice at once,
 * nobody appointed to a body that has closed.
 */
function assertMembershipRules(
  body: repo.BodyRow,
  all: Array<
    Pick<Membership, 'role' | 'startsOn' | 'endsOn' | 'personId' | 'id'> & { person: { name: string } }
  >,
) {
  for (const m of all) {
    if (body.endsOn && m.startsOn > body.endsOn) {
      throw new AppError('RULE_VIOLATION', 'error.body_ended', { name: body.name, date: body.endsOn });
    }
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i];
      const b = all[j];
      if (!a || !b || !rangesOverlap(a, b)) continue;
      if (a.personId === b.personId) {
        throw new AppError('CONFLICT', 'error.overlapping_membership', { name: a.person.name });
      }
      if (a.role === 'chair' && b.role === 'chair') {
        const sitting = a.id ? a : b;
        throw new AppError('CONFLICT', 'error.second_chair', { name: sitting.person.name });
      }
    }
  }
}

async function loadBody(db: DbOrTx, municipalityId: string, bodyId: string): Promise<repo.BodyRow> {
  const body = await repo.findBody(db, municipalityId, bodyId);
  if (!body) throw notFound();
  return body;
}

async function loadTerm(
  db: DbOrTx,
  municipalityId: string,
  termId: string,
  date: string,
): Promise<repo.TermRow> {
  const term = await repo.findTerm(db, municipalityId, termId);
  if (!term) throw notFound();
  if (date < term.startsOn || date > term.endsOn) {
    throw new AppError('VALIDATION', 'error.date_outside_term', { date, term: term.name });
  }
  return term;
}

async function loadPersons(
  db: DbOrTx,
  municipalityId: string,
  ids: string[],
): Promise<Map<string, repo.PersonRow>> {
  const found = await repo.findPersonsByIds(db, municipalityId, [...new Set(ids)]);
  if (found.length !== new Set(ids).size) throw new AppError('NOT_FOUND', 'error.person_in_use');
  return new Map(found.map((p) => [p.id, p]));
}

function seatValues(
  municipalityId: string,
  bodyId: string,
  termId: string | null,
  startsOn: string,
  endsOn: string | null,
  seat: SeatInput,
) {
  return {
    municipalityId,
    bodyId,
    termId,
    personId: seat.personId,
    role: seat.role,
    listName: seat.listName ?? null,
    votingRight: seat.votingRight ?? !['adjunct', 'secretary', 'substitute'].includes(seat.role),
    substituteOrder: seat.role === 'substitute' ? (seat.substituteOrder ?? 1) : null,
    startsOn,
    endsOn,
  };
}

/**
 * A body with its members in a term (the term in force today unless another is asked for),
 * and, for Norwegian elected bodies, whether the composition meets kommuneloven § 7-6. Public.
 */
export async function getBodyDetail(
  db: Db,
  input: { municipalityId: string; bodyId: string; termId?: string },
) {
  const { municipalityId, bodyId } = input;
  const jurisdiction = await jurisdictionOf(db, municipalityId);
  const today = todayIn(jurisdiction);
  const body = await loadBody(db, municipalityId, bodyId);
  const term = input.termId
    ? await repo.findTerm(db, municipalityId, input.termId)
    : await findCurrentTerm(db, municipalityId, today);
  if (input.termId && !term) throw notFound();
  const asOf = term
    ? today < term.startsOn
      ? term.startsOn
      : today > term.endsOn
        ? term.endsOn
        : today
    : today;
  const all = await repo.findMembershipsOfBody(db, municipalityId, bodyId);
  const members = all
    .filter(
      (m) =>
        (m.termId === null || m.termId === term?.id) &&
        activeOn(m, body, isBodyActive(body, asOf) ? asOf : (body.endsOn ?? asOf)),
    )
    .sort(byRoleThenOrder);
  const parent = body.parentId ? await repo.findBody(db, municipalityId, body.parentId) : undefined;
  const children = (await repo.findBodies(db, municipalityId)).filter((b) => b.parentId === bodyId);
  return {
    body: toBodyDto(body, today),
    parent: parent ? toBodyDto(parent, today) : null,
    children: children.map((c) => toBodyDto(c, today)),
    term: term ? toTermDto(term, today) : null,
    members: members.map(toMemberDto),
    genderBalance: genderBalanceOf(jurisdiction, body, members),
  };
}

/**
 * Evaluates a proposed composition without saving it, so the person appointing sees balance
 * warnings while they work. @throws FORBIDDEN; NOT_FOUND
 */
export async function checkComposition(
  db: Db,
  input: { actor: Actor; municipalityId: string; bodyId: string; members: SeatInput[] },
): Promise<GenderBalance> {
  const { actor, municipalityId, bodyId } = input;
  requireManager(actor, municipalityId);
  const jurisdiction = await jurisdictionOf(db, municipalityId);
  const body = await loadBody(db, municipalityId, bodyId);
  const people = await loadPersons(
    db,
    municipalityId,
    input.members.map((m) => m.personId),
  );
  return genderBalanceOf(
    jurisdiction,
    body,
    input.members.map((m) => ({
      role: m.role,
      votingRight: m.votingRight ?? true,
      listName: m.listName ?? null,
      person: people.get(m.personId) as repo.PersonRow,
    })),
  );
}

/**
 * Elects a body's composition for a term as a whole, as a council does: the members, their
 * roles and lists, the substitutes in order. A Norwegian elected body must meet kommuneloven
 * § 7-6 (a warning only for the executive board). Sending it again corrects the same election.
 * @throws FORBIDDEN; NOT_FOUND; RULE_VIOLATION (gender balance, closed body);
 *   CONFLICT (two chairs, a person twice, members already appointed from another date)
 */
export async function setComposition(
  db: Db,
  input: { actor: Actor; municipalityId: string; bodyId: string; composition: CompositionInput },
) {
  const { actor, municipalityId, bodyId, composition } = input;
  requireManager(actor, municipalityId);
  const jurisdiction = await jurisdictionOf(db, municipalityId);
  return db.transaction(async (tx) => {
    await repo.lockBody(tx, bodyId);
    const body = await loadBody(tx, municipalityId, bodyId);
    const term = await loadTerm(tx, municipalityId, composition.termId, composition.startsOn);
    const people = await loadPersons(
      tx,
      municipalityId,
      composition.members.map((m) => m.personId),
    );
    const existing = (await repo.findMembershipsOfBody(tx, municipalityId, bodyId)).filter(
      (m) => m.termId === term.id,
    );
    if (existing.some((m) => m.startsOn !== composition.startsOn)) {
      throw new AppError('CONFLICT', 'error.composition_exists');
    }
    const proposed = composition.members.map((seat) => ({
      // A seat lasts until the end of the term unless it ends earlier.
      ...seatValues(municipalityId, bodyId, term.id, composition.startsOn, term.endsOn, seat),
      id: '',
      person: people.get(seat.personId) as repo.PersonRow,
    }));
    const others = (await repo.findMembershipsOfBody(tx, municipalityId, bodyId)).filter(
      (m) => m.termId !== term.id,
    );
    assertMembershipRules(body, [...others, ...proposed]);
    const balance = genderBalanceOf(jurisdiction, body, proposed);
    throwIfViolation(balance);
    await repo.deleteMemberships(
      tx,
      municipalityId,
      existing.map((m) => m.id),
    );
    const rows = await repo.insertMemberships(
      tx,
      proposed.map(({ id: _id, person: _person, ...values }) => values),
    );
    const members = rows
      .map((r) => ({ ...r, person: people.get(r.personId) as repo.PersonRow }))
      .sort(byRoleThenOrder)
      .map(toMemberDto);
    await recordChange(tx, actor, {
      municipalityId,
      action: existing.length ? 'body.composition.correct' : 'body.composition.elect',
      entityType: 'body',
      entityId: bodyId,
      before: existing.length ? { members: existing.sort(byRoleThenOrder).map(toMemberDto) } : null,
      after: { termId: term.id, members, genderBalance: balance.status },
    });
    return { members, genderBalance: balance };
  });
}

/**
 * Appoints one person to a body (a supplementary election, an adjunct, a secretary). The same
 * rules as for a whole composition apply to the seats held from that day.
 * @throws FORBIDDEN; NOT_FOUND; RULE_VIOLATION; CONFLICT
 */
export async function appoint(
  db: Db,
  input: { actor: Actor; municipalityId: string; appointment: AppointInput },
) {
  const { actor, municipalityId, appointment } = input;
  requireManager(actor, municipalityId);
  const jurisdiction = await jurisdictionOf(db, municipalityId);
  return db.transaction(async (tx) => {
    await repo.lockBody(tx, appointment.bodyId);
    const body = await loadBody(tx, municipalityId, appointment.bodyId);
    const term = appointment.termId
      ? await loadTerm(tx, municipalityId, appointment.termId, appointment.startsOn)
      : undefined;
    const people = await loadPersons(tx, municipalityId, [appointment.personId]);
    const person = people.get(appointment.personId) as repo.PersonRow;
    const values = seatValues(
      municipalityId,
      body.id,
      term?.id ?? null,
      appointment.startsOn,
      appointment.endsOn ?? term?.endsOn ?? null,
      appointment,
    );
    const existing = await repo.findMembershipsOfBody(tx, municipalityId, body.id);
    assertMembershipRules(body, [...existing, { ...values, id: '', person }]);
    const seatedThen = existing.filter((m) => activeOn(m, body, appointment.startsOn));
    const balance = genderBalanceOf(jurisdiction, body, [...seatedThen, { ...values, person }]);
    if (isSeat(values)) throwIfViolation(balance);
    const [row] = await repo.insertMemberships(tx, [values]);
    if (!row) throw new Error('insert returned no row');
    const member = toMemberDto({ ...row, person });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'membership.create',
      entityType: 'membership',
      entityId: row.id,
      after: member,
    });
    return { member, genderBalance: balance };
  });
}

/** Active substitutes on the same list, first in order first. */
function nextSubstituteFor(
  ended: Membership,
  all: Membership[],
  body: repo.BodyRow,
  from: string,
): Membership | null {
  const candidates = all
    .filter(
      (m) =>
        m.role === 'substitute' &&
        m.termId === ended.termId &&
        (m.listName ?? null) === (ended.listName ?? null),
    )
    .filter((m) => activeOn(m, body, from))
    .sort((a, b) => (a.substituteOrder ?? 0) - (b.substituteOrder ?? 0));
  return candidates[0] ?? null;
}

/**
 * Ends a membership (a member leaves mid-term) and names the substitute next in order on the
 * same list, for the secretary to move up. @throws FORBIDDEN; NOT_FOUND; CONFLICT
 */
export async function endMembership(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    membershipId: string;
    endsOn: string;
    endReason?: string | null;
    version: number;
  },
) {
  const { actor, municipalityId, membershipId } = input;
  requireManager(actor, municipalityId);
  return db.transaction(async (tx) => {
    const current = await repo.findMembership(tx, municipalityId, membershipId);
    if (!current) throw notFound();
    await repo.lockBody(tx, current.bodyId);
    if (current.endsOn && current.endsOn < todayIn(await jurisdictionOf(tx, municipalityId))) {
      throw new AppError('CONFLICT', 'error.membership_already_ended');
    }
    if (input.endsOn < current.startsOn) {
      throw new AppError(
        'VALIDATION',
        'error.VALIDATION',
        { count: 1 },
        { issues: [{ path: 'body.endsOn', message: 'must not be before the membership starts' }] },
      );
    }
    const row = await repo.endMembership(tx, municipalityId, membershipId, input.version, {
      endsOn: input.endsOn,
      endReason: input.endReason ?? null,
    });
    if (!row) throw staleVersion(current.version);
    const member = toMemberDto({ ...row, person: current.person });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'membership.end',
      entityType: 'membership',
      entityId: membershipId,
      before: toMemberDto(current),
      after: member,
    });
    const body = await loadBody(tx, municipalityId, current.bodyId);
    const all = await repo.findMembershipsOfBody(tx, municipalityId, current.bodyId);
    const next = isSeat(current) ? nextSubstituteFor(current, all, body, dayAfter(input.endsOn)) : null;
    return { member, nextSubstitute: next ? toMemberDto(next) : null };
  });
}

/**
 * A substitute moves up to a seat (opprykk / ersättare som går in): their substitute membership
 * ends the day before and a seat on the same list begins. Moving up follows from the election,
 * so the gender rule is reported, not enforced. @throws FORBIDDEN; NOT_FOUND; CONFLICT
 */
export async function moveUp(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    membershipId: string;
    startsOn: string;
    role?: MembershipRole;
  },
) {
  const { actor, municipalityId, membershipId, startsOn } = input;
  requireManager(actor, municipalityId);
  const jurisdiction = await jurisdictionOf(db, municipalityId);
  return db.transaction(async (tx) => {
    const substitute = await repo.findMembership(tx, municipalityId, membershipId);
    if (!substitute) throw notFound();
    if (substitute.role !== 'substitute') throw new AppError('CONFLICT', 'error.not_substitute');
    await repo.lockBody(tx, substitute.bodyId);
    const body = await loadBody(tx, municipalityId, substitute.bodyId);
    const seat = {
      personId: substitute.personId,
      role: input.role ?? 'member',
      listName: substitute.listName,
      votingRight: true,
    };
    const values = seatValues(municipalityId, body.id, substitute.termId, startsOn, substitute.endsOn, seat);
    const endsOn = dayBefore(startsOn);
    const existing = (await repo.findMembershipsOfBody(tx, municipalityId, body.id)).map((m) =>
      m.id === substitute.id ? { ...m, endsOn } : m,
    );
    assertMembershipRules(body, [
      ...existing.filter((m) => m.id !== substitute.id || endsOn >= m.startsOn),
      { ...values, id: '', person: substitute.person },
    ]);
    if (endsOn >= substitute.startsOn) {
      await repo.endMembership(tx, municipalityId, substitute.id, substitute.version, {
        endsOn,
        endReason: 'moved_up',
      });
    } else {
      await repo.deleteMemberships(tx, municipalityId, [substitute.id]);
    }
    const [row] = await repo.insertMemberships(tx, [values]);
    if (!row) throw new Error('insert returned no row');
    const member = toMemberDto({ ...row, person: substitute.person });
    const seatedThen = existing.filter((m) => m.id !== substitute.id && activeOn(m, body, startsOn));
    const balance = genderBalanceOf(jurisdiction, body, [
      ...seatedThen,
      { ...values, person: substitute.person },
    ]);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'membership.move_up',
      entityType: 'membership',
      entityId: row.id,
      before: toMemberDto(substitute),
      after: member,
    });
    return { member, genderBalance: balance };
  });
}
