import { translate } from '../../../common/i18n/index.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import { recordChange } from '../audit/audit.service.ts';
import { getMunicipality } from '../municipalities/municipalities.service.ts';
import {
  addEvent,
  canSeeConfidential,
  formatRegistryNumber,
  isOverdue,
  loadContext,
  requireAction,
  type MatterContext,
} from './matters.common.ts';
import type { AssignmentDto, AssignmentInput, AssignmentsQuery } from './matters.contract.ts';
import * as repo from './matters.repository.ts';
import { applyMatterState } from './matters.service.ts';

/** Who the actor is in the organisation: their person and the units they work in today. */
async function actorAssignee(db: DbOrTx, actor: Actor, ctx: MatterContext) {
  const personId = actor.userId ? await repo.findPersonIdForUser(db, ctx.municipalityId, actor.userId) : null;
  const unitIds = personId ? await repo.findUnitsOfPerson(db, ctx.municipalityId, personId, ctx.today) : [];
  return { personId, unitIds };
}

/** The assignee reports, or the director or secretary on the assignee's behalf. */
function mayReport(
  actor: Actor,
  ctx: MatterContext,
  a: repo.AssignmentRow,
  me: { personId: string | null; unitIds: string[] },
) {
  if (!can(actor, 'assignments.report', { municipalityId: ctx.municipalityId })) return false;
  if (actor.roles.includes('director') || actor.roles.includes('secretary')) return true;
  return (
    (a.assigneePersonId !== null && a.assigneePersonId === me.personId) ||
    (a.assigneeUnitId !== null && me.unitIds.includes(a.assigneeUnitId))
  );
}

export async function listAssignmentDtos(
  db: DbOrTx,
  input: { actor: Actor; ctx: MatterContext; filter: repo.AssignmentFilter },
): Promise<AssignmentDto[]> {
  const { actor, ctx } = input;
  const rows = await repo.listAssignments(db, ctx.municipalityId, input.filter);
  const bodyIds = rows
    .flatMap((r) => [r.assignment.commissioningBodyId, r.assignment.assigneeUnitId ?? ''])
    .filter(Boolean);
  const bodies = await repo.findBodyNames(db, ctx.municipalityId, bodyIds);
  const persons = await repo.findPersonNames(
    db,
    ctx.municipalityId,
    rows.flatMap((r) => (r.assignment.assigneePersonId ? [r.assignment.assigneePersonId] : [])),
  );
  const me = await actorAssignee(db, actor, ctx);
  const show = canSeeConfidential(actor, ctx.municipalityId);
  return rows.map(
    ({ assignment: a, registryNumber, matterTitle, matterPublicTitle, matterConfidential }) => ({
      id: a.id,
      matter: {
        id: a.matterId,
        registryNumber,
        title: matterConfidential && !show ? matterPublicTitle : matterTitle,
      },
      decisionId: a.decisionId,
      title: a.title,
      description: a.description,
      commissionedBy: a.commissionedBy,
      commissioningBody: { id: a.commissioningBodyId, name: bodies.get(a.commissioningBodyId)?.name ?? '' },
      assigneePerson: a.assigneePersonId
        ? { id: a.assigneePersonId, name: persons.get(a.assigneePersonId) ?? '' }
        : null,
      assigneeUnit: a.assigneeUnitId
        ? { id: a.assigneeUnitId, name: bodies.get(a.assigneeUnitId)?.name ?? '' }
        : null,
      dueOn: a.dueOn,
      reportBackRequired: a.reportBackRequired,
      state: a.state,
      report: a.report,
      reportedOn: a.reportedOn,
      reportMatterId: a.reportMatterId,
      overdue: a.state === 'open' && isOverdue(a.dueOn, ctx.today),
      canReport: a.state === 'open' && mayReport(actor, ctx, a, me),
      version: a.version,
    }),
  );
}

/**
 * Open and reported assignments, per commissioning body, per unit or person carrying them out, or
 * the caller's own; `overdue` keeps those past their due date.
 */
export async function listAssignments(
  db: Db,
  input: { actor: Actor; municipalityId: string; query: AssignmentsQuery; now?: Date },
): Promise<AssignmentDto[]> {
  const { actor, municipalityId, query } = input;
  requireAction(actor, 'matters.read', municipalityId);
  const ctx = await loadContext(db, municipalityId, input.now);
  const overdue = query.overdue === 'true';
  return listAssignmentDtos(db, {
    actor,
    ctx,
    filter: {
      bodyId: query.bodyId,
      unitIds: query.unitId ? [query.unitId] : undefined,
      personId: query.personId,
      assignee: query.mine === 'true' ? await actorAssignee(db, actor, ctx) : undefined,
      state: overdue ? 'open' : query.state,
      dueBefore: overdue ? ctx.today : undefined,
    },
  });
}

/**
 * Creates the assignments a decision gives (inside the decision's transaction): who commissioned
 * it — the body, its chair or the director — who carries it out, by when, and whether the body
 * wants a report back.
 * @throws VALIDATION for an assignee that is not a person or unit of the municipality
 */
