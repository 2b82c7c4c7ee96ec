import { isPoliticalKind, type BodyKind } from '../../../common/organisation.ts';
import type { Jurisdiction } from '../../../common/roles.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import { rangesOverlap, todayIn } from '../../rules/calendar.ts';
import { noRules } from '../../rules/no.ts';
import { recordChange } from '../audit/audit.service.ts';
import { getMunicipality } from '../municipalities/municipalities.service.ts';
import type {
  BodyDto,
  CreateBodyInput,
  CreateTermInput,
  TermDto,
  UpdateBodyInput,
} from './organisation.contract.ts';
import * as repo from './organisation.repository.ts';

export async function jurisdictionOf(db: DbOrTx, municipalityId: string): Promise<Jurisdiction> {
  return (await getMunicipality(db as Db, municipalityId)).jurisdiction;
}

export function requireManager(actor: Actor, municipalityId: string): void {
  if (!can(actor, 'organisation.manage', { municipalityId })) throw forbidden();
}

export function toTermDto(row: repo.TermRow, today: string): TermDto {
  return {
    id: row.id,
    name: row.name,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    constitutedOn: row.constitutedOn,
    isCurrent: row.startsOn <= today && today <= row.endsOn,
    version: row.version,
  };
}

/** A body is active until its end date has passed: a task committee closes by itself then. */
export function isBodyActive(row: Pick<repo.BodyRow, 'endsOn'>, today: string): boolean {
  return row.endsOn === null || row.endsOn >= today;
}

export function toBodyDto(row: repo.BodyRow, today: string): BodyDto {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    shortName: row.shortName,
    parentId: row.parentId,
    canDecide: row.canDecide,
    electionMethod: row.electionMethod,
    mandate: row.mandate,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    powers: row.powers,
    isActive: isBodyActive(row, today),
    version: row.version,
  };
}

// Terms -----------------------------------------------------------------------------------------

/** The municipality's terms of office, newest first; public. */
export async function listTerms(db: Db, municipalityId: string): Promise<TermDto[]> {
  const today = todayIn(await jurisdictionOf(db, municipalityId));
  return (await repo.findTerms(db, municipalityId)).map((t) => toTermDto(t, today));
}

/** The term in force today, or else the latest one. */
export async function findCurrentTerm(db: DbOrTx, municipalityId: string, today: string) {
  const all = await repo.findTerms(db, municipalityId);
  return all.find((t) => t.startsOn <= today && today <= t.endsOn) ?? all[0];
}

async function assertNoTermOverlap(
  db: DbOrTx,
  municipalityId: string,
  range: { startsOn: string; endsOn: string },
  except?: string,
) {
  const clash = (await repo.findTerms(db, municipalityId)).find(
    (t) => t.id !== except && rangesOverlap(t, range),
  );
  if (clash) throw new AppError('CONFLICT', 'error.term_overlap', { name: clash.name });
}

/**
 * Adds a term of office (mandatperiod / valgperiode). Terms never overlap.
 * @throws FORBIDDEN unless administrator or secretary; CONFLICT on overlap
 */
export async function createTerm(
  db: Db,
  input: { actor: Actor; municipalityId: string; term: CreateTermInput },
) {
  const { actor, municipalityId, term } = input;
  requireManager(actor, municipalityId);
  if (term.endsOn <= term.startsOn)
    throw new AppError(
      'VALIDATION',
      'error.VALIDATION',
      { count: 1 },
      { issues: [{ path: 'body.endsOn', message: 'must be after startsOn' }] },
    );
  const today = todayIn(await jurisdictionOf(db, municipalityId));
  return db.transaction(async (tx) => {
    await assertNoTermOverlap(tx, municipalityId, term);
    const row = await repo.insertTerm(tx, {
      ...term,
      constitutedOn: term.constitutedOn ?? null,
      municipalityId,
    });
    const dto = toTermDto(row, today);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'term.create',
      entityType: 'term',
      entityId: row.id,
      after: dto,
    });
    return dto;
  });
}

/** Changes a term. @throws FORBIDDEN; NOT_FOUND; CONFLICT on overlap or a stale version */
export async function updateTerm(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    termId: string;
    patch: Partial<CreateTermInput> & { version: number };
  },
) {
  const { actor, municipalityId, termId, patch } = input;
  requireManager(actor, municipalityId);
  const today = todayIn(await jurisdictionOf(db, municipalityId));
  return db.transaction(async (tx) => {
    const current = await repo.findTerm(tx, municipalityId, termId);
    if (!current) throw notFound();
    const { version, ...changes } = patch;
    const next = { startsOn: changes.startsOn ?? current.startsOn, endsOn: changes.endsOn ?? current.endsOn };
    await assertNoTermOverlap(tx, municipalityId, next, termId);
    const row = await repo.updateTerm(tx, municipalityId, termId, version, changes);
    if (!row) throw staleVersion(current.version);
    const dto = toTermDto(row, today);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'term.update',
      entityType: 'term',
      entityId: termId,
      before: toTermDto(current, today),
      after: dto,
    });
    return dto;
  });
}

// Bodies ----------------------------------------------------------------------------------------

const defaultCanDecide: Record<BodyKind, boolean> = {
  council: true,
  executive_board: true,
  committee: true,
  sub_committee: false,
  control_committee: false,
  joint_committee: true,
  task_committee: false,
  administration: false,
  department: false,
  unit: false,
  company: false,
};

