import { addDays } from '../../rules/calendar.ts';
import { seRules } from '../../rules/se.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, notFound, staleVersion } from '../../http/errors.ts';
import { recordChange } from '../audit/audit.service.ts';
import {
  addEvent,
  canSeeConfidential,
  loadContext,
  requireAction,
  requireMatter,
  toDeadlineDto,
  type MatterContext,
} from './matters.common.ts';
import type { DeadlineDto, DeadlinesQuery } from './matters.contract.ts';
import * as repo from './matters.repository.ts';

async function deadlineDto(db: DbOrTx, ctx: MatterContext, actor: Actor, matterId: string, id: string) {
  const [found] = await repo.listDeadlines(db, ctx.municipalityId, { matterId, id });
  if (!found) throw notFound();
  return toDeadlineDto(found, ctx, canSeeConfidential(actor, ctx.municipalityId));
}

/**
 * Adds a deadline a user sets on a matter (a legal one comes with the matter's type).
 * @throws FORBIDDEN; NOT_FOUND
 */
export async function addDeadline(
  db: Db,
  input: { actor: Actor; municipalityId: string; matterId: string; label: string; dueOn: string; now?: Date },
): Promise<DeadlineDto> {
  const { actor, municipalityId, matterId } = input;
  requireAction(actor, 'matters.register', municipalityId);
  return db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const matter = await requireMatter(tx, municipalityId, matterId);
    const row = await repo.insertDeadline(tx, {
      municipalityId,
      matterId,
      kind: 'custom',
      label: input.label,
      dueOn: input.dueOn,
    });
    await addEvent(tx, actor, matter, {
      kind: 'deadline_set',
      data: { label: input.label, dueOn: input.dueOn },
      public: !matter.confidential,
    });
    return deadlineDto(tx, ctx, actor, matterId, row.id);
  });
}

/**
 * Closes a deadline. A custom deadline is met or set aside; a legal one is met only by the
 * decision, but a Swedish motion or citizen proposal not decided within the year may be reported
 * to the council instead (KL 5 kap. 35 §).
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT when already closed or on a stale version;
 * RULE_VIOLATION for a change the deadline's kind does not allow
 */
export async function closeDeadline(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    matterId: string;
    deadlineId: string;
    status: 'met' | 'reported' | 'void';
    version: number;
    now?: Date;
  },
): Promise<DeadlineDto> {
  const { actor, municipalityId, matterId, deadlineId, status } = input;
  requireAction(actor, 'matters.register', municipalityId);
  return db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const matter = await requireMatter(tx, municipalityId, matterId);
    const current = await repo.findDeadline(tx, municipalityId, matterId, deadlineId);
    if (!current) throw notFound();
    if (current.status !== 'open') throw new AppError('CONFLICT', 'error.deadline_closed');
    const allowed =
      current.kind === 'custom'
        ? status === 'met' || status === 'void'
        : status === 'reported' && ctx.jurisdiction === 'se';
    if (!allowed) {
      throw AppError.ruleViolation(
        { rule: 'legal_deadline', source: current.source ?? seRules.motionDecision.source },
        { status },
        { key: 'error.legal_deadline_close' },
      );
    }
    const row = await repo.updateDeadline(tx, deadlineId, input.version, { status, closedOn: ctx.today });
    if (!row) throw staleVersion(current.version);
    await addEvent(tx, actor, matter, {
      kind: status === 'reported' ? 'deadline_reported' : 'deadline_met',
      data: { label: current.label, dueOn: current.dueOn, status },
      public: !matter.confidential,
    });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'deadline.close',
      entityType: 'matter_deadline',
      entityId: deadlineId,
      before: { status: current.status },
      after: { status },
    });
    return deadlineDto(tx, ctx, actor, matterId, deadlineId);
  });
}

/**
 * Open deadlines that are overdue, due soon (within the municipality's window) or all open ones,
 * per body, per official, or the caller's own matters.
 */
export async function listDeadlines(
  db: Db,
  input: { actor: Actor; municipalityId: string; query: DeadlinesQuery; now?: Date },
): Promise<DeadlineDto[]> {
  const { actor, municipalityId, query } = input;
  requireAction(actor, 'matters.read', municipalityId);
  const ctx = await loadContext(db, municipalityId, input.now);
  let personId = query.personId;
  if (query.mine === 'true') {
    personId =
      (actor.userId ? await repo.findPersonIdForUser(db, municipalityId, actor.userId) : null) ?? undefined;
    if (!personId) return [];
  }
  const rows = await repo.listDeadlines(db, municipalityId, {
    bodyId: query.bodyId,
    personId,
    openOnly: true,
    dueOnOrBefore:
      query.when === 'overdue'
        ? addDays(ctx.today, -1)
        : query.when === 'due_soon'
          ? addDays(ctx.today, ctx.settings.dueSoonDays)
          : undefined,
  });
  const show = canSeeConfidential(actor, municipalityId);
  return rows
    .map((r) => toDeadlineDto(r, ctx, show))
    .filter((d) => (query.when === 'due_soon' ? d.dueSoon : true));
}
