import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { noRules } from '../../rules/no.ts';
import { seRules } from '../../rules/se.ts';
import { recordChange } from '../audit/audit.service.ts';
import { appendEvent, appendItemEvent } from './live.ts';
import type { MeetingDto } from './meetings.contract.ts';
import {
  loadContext,
  notifyPeople,
  requireBody,
  requireItem,
  requireMeeting,
  requireRunner,
  requireState,
  resolveAccess,
  type Outbox,
} from './meetings.common.ts';
import * as repo from './meetings.repository.ts';
import { getMeeting } from './view.service.ts';

/** The rule on conflicts of interest for this body. */
function conflictCitation(jurisdiction: 'se' | 'no', bodyKind: string) {
  if (jurisdiction === 'no') return { rule: 'conflict', source: noRules.conflict.source };
  return bodyKind === 'council'
    ? { rule: 'conflictCouncil', source: seRules.conflictCouncil.source }
    : { rule: 'conflictCommittee', source: seRules.conflictCommittee.source };
}

/**
 * Reports absence (forfall) from a meeting: the member's own, or anyone's by the secretary. The next
 * substitute of the same party or list, in order, is called in and told; a called-in substitute who
 * cannot come is replaced by the next one.
 * @throws FORBIDDEN for someone else's absence unless secretary; NOT_FOUND; CONFLICT when the meeting
 * is over, the person is not called, or has already reported absence
 */
export async function reportAbsence(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    personId?: string;
    reason?: string | null;
    outbox: Outbox;
    now?: Date;
  },
): Promise<MeetingDto> {
  const { actor, municipalityId } = input;
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const meeting = await requireMeeting(tx, municipalityId, input.meetingId, true);
    requireState(meeting, 'notified', 'in_progress');
    const participants = await repo.findParticipants(tx, meeting.id);
    const access = await resolveAccess(tx, actor, meeting, participants);
    const personId = input.personId ?? access.personId;
    if (!personId) throw forbidden();
    if (personId !== access.personId && !access.manage) throw forbidden();
    const absent = participants.find((p) => p.personId === personId);
    if (!absent) throw notFound();
    const isSeat = absent.role !== 'substitute';
    if (!(isSeat ? absent.status === 'invited' : absent.status === 'called_in')) {
      throw new AppError('CONFLICT', 'error.absence_not_called');
    }
    await repo.updateParticipant(tx, absent.id, {
      status: 'absent',
      absenceReason: input.reason ?? null,
      present: false,
    });
    const replaces = isSeat ? absent.personId : absent.replacesPersonId;
    const next = participants
      .filter(
        (p) =>
          p.role === 'substitute' &&
          p.status === 'not_called' &&
          p.listName === absent.listName &&
          p.personId !== absent.personId,
      )
      .sort((a, b) => (a.substituteOrder ?? 999) - (b.substituteOrder ?? 999))[0];
    if (next) {
      await repo.updateParticipant(tx, next.id, { status: 'called_in', replacesPersonId: replaces });
      const names = await repo.findPeople(tx, municipalityId, replaces ? [replaces] : []);
      await notifyPeople(tx, ctx, input.outbox, {
        personIds: [next.personId],
        kind: 'substitute_called',
        dedupeKey: `substitute:${replaces ?? ''}`,
        meeting,
        values: { replaces: names.get(replaces ?? '')?.name ?? '' },
      });
    }
    await appendEvent(tx, {
      meetingId: meeting.id,
      audience: 'public',
      type: 'attendance',
      data: { personId, status: 'absent', calledIn: next?.personId ?? null },
    });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'meeting.absence',
      entityType: 'meeting',
      entityId: meeting.id,
      after: { personId, calledIn: next?.personId ?? null },
    });
  });
  return getMeeting(db, { actor, municipalityId, meetingId: input.meetingId, now: input.now });
}

/**
 * Declares a conflict of interest (jäv / inhabilitet) on an item, with a reason, before or during
 * the meeting. A member's own declaration keeps them out of the item; the chair or secretary may
 * raise the question about a member, which the body then decides without that member (KL 6 kap.
 * 28–32 §§; kommuneloven § 11-10, forvaltningsloven § 8).
 * @throws FORBIDDEN unless the member, the chair or the secretary; NOT_FOUND; CONFLICT when the item
 * has been decided; VALIDATION for someone not called to the meeting
 */
