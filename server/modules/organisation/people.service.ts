import type { RoleType } from '../../../common/organisation.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, notFound, staleVersion } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import { todayIn } from '../../rules/calendar.ts';
import { recordChange } from '../audit/audit.service.ts';
import { isBodyActive, jurisdictionOf, requireManager } from './bodies.service.ts';
import type {
  CreatePersonInput,
  CreatePositionInput,
  PersonAdminDto,
  PersonDto,
  PositionDto,
  UpdatePersonInput,
} from './organisation.contract.ts';
import * as repo from './organisation.repository.ts';
import { currentRoleDescriptions } from './role-descriptions.service.ts';

/**
 * The public face of a person. Contact details marked internal are shown only to people with a
 * role in the municipality; gender and birth year never leave the administration's view.
 */
export function toPersonDto(row: repo.PersonRow, seesInternal: boolean): PersonDto {
  return {
    id: row.id,
    name: row.name,
    party: row.party,
    email: row.emailVisibility === 'public' || seesInternal ? row.email : null,
    phone: row.phoneVisibility === 'public' || seesInternal ? row.phone : null,
  };
}

export function toPersonAdminDto(row: repo.PersonRow): PersonAdminDto {
  return {
    ...toPersonDto(row, true),
    gender: row.gender,
    birthYear: row.birthYear,
    emailVisibility: row.emailVisibility,
    phoneVisibility: row.phoneVisibility,
    userId: row.userId,
    version: row.version,
  };
}

export function toPositionDto(row: repo.PositionWithNames): PositionDto {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personName,
    kind: row.kind,
    unitId: row.unitId,
    unitName: row.unitName,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    instructionTitle: row.instructionTitle,
    instructionAdoptedBy: row.instructionAdoptedBy,
    instructionAdoptedOn: row.instructionAdoptedOn,
    version: row.version,
  };
}

/** People, with what administrators need for appointments. @throws FORBIDDEN */
export async function listPersons(db: Db, input: { actor: Actor; municipalityId: string; query?: string }) {
  requireManager(input.actor, input.municipalityId);
  return (await repo.findPersons(db, input.municipalityId, input.query)).map(toPersonAdminDto);
}

/** Registers a person. @throws FORBIDDEN */
export async function createPerson(
  db: Db,
  input: { actor: Actor; municipalityId: string; person: CreatePersonInput },
) {
  const { actor, municipalityId, person } = input;
  requireManager(actor, municipalityId);
  return db.transaction(async (tx) => {
    const row = await repo.insertPerson(tx, {
      municipalityId,
      name: person.name,
      gender: person.gender ?? null,
      birthYear: person.birthYear ?? null,
      party: person.party ?? null,
      email: person.email ?? null,
      phone: person.phone ?? null,
      emailVisibility: person.emailVisibility ?? 'internal',
      phoneVisibility: person.phoneVisibility ?? 'internal',
      userId: person.userId ?? null,
    });
    const dto = toPersonAdminDto(row);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'person.create',
      entityType: 'person',
      entityId: row.id,
      after: dto,
    });
    return dto;
  });
}

/** Changes a person, with optimistic locking. @throws FORBIDDEN; NOT_FOUND; CONFLICT */
export async function updatePerson(
  db: Db,
  input: { actor: Actor; municipalityId: string; personId: string; patch: UpdatePersonInput },
) {
  const { actor, municipalityId, personId, patch } = input;
  requireManager(actor, municipalityId);
  return db.transaction(async (tx) => {
    const current = await repo.findPerson(tx, municipalityId, personId);
    if (!current) throw notFound();
    const { version, ...changes } = patch;
    const row = await repo.updatePerson(tx, municipalityId, personId, version, changes);
    if (!row) throw staleVersion(current.version);
    const dto = toPersonAdminDto(row);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'person.update',
      entityType: 'person',
      entityId: personId,
      before: toPersonAdminDto(current),
      after: dto,
    });
    return dto;
  });
}

const roleTypeOfMembership: Record<string, RoleType | undefined> = {
  chair: 'chair',
  first_vice_chair: 'committee_member',
  second_vice_chair: 'committee_member',
  member: 'committee_member',
  substitute: 'committee_member',
  secretary: 'secretary',
};

/**
 * A person's page: their public details, memberships over time, positions, and the role
 * descriptions of the roles they hold now. Public; contact details per their visibility.
 */
export async function getPersonPage(
  db: Db,
  input: { actor: Actor; municipalityId: string; personId: string },
) {
  const { actor, municipalityId, personId } = input;
  const today = todayIn(await jurisdictionOf(db, municipalityId));
  const person = await repo.findPerson(db, municipalityId, personId);
  if (!person) throw notFound();
  const seesInternal = can(actor, 'organisation.read-internal', { municipalityId });
  const memberships = (await repo.findMembershipsOfPerson(db, municipalityId, personId)).map(
    ({ membership, body, term }) => {
      const end = [membership.endsOn, body.endsOn].filter((d): d is string => d !== null).sort()[0] ?? null;
      return {
        membershipId: membership.id,
        body: { id: body.id, name: body.name, kind: body.kind },
        termName: term?.name ?? null,
        role: membership.role,
        listName: membership.listName,
        startsOn: membership.startsOn,
        endsOn: end,
        isActive: membership.startsOn <= today && (end === null || end >= today) && isBodyActive(body, today),
      };
    },
  );
  const positions = (await repo.findPositions(db, municipalityId, personId)).map(toPositionDto);
  const heldRoles = new Set<RoleType>();
  for (const m of memberships.filter((x) => x.isActive)) {
    const type =
      m.body.kind === 'council' && m.role !== 'chair' && m.role !== 'secretary'
        ? 'council_member'
        : roleTypeOfMembership[m.role];
    if (type) heldRoles.add(type);
  }
  for (const p of positions.filter((x) => x.startsOn <= today && (x.endsOn === null || x.endsOn >= today))) {
    heldRoles.add(p.kind);
  }
  const descriptions = (await currentRoleDescriptions(db, municipalityId, actor.locale)).filter((d) =>
    heldRoles.has(d.roleType),
  );
  return {
    person: toPersonDto(person, seesInternal),
    memberships,
    positions,
    roleDescriptions: descriptions,
  };
}