export async function createAssignments(
  tx: DbOrTx,
  input: {
    actor: Actor;
    ctx: MatterContext;
    matter: repo.MatterRow;
    decisionId: string;
    bodyId: string;
    assignments: AssignmentInput[];
  },
) {
  const { actor, ctx, matter } = input;
  const personIds = input.assignments.flatMap((a) => (a.assigneePersonId ? [a.assigneePersonId] : []));
  const unitIds = input.assignments.flatMap((a) => (a.assigneeUnitId ? [a.assigneeUnitId] : []));
  const persons = await repo.findPersonNames(tx, ctx.municipalityId, personIds);
  const units = await repo.findBodyNames(tx, ctx.municipalityId, unitIds);
  const issues = input.assignments.flatMap((a, i) => [
    ...(!a.assigneePersonId && !a.assigneeUnitId
      ? [{ path: `body.assignments.${i}`, message: 'needs an assignee' }]
      : []),
    ...(a.assigneePersonId && !persons.has(a.assigneePersonId)
      ? [{ path: `body.assignments.${i}.assigneePersonId`, message: 'unknown person' }]
      : []),
    ...(a.assigneeUnitId &&
    !['administration', 'department', 'unit'].includes(units.get(a.assigneeUnitId)?.kind ?? '')
      ? [{ path: `body.assignments.${i}.assigneeUnitId`, message: 'not a unit of the administration' }]
      : []),
  ]);
  if (issues.length > 0)
    throw new AppError('VALIDATION', 'error.assignment_assignee', { count: issues.length }, { issues });
  for (const a of input.assignments) {
    const row = await repo.insertAssignment(tx, {
      municipalityId: ctx.municipalityId,
      matterId: matter.id,
      decisionId: input.decisionId,
      title: a.title,
      description: a.description ?? '',
      commissionedBy: a.commissionedBy,
      commissioningBodyId: input.bodyId,
      assigneePersonId: a.assigneePersonId ?? null,
      assigneeUnitId: a.assigneeUnitId ?? null,
      dueOn: a.dueOn,
      reportBackRequired: a.reportBackRequired ?? true,
    });
    await addEvent(tx, actor, matter, {
      kind: 'assignment_created',
      data: { assignmentId: row.id, title: a.title, dueOn: a.dueOn, commissionedBy: a.commissionedBy },
      public: !matter.confidential,
    });
  }
}

/**
 * The assignee reports on an assignment. When the body wants a report back, a report-back matter
 * is registered for the commissioning body, ready for its next agenda. When the last open
 * assignment of a matter in implementation is reported, the matter is reported back.
 * @throws FORBIDDEN unless the assignee (or the director or secretary); NOT_FOUND; CONFLICT when
 * already reported or on a stale version
 */
export async function reportAssignment(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    assignmentId: string;
    report: string;
    version: number;
    now?: Date;
  },
): Promise<AssignmentDto> {
  const { actor, municipalityId, assignmentId } = input;
  requireAction(actor, 'assignments.report', municipalityId);
  return db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const a = await repo.findAssignment(tx, municipalityId, assignmentId);
    if (!a) throw notFound();
    if (!mayReport(actor, ctx, a, await actorAssignee(tx, actor, ctx))) throw forbidden();
    if (a.state !== 'open') throw new AppError('CONFLICT', 'error.assignment_not_open');
    const origin = await repo.lockMatter(tx, municipalityId, a.matterId);
    if (!origin) throw notFound();
    let reportMatterId: string | null = null;
    if (a.reportBackRequired) {
      const year = Number(ctx.today.slice(0, 4));
      const sequence = await repo.nextSequence(tx, municipalityId, 'matter', year);
      const registryNumber = formatRegistryNumber(
        ctx.settings.numberFormat,
        ctx.settings.numberPrefix,
        year,
        sequence,
      );
      const locale = (await getMunicipality(tx as Db, municipalityId)).defaultLocale;
      const title = translate(locale, 'matter.report_back_title', { title: a.title });
      const reportMatter = await repo.insertMatter(tx, {
        municipalityId,
        year,
        sequence,
        registryNumber,
        title,
        publicTitle: origin.confidential
          ? translate(locale, 'matter.report_back_title', { title: origin.publicTitle })
          : title,
        description: input.report,
        type: 'report_back',
        nature: origin.nature,
        classification: origin.classification,
        state: 'recommendation_ready',
        responsibleBodyId: a.commissioningBodyId,
        responsiblePersonId: a.assigneePersonId ?? origin.responsiblePersonId,
        receivedOn: ctx.today,
        confidential: origin.confidential,
        confidentialityGround: origin.confidentialityGround,
        originMatterId: origin.id,
        originAssignmentId: a.id,
        searchConfig: ctx.searchConfig,
        createdBy: actor.userId,
      });
      reportMatterId = reportMatter.id;
      await addEvent(tx, actor, reportMatter, {
        kind: 'registered',
        toState: 'recommendation_ready',
        data: { registryNumber, originMatterId: origin.id, assignmentId: a.id },
      });
    }
    const row = await repo.updateAssignment(tx, a.id, input.version, {
      state: 'reported',
      report: input.report,
      reportedOn: ctx.today,
      reportedBy: actor.userId,
      reportMatterId,
    });
    if (!row) throw staleVersion(a.version);
    await addEvent(tx, actor, origin, {
      kind: 'assignment_reported',
      data: { assignmentId: a.id, title: a.title, reportMatterId },
      public: !origin.confidential,
    });
    const stillOpen = (await repo.listAssignments(tx, municipalityId, { matterId: origin.id, state: 'open' }))
      .length;
    if (stillOpen === 0 && origin.state === 'in_implementation') {
      await applyMatterState(tx, actor, ctx, origin, 'reported_back', null);
    }
    await recordChange(tx, actor, {
      municipalityId,
      action: 'assignment.report',
      entityType: 'assignment',
      entityId: a.id,
      after: { state: 'reported', reportMatterId },
    });
    const [dto] = await listAssignmentDtos(tx, { actor, ctx, filter: { id: a.id } });
    if (!dto) throw notFound();
    return dto;
  });
}