export async function declareConflict(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    itemId: string;
    personId?: string;
    reason: string;
    now?: Date;
  },
): Promise<MeetingDto> {
  const { actor, municipalityId } = input;
  await db.transaction(async (tx) => {
    const meeting = await requireMeeting(tx, municipalityId, input.meetingId, true);
    requireState(meeting, 'notified', 'in_progress');
    const item = await requireItem(tx, meeting.id, input.itemId);
    if (!['pending', 'in_progress'].includes(item.state))
      throw new AppError('CONFLICT', 'error.item_handled');
    const participants = await repo.findParticipants(tx, meeting.id);
    const access = await resolveAccess(tx, actor, meeting, participants);
    const personId = input.personId ?? access.personId;
    if (!personId) throw forbidden();
    const own = personId === access.personId;
    if (!own && !access.manage && !access.chair) throw forbidden();
    if (!participants.some((p) => p.personId === personId)) {
      throw new AppError('VALIDATION', 'error.not_a_participant');
    }
    const row = await repo.upsertConflict(tx, {
      municipalityId,
      meetingId: meeting.id,
      agendaItemId: item.id,
      personId,
      reason: input.reason,
      status: own ? 'declared' : 'questioned',
      raisedBy: actor.userId,
    });
    await appendItemEvent(
      tx,
      meeting.id,
      item,
      'conflict',
      { itemId: item.id, personId, status: row.status },
      { itemId: item.id, personId, status: row.status },
    );
    await recordChange(tx, actor, {
      municipalityId,
      action: 'meeting.conflict',
      entityType: 'agenda_item',
      entityId: item.id,
      after: { personId, status: row.status },
    });
  });
  return getMeeting(db, { actor, municipalityId, meetingId: input.meetingId, now: input.now });
}

/**
 * Records the body's ruling on a conflict question: it decides without the member concerned, who
 * may not record it (kommuneloven § 11-10; forvaltningsloven § 8; KL 6 kap. 30 §).
 * @throws FORBIDDEN unless the chair or secretary; NOT_FOUND; RULE_VIOLATION when the member
 * concerned records it
 */
export async function ruleOnConflict(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    conflictId: string;
    upheld: boolean;
    now?: Date;
  },
): Promise<MeetingDto> {
  const { actor, municipalityId } = input;
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const meeting = await requireMeeting(tx, municipalityId, input.meetingId, true);
    requireState(meeting, 'notified', 'in_progress');
    const participants = await repo.findParticipants(tx, meeting.id);
    const access = await resolveAccess(tx, actor, meeting, participants);
    requireRunner(access);
    const conflict = await repo.findConflict(tx, meeting.id, input.conflictId);
    if (!conflict) throw notFound();
    const body = await requireBody(tx, municipalityId, meeting.bodyId);
    if (conflict.personId === access.personId) {
      throw AppError.ruleViolation(
        conflictCitation(ctx.jurisdiction, body.kind),
        {},
        { key: 'error.conflict_own_ruling' },
      );
    }
    const item = await requireItem(tx, meeting.id, conflict.agendaItemId);
    const row = await repo.updateConflict(tx, conflict.id, {
      status: input.upheld ? 'upheld' : 'rejected',
      ruledAt: ctx.now,
    });
    await appendItemEvent(
      tx,
      meeting.id,
      item,
      'conflict',
      { itemId: item.id, personId: conflict.personId, status: row?.status },
      { itemId: item.id, personId: conflict.personId, status: row?.status },
    );
    await recordChange(tx, actor, {
      municipalityId,
      action: 'meeting.conflict-ruling',
      entityType: 'agenda_item',
      entityId: item.id,
      before: { status: conflict.status },
      after: { personId: conflict.personId, status: row?.status },
    });
  });
  return getMeeting(db, { actor, municipalityId, meetingId: input.meetingId, now: input.now });
}

/**
 * Saves the caller's own note on an item; no one else ever sees it.
 * @throws FORBIDDEN for a closed item the caller may not read; NOT_FOUND; CONFLICT on a stale version
 */
export async function saveNote(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    itemId: string;
    text: string;
    version: number;
  },
) {
  const { actor, municipalityId } = input;
  if (!actor.userId) throw forbidden();
  const userId = actor.userId;
  return db.transaction(async (tx) => {
    const meeting = await requireMeeting(tx, municipalityId, input.meetingId);
    const participants = await repo.findParticipants(tx, meeting.id);
    const access = await resolveAccess(tx, actor, meeting, participants);
    const item = await requireItem(tx, meeting.id, input.itemId);
    if (!item.public && !access.seesClosed) throw forbidden();
    const row = await repo.saveNote(tx, userId, item.id, input.text, input.version);
    if (!row) throw staleVersion(input.version);
    return { text: row.text, version: row.version };
  });
}