// Positions -------------------------------------------------------------------------------------

const directorRule = {
  se: { exists: 'KL 7 kap. 1 §', instruction: 'KL 7 kap. 2 §' },
  no: { exists: 'kommuneloven § 13-1', instruction: 'kommuneloven § 13-1' },
} as const;

/** The administration's positions; public (names and titles only). */
export async function listPositions(db: Db, municipalityId: string): Promise<PositionDto[]> {
  return (await repo.findPositions(db, municipalityId)).map(toPositionDto);
}

/**
 * Appoints an official. The director (kommundirektör / kommunedirektør) is one person at a time,
 * and their role is set in an instruction from the board or council (KL 7 kap. 1–2 §§;
 * kommuneloven § 13-1). @throws FORBIDDEN; NOT_FOUND; RULE_VIOLATION
 */
export async function createPosition(
  db: Db,
  input: { actor: Actor; municipalityId: string; position: CreatePositionInput },
) {
  const { actor, municipalityId, position } = input;
  requireManager(actor, municipalityId);
  const jurisdiction = await jurisdictionOf(db, municipalityId);
  const rules = directorRule[jurisdiction];
  return db.transaction(async (tx) => {
    await repo.lockPositions(tx, municipalityId);
    if (!(await repo.findPerson(tx, municipalityId, position.personId)))
      throw new AppError('NOT_FOUND', 'error.person_in_use');
    if (position.unitId && !(await repo.findBody(tx, municipalityId, position.unitId))) throw notFound();
    if (
      position.instructionAdoptedBy &&
      !(await repo.findBody(tx, municipalityId, position.instructionAdoptedBy))
    )
      throw notFound();
    if (position.kind === 'director') {
      if (!position.instructionTitle) {
        throw AppError.ruleViolation(
          { rule: 'director_instruction', source: rules.instruction },
          {},
          { key: 'error.director_instruction' },
        );
      }
      const range = { startsOn: position.startsOn, endsOn: position.endsOn ?? null };
      const sitting = (await repo.findPositionsOfKind(tx, municipalityId, 'director')).find(
        (p) =>
          (p.endsOn === null || p.endsOn >= range.startsOn) &&
          (range.endsOn === null || range.endsOn >= p.startsOn),
      );
      if (sitting) {
        const name = (await repo.findPerson(tx, municipalityId, sitting.personId))?.name ?? '';
        throw AppError.ruleViolation(
          { rule: 'one_director', source: rules.exists },
          { positionId: sitting.id },
          { key: 'error.director_exists', values: { name } },
        );
      }
    }
    const row = await repo.insertPosition(tx, {
      municipalityId,
      personId: position.personId,
      kind: position.kind,
      unitId: position.unitId ?? null,
      title: position.title,
      startsOn: position.startsOn,
      endsOn: position.endsOn ?? null,
      instructionTitle: position.instructionTitle ?? null,
      instructionAdoptedBy: position.instructionAdoptedBy ?? null,
      instructionAdoptedOn: position.instructionAdoptedOn ?? null,
    });
    const [withNames] = (await repo.findPositions(tx, municipalityId, position.personId)).filter(
      (p) => p.id === row.id,
    );
    if (!withNames) throw new Error('position vanished');
    const dto = toPositionDto(withNames);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'position.create',
      entityType: 'position',
      entityId: row.id,
      after: dto,
    });
    return dto;
  });
}

/** Ends a position (the official leaves). @throws FORBIDDEN; NOT_FOUND; CONFLICT */
export async function endPosition(
  db: Db,
  input: { actor: Actor; municipalityId: string; positionId: string; endsOn: string; version: number },
) {
  const { actor, municipalityId, positionId } = input;
  requireManager(actor, municipalityId);
  return db.transaction(async (tx) => {
    const current = await repo.findPosition(tx, municipalityId, positionId);
    if (!current) throw notFound();
    if (input.endsOn < current.startsOn) {
      throw new AppError(
        'VALIDATION',
        'error.VALIDATION',
        { count: 1 },
        { issues: [{ path: 'body.endsOn', message: 'must not be before the position starts' }] },
      );
    }
    const row = await repo.endPosition(tx, municipalityId, positionId, input.version, input.endsOn);
    if (!row) throw staleVersion(current.version);
    const [withNames] = (await repo.findPositions(tx, municipalityId, row.personId)).filter(
      (p) => p.id === row.id,
    );
    if (!withNames) throw new Error('position vanished');
    const dto = toPositionDto(withNames);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'position.end',
      entityType: 'position',
      entityId: positionId,
      before: { endsOn: current.endsOn },
      after: dto,
    });
    return dto;
  });
}