type BodyShape = Omit<CreateBodyInput, 'kind' | 'name'> & { kind: BodyKind; name: string };

/** Rules every body must satisfy, whether new or changed. */
async function validateBody(
  db: DbOrTx,
  municipalityId: string,
  jurisdiction: Jurisdiction,
  body: BodyShape,
  selfId?: string,
) {
  if (body.kind === 'task_committee' && (!body.mandate || !body.startsOn || !body.endsOn || !body.powers)) {
    throw new AppError('VALIDATION', 'error.task_committee_fields');
  }
  if (body.startsOn && body.endsOn && body.endsOn < body.startsOn) {
    throw new AppError(
      'VALIDATION',
      'error.VALIDATION',
      { count: 1 },
      { issues: [{ path: 'body.endsOn', message: 'must not be before startsOn' }] },
    );
  }
  if (
    jurisdiction === 'no' &&
    isPoliticalKind(body.kind) &&
    body.kind !== 'council' &&
    !body.electionMethod
  ) {
    throw new AppError('VALIDATION', 'error.election_method_required', {
      source: noRules.genderBalance.source,
    });
  }
  if (body.parentId) {
    // Walk up from the parent: it must exist here, be of the same side, and never lead back to us.
    let cursor: string | null = body.parentId;
    let first = true;
    for (let depth = 0; cursor && depth < 20; depth++) {
      if (cursor === selfId) throw new AppError('VALIDATION', 'error.parent_invalid');
      const parent: repo.BodyRow | undefined = await repo.findBody(db, municipalityId, cursor);
      if (!parent) throw new AppError('VALIDATION', 'error.parent_invalid');
      if (first && isPoliticalKind(parent.kind) !== isPoliticalKind(body.kind)) {
        throw new AppError('VALIDATION', 'error.parent_invalid');
      }
      first = false;
      cursor = parent.parentId;
    }
  }
}

/** The municipality's bodies; public. Ended bodies only when asked for. */
export async function listBodies(
  db: Db,
  input: { municipalityId: string; kind?: BodyKind; includeEnded: boolean },
) {
  const today = todayIn(await jurisdictionOf(db, input.municipalityId));
  return (await repo.findBodies(db, input.municipalityId, input.kind))
    .map((b) => toBodyDto(b, today))
    .filter((b) => input.includeEnded || b.isActive);
}

/**
 * Creates a body. A task committee (tillfällig beredning / oppgaveutvalg, kommuneloven § 5-7)
 * needs a mandate, start and end dates and powers; a Norwegian elected body needs its election
 * method, since the gender rule depends on it.
 * @throws FORBIDDEN; VALIDATION; CONFLICT for a name already used
 */
export async function createBody(
  db: Db,
  input: { actor: Actor; municipalityId: string; body: CreateBodyInput },
) {
  const { actor, municipalityId, body } = input;
  requireManager(actor, municipalityId);
  const jurisdiction = await jurisdictionOf(db, municipalityId);
  const today = todayIn(jurisdiction);
  return db.transaction(async (tx) => {
    await validateBody(tx, municipalityId, jurisdiction, body);
    if (await repo.findBodyByName(tx, municipalityId, body.name))
      throw new AppError('CONFLICT', 'error.body_name_taken', { name: body.name }, { field: 'name' });
    const row = await repo.insertBody(tx, {
      municipalityId,
      kind: body.kind,
      name: body.name,
      shortName: body.shortName ?? null,
      parentId: body.parentId ?? null,
      canDecide:
        body.canDecide ??
        (body.kind === 'task_committee' ? body.powers === 'decide' : defaultCanDecide[body.kind]),
      electionMethod: isPoliticalKind(body.kind) ? (body.electionMethod ?? null) : null,
      mandate: body.mandate ?? null,
      startsOn: body.startsOn ?? null,
      endsOn: body.endsOn ?? null,
      powers: body.kind === 'task_committee' ? (body.powers ?? null) : null,
    });
    const dto = toBodyDto(row, today);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'body.create',
      entityType: 'body',
      entityId: row.id,
      after: dto,
    });
    return dto;
  });
}

/** Changes a body, with optimistic locking. @throws FORBIDDEN; NOT_FOUND; VALIDATION; CONFLICT */
export async function updateBody(
  db: Db,
  input: { actor: Actor; municipalityId: string; bodyId: string; patch: UpdateBodyInput },
) {
  const { actor, municipalityId, bodyId, patch } = input;
  requireManager(actor, municipalityId);
  const jurisdiction = await jurisdictionOf(db, municipalityId);
  const today = todayIn(jurisdiction);
  return db.transaction(async (tx) => {
    const current = await repo.findBody(tx, municipalityId, bodyId);
    if (!current) throw notFound();
    const { version, ...changes } = patch;
    const next: BodyShape = { ...current, ...changes };
    await validateBody(tx, municipalityId, jurisdiction, next, bodyId);
    if (
      changes.name &&
      changes.name.toLowerCase() !== current.name.toLowerCase() &&
      (await repo.findBodyByName(tx, municipalityId, changes.name))
    ) {
      throw new AppError('CONFLICT', 'error.body_name_taken', { name: changes.name }, { field: 'name' });
    }
    const row = await repo.updateBody(tx, municipalityId, bodyId, version, changes);
    if (!row) throw staleVersion(current.version);
    const dto = toBodyDto(row, today);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'body.update',
      entityType: 'body',
      entityId: bodyId,
      before: toBodyDto(current, today),
      after: dto,
    });
    return dto;
  });
}
