import { seatRoles, type Gender, type MembershipRole, type RoleType } from '../../../common/organisation.ts';
import type { Db } from '../../db/client.ts';
import { systemActor } from '../../http/context.ts';
import { noRules } from '../../rules/no.ts';
import { findUserByEmail } from '../accounts/accounts.service.ts';
import { createBody, createTerm } from '../organisation/bodies.service.ts';
import { setComposition } from '../organisation/memberships.service.ts';
import type { SeatInput } from '../organisation/organisation.contract.ts';
import { createPerson, createPosition } from '../organisation/people.service.ts';
import { adoptRoleDescription } from '../organisation/role-descriptions.service.ts';
import type { DemoOrganisation } from './organisation.data.ts';
import { fjordvikRoleDescriptions, solvikRoleDescriptions } from './role-descriptions.data.ts';

/** A small deterministic random source, so the demo is the same on every machine. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h += 0x6d2b79f5;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type PoolPerson = { id: string; gender: Gender; party: string };

/** What later parts of the demo need to refer to: bodies and people by name, and who sits where. */
export type SeededOrganisation = {
  councilName: string;
  bodyIds: Map<string, string>;
  personIds: Map<string, string>;
  people: Map<string, { name: string; party: string | null }>;
  /** Per term, the voting members of each body in seat order (chair first). */
  seated: Array<Map<string, string[]>>;
};

const seatRoleAt = (index: number, seats: number): MembershipRole =>
  index === 0
    ? 'chair'
    : index === 1
      ? 'first_vice_chair'
      : index === 2 && seats >= 5
        ? 'second_vice_chair'
        : 'member';

/**
 * Loads a demo municipality's organisation through the same services as the app: two terms, a
 * council, executive board, committees, task committees (one ended), the administration and
 * companies, people with memberships and substitutes, the director and department heads, and
 * role descriptions. Norwegian compositions meet kommuneloven § 7-6 as they must. Returns the
 * bodies and people by name, and who sits where, for the demo's registry of matters.
 */
export async function seedOrganisation(
  db: Db,
  municipalityId: string,
  demo: DemoOrganisation,
  jurisdiction: 'se' | 'no',
): Promise<SeededOrganisation> {
  const actor = systemActor(municipalityId, 'demo');
  const rand = random(demo.slug);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

  const terms = [];
  for (const term of demo.terms) terms.push(await createTerm(db, { actor, municipalityId, term }));

  const bodyIds = new Map<string, string>();
  for (const body of demo.bodies) {
    const created = await createBody(db, {
      actor,
      municipalityId,
      body: {
        kind: body.kind,
        name: body.name,
        shortName: body.shortName ?? null,
        parentId: body.parent ? (bodyIds.get(body.parent) ?? null) : null,
        electionMethod:
          jurisdiction === 'no' && body.kind !== 'council' && body.seats
            ? (body.electionMethod ?? 'agreed')
            : (body.electionMethod ?? null),
        mandate: body.task?.mandate ?? null,
        startsOn: body.task?.startsOn ?? null,
        endsOn: body.task?.endsOn ?? null,
        powers: body.task?.powers ?? null,
      },
    });
    bodyIds.set(body.name, created.id);
  }

  // The demo accounts' own names are kept for their persons: the pool never draws them.
  const accounts = new Map<string, { id: string; name: string }>();
  for (const link of demo.linked) {
    const user = await findUserByEmail(db, link.email);
    if (user) accounts.set(link.email, { id: user.id, name: user.name });
  }
  const reserved = new Set([
    ...[...accounts.values()].map((a) => a.name),
    ...demo.positions.map((p) => p.name),
  ]);
  const usedNames = new Set<string>();
  const personIds = new Map<string, string>();
  const people = new Map<string, { name: string; party: string | null }>();
  const newPerson = async (
    gender: Gender,
    extra: { name?: string; birthYear?: number; party?: string | null; userId?: string | null } = {},
  ) => {
    let name = extra.name;
    while (!name || usedNames.has(name) || (name !== extra.name && reserved.has(name)))
      name = `${pick(demo.firstNames[gender === 'woman' ? 'woman' : 'man'])} ${pick(demo.lastNames)}`;
    usedNames.add(name);
    const slugName = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z ]/g, '')
      .replace(/ /g, '.');
    const created = await createPerson(db, {
      actor,
      municipalityId,
      person: {
        name,
        gender,
        birthYear: extra.birthYear ?? 1950 + Math.floor(rand() * 52),
        party: extra.party === undefined ? pick(demo.parties) : extra.party,
        email: `${slugName}@${demo.slug}.example`,
        emailVisibility: rand() < 0.5 ? 'public' : 'internal',
        userId: extra.userId ?? null,
      },
    });
    personIds.set(name, created.id);
    people.set(created.id, { name, party: created.party });
    return { id: created.id, gender, party: created.party ?? '' };
  };

  // Enough people for two councils with some turnover, the committees and their substitutes.
  const pool: PoolPerson[] = [];
  const councilSeats = demo.bodies.find((b) => b.kind === 'council')?.seats ?? 0;
  const poolSize = Math.ceil(councilSeats * 2.2);
  for (let i = 0; i < poolSize; i++) pool.push(await newPerson(i % 2 === 0 ? 'woman' : 'man'));

  // One person per demo account, with each of its seats in the later term.
  const linked: Array<{ person: PoolPerson; body: string; role: MembershipRole }> = [];
  for (const link of demo.linked) {
    const account = accounts.get(link.email);
    const person = await newPerson(link.gender, {
      name: account?.name,
      birthYear: link.birthYear,
      party: link.party ?? null,
      userId: account?.id ?? null,
    });
    for (const seat of link.seats) linked.push({ person, body: seat.body, role: seat.role });
  }
  const roleRank = (role: MembershipRole) => {
    const rank = seatRoles.indexOf(role);
    return rank < 0 ? seatRoles.length : rank;
  };

  const seatedByTerm: Array<Map<string, string[]>> = [];
  for (const [t, term] of terms.entries()) {
    const share = demo.womenShare[t as 0 | 1];
    // Each term keeps about half of the previous term's people and brings in new ones.
    const offset = t * Math.floor(poolSize * 0.45);
    const ordered = [...pool.slice(offset), ...pool.slice(0, offset)];
    const taken = new Map<string, string[]>();
    for (const body of demo.bodies) {
      if (!body.seats) continue;
      if (body.task && body.task.term !== t) continue;
      const linkedHere = t === 1 ? linked.filter((l) => l.body === body.name) : [];
      const linkedSeats = linkedHere
        .filter((l) => seatRoles.includes(l.role))
        .sort((a, b) => roleRank(a.role) - roleRank(b.role));
      const linkedSubstitutes = linkedHere.filter((l) => l.role === 'substitute').map((l) => l.person);
      const seated: PoolPerson[] = linkedSeats.map((l) => l.person);
      const n = body.seats;
      const minimum =
        jurisdiction === 'no' && body.kind !== 'council' ? noRules.genderBalance.minimumPerGender(n) : 0;
      const women = Math.min(n - minimum, Math.max(minimum, Math.round(n * share)));
      const candidates =
        body.kind === 'sub_committee' && body.parent
          ? ordered.filter((p) => taken.get(body.parent ?? '')?.includes(p.id))
          : ordered;
      const start = Math.floor(rand() * candidates.length);
      const rotated = [...candidates.slice(start), ...candidates.slice(0, start)];
      for (const gender of ['woman', 'man'] as const) {
        const want = Math.min(
          (gender === 'woman' ? women : n - women) - seated.filter((p) => p.gender === gender).length,
          n - seated.length,
        );
        seated.push(
          ...rotated.filter((p) => p.gender === gender && !seated.includes(p)).slice(0, Math.max(0, want)),
        );
      }
      // Mix the chair's gender rather than always seating a woman first.
      if (linkedHere.length === 0 && rand() < 0.5) seated.reverse();
      // Linked accounts hold the seats they were given; the pool takes the remaining roles in order.
      const freeRoles = Array.from({ length: n }, (_, i) => seatRoleAt(i, n));
      for (const l of linkedSeats) {
        const at = freeRoles.indexOf(l.role);
        freeRoles.splice(at < 0 ? freeRoles.lastIndexOf('member') : at, 1);
      }
      const members: SeatInput[] = seated.map((p, i) => ({
        personId: p.id,
        role: linkedSeats[i]?.role ?? freeRoles.shift() ?? 'member',
        listName: p.party,
      }));
      members.sort((a, b) => roleRank(a.role) - roleRank(b.role));
      const substitutes = [
        ...linkedSubstitutes,
        ...rotated
          .filter((p) => !seated.includes(p) && !linkedSubstitutes.includes(p))
          .slice(0, Math.max(0, (body.substitutes ?? 0) - linkedSubstitutes.length)),
      ];
      substitutes.forEach((p, i) =>
        members.push({ personId: p.id, role: 'substitute', listName: p.party, substituteOrder: i + 1 }),
      );
      for (let c = 0; c < (body.task?.citizens ?? 0); c++) {
        const citizen = await newPerson(c % 2 === 0 ? 'woman' : 'man', { party: null });
        members.push({ personId: citizen.id, role: 'adjunct', votingRight: false });
      }
      for (const l of linkedHere.filter((x) => x.role === 'secretary'))
        members.push({ personId: l.person.id, role: 'secretary', votingRight: false });
      taken.set(
        body.name,
        members.filter((m) => seatRoles.includes(m.role)).map((m) => m.personId),
      );
      await setComposition(db, {
        actor,
        municipalityId,
        bodyId: bodyIds.get(body.name) ?? '',
        composition: { termId: term.id, startsOn: body.task?.startsOn ?? term.startsOn, members },
      });
    }
    seatedByTerm.push(taken);
  }

  for (const position of demo.positions) {
    const user = position.userEmail ? await findUserByEmail(db, position.userEmail) : undefined;
    const person = await newPerson(position.gender, {
      name: position.name,
      birthYear: position.birthYear,
      party: null,
      userId: user?.id ?? null,
    });
    const isDirector = position.kind === 'director';
    await createPosition(db, {
      actor,
      municipalityId,
      position: {
        personId: person.id,
        kind: position.kind,
        unitId: position.unit ? (bodyIds.get(position.unit) ?? null) : null,
        title: position.title,
        startsOn: terms[0]?.startsOn ?? '2020-01-01',
        instructionTitle: isDirector ? demo.directorInstruction.title : null,
        instructionAdoptedBy: isDirector ? (bodyIds.get(demo.directorInstruction.adoptedBy) ?? null) : null,
        instructionAdoptedOn: isDirector ? demo.directorInstruction.adoptedOn : null,
      },
    });
  }

  const council = demo.bodies.find((b) => b.kind === 'council')?.name ?? '';
  const texts = jurisdiction === 'se' ? solvikRoleDescriptions : fjordvikRoleDescriptions;
  for (const [roleType, byLocale] of Object.entries(texts) as Array<
    [RoleType, Record<string, { decides: string; leaves: string }>]
  >) {
    await adoptRoleDescription(db, {
      actor,
      municipalityId,
      description: {
        roleType,
        texts: byLocale,
        adoptedOn: demo.directorInstruction.adoptedOn,
        adoptedBy: bodyIds.get(council) ?? null,
      },
    });
  }
  return { councilName: council, bodyIds, personIds, people, seated: seatedByTerm };
}
