import { translate } from '../../../common/i18n/index.ts';
import { closingGrounds, mandatoryClosingGrounds, type ClosingGround } from '../../../common/meetings.ts';
import { seatRoles } from '../../../common/organisation.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, staleVersion } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import { noRules } from '../../rules/no.ts';
import { recordChange } from '../audit/audit.service.ts';
import { moveMatterForMeeting } from '../matters/matters.service.ts';
import { appendEvent } from './live.ts';
import type { CreateItemInput, MeetingDto, UpdateItemInput } from './meetings.contract.ts';
import {
  bodySettings,
  loadContext,
  meetingDay,
  notifyPeople,
  requireBody,
  requireItem,
  requireMeeting,
  requireState,
  type BodyRef,
  type MeetingContext,
  type Outbox,
} from './meetings.common.ts';
import { groundForAuthority, lastNoticeDay, noticeCitation, publicityCitation } from './meetings.rules.ts';
import * as repo from './meetings.repository.ts';
import { getMeeting } from './view.service.ts';

function requireManage(actor: Actor, municipalityId: string) {
  if (!can(actor, 'meetings.manage', { municipalityId })) throw forbidden();
}

type Publicity = { public: boolean; closingGround: ClosingGround | null };

/**
 * Whether an item is public, and on what ground it is closed. Closing always needs a ground of the
 * law (kommuneloven § 11-5; KL 6 kap. 25 §). An item of public authority over an individual, or a
 * confidential matter, is closed whatever is asked. A Swedish committee meets behind closed doors
 * unless the council allows public meetings; the Swedish council closes an item only for secrecy.
 */
export function decidePublicity(
  ctx: MeetingContext,
  body: BodyRef,
  settings: { publicMeetings: boolean },
  asked: { public?: boolean; closingGround?: ClosingGround | null },
  facts: { exerciseOfAuthority: boolean; confidentialMatter: boolean },
): Publicity {
  const citation = publicityCitation(ctx.jurisdiction, body.kind);
  const allowed: readonly ClosingGround[] = closingGrounds[ctx.jurisdiction];
  if (asked.closingGround && !allowed.includes(asked.closingGround)) {
    throw AppError.ruleViolation(citation, { allowed }, { key: 'error.closing_ground_unknown' });
  }
  const forced: ClosingGround | null = facts.exerciseOfAuthority
    ? ctx.jurisdiction === 'se'
      ? groundForAuthority('se')
      : null
    : null;
  const secret: ClosingGround | null = facts.confidentialMatter
    ? ctx.jurisdiction === 'se'
      ? 'secrecy'
      : 'statutory_confidentiality'
    : null;
  const mandatory = forced ?? secret;
  if (mandatory) {
    if (asked.public === true) {
      throw AppError.ruleViolation(citation, {}, { key: 'error.item_must_be_closed' });
    }
    const ground =
      asked.closingGround && mandatoryClosingGrounds.includes(asked.closingGround)
        ? asked.closingGround
        : mandatory;
    return { public: false, closingGround: ground };
  }
  const committeeClosed = ctx.jurisdiction === 'se' && body.kind !== 'council' && !settings.publicMeetings;
  if (committeeClosed) {
    if (asked.public === true) {
      throw AppError.ruleViolation(citation, {}, { key: 'error.committee_closed' });
    }
    return { public: false, closingGround: asked.closingGround ?? 'committee_default' };
  }
  const wantsPublic = asked.public ?? (asked.closingGround ? false : true);
  if (wantsPublic) return { public: true, closingGround: null };
  if (!asked.closingGround) {
    throw AppError.ruleViolation(citation, {}, { key: 'error.closing_ground_required' });
  }
  if (ctx.jurisdiction === 'se' && asked.closingGround === 'committee_default') {
    throw AppError.ruleViolation(citation, {}, { key: 'error.closing_ground_unknown' });
  }
  return { public: false, closingGround: asked.closingGround };
}

/** Matters the body may put on this agenda: ready for decision, or postponed from an earlier meeting. */
export async function listAgendaCandidates(
  db: Db,
  input: { actor: Actor; municipalityId: string; meetingId: string },
) {
  requireManage(input.actor, input.municipalityId);
  const meeting = await requireMeeting(db, input.municipalityId, input.meetingId);
  const rows = await repo.findCandidateMatters(db, input.municipalityId, meeting.bodyId);
  const open = new Set(
    (
      await repo.findMattersOnOpenAgendas(
        db,
        rows.map((r) => r.id),
      )
    ).map((r) => r.matterId),
  );
  return {
    items: rows
      .filter((r) => !open.has(r.id))
      .map((r) => ({
        id: r.id,
        registryNumber: r.registryNumber,
        title: r.title,
        type: r.type,
        nature: r.nature,
        state: r.state,
        confidential: r.confidential,
      })),
  };
}

async function editable(tx: DbOrTx, municipalityId: string, meetingId: string) {
  const meeting = await requireMeeting(tx, municipalityId, meetingId, true);
  requireState(meeting, 'planned', 'notified');
  return meeting;
}

async function touchMeeting(tx: DbOrTx, meeting: repo.MeetingRow) {
  const row = await repo.updateMeeting(tx, meeting.municipalityId, meeting.id, meeting.version, {});
  if (!row) throw staleVersion(meeting.version);
  await appendEvent(tx, {
    meetingId: meeting.id,
    audience: 'public',
    type: 'meeting',
    data: { agenda: true },
  });
}

/**
 * Where the body approves its minutes at its next meeting (Norway, by the body's rules): puts the
 * approval of each earlier meeting's minutes that await it on this meeting's agenda, after the
 * approval of the agenda (or the roll call, or the opening), unless another agenda still to be
 * handled has it. The meeting's version moves on and its viewers are told, as for any agenda change.
 */
export async function addMinutesApprovals(tx: DbOrTx, ctx: MeetingContext, meeting: repo.MeetingRow) {
  if (meeting.kind !== 'decision') return;
  const waiting = await repo.findMinutesAwaitingApproval(tx, meeting.bodyId, meeting.startsAt);
  if (waiting.length === 0) return;
  const body = await requireBody(tx, ctx.municipalityId, meeting.bodyId);
  const settings = await bodySettings(tx, ctx, body);
  const items = await repo.findItems(tx, meeting.id);
  const created = await repo.insertItems(
    tx,
    waiting.map((earlier, index) => ({
      municipalityId: ctx.municipalityId,
      meetingId: meeting.id,
      position: items.length + index,
      kind: 'minutes_approval' as const,
      title: translate(ctx.locale, 'meeting.item.minutes_approval', { date: meetingDay(ctx, earlier) }),
      approvesMeetingId: earlier.id,
      ...decidePublicity(ctx, body, settings, {}, { exerciseOfAuthority: false, confidentialMatter: false }),
    })),
  );
  const order = items.map((i) => i.id);
  const after = (['agenda_approval', 'roll_call', 'opening'] as const)
    .map((kind) => items.findIndex((i) => i.kind === kind))
    .find((index) => index >= 0);
  order.splice((after ?? -1) + 1, 0, ...created.map((i) => i.id));
  await repo.setPositions(tx, meeting.id, order);
  await touchMeeting(tx, meeting);
}

/**
 * Offers minutes awaiting approval to the body's next meeting again: after an approval item was
 * postponed, removed, not approved, or its meeting cancelled.
 */
export async function reofferMinutesApprovals(tx: DbOrTx, ctx: MeetingContext, bodyId: string) {
  const next = await repo.findNextMeeting(tx, bodyId, ctx.now);
  if (next) await addMinutesApprovals(tx, ctx, next);
}

/**
 * Adds an item to the agenda: a matter of the body that is ready for decision (or postponed), or
 * another item, also at the meeting itself. Once the notice is out, an added matter is scheduled at once.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT when the meeting has begun or the matter is on another
 * open agenda; VALIDATION for a matter of another body or without a title; RULE_VIOLATION for
 * publicity against the law
 */
export async function addItem(
  db: Db,
  input: { actor: Actor; municipalityId: string; meetingId: string; item: CreateItemInput; now?: Date },
): Promise<MeetingDto> {
  const { actor, municipalityId, item } = input;
  requireManage(actor, municipalityId);
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    // An item may be added at the meeting itself (an extra item the body agrees to take up).
    const meeting = await requireMeeting(tx, municipalityId, input.meetingId, true);
    requireState(meeting, 'planned', 'notified', 'in_progress');
    const body = await requireBody(tx, municipalityId, meeting.bodyId);
    const settings = await bodySettings(tx, ctx, body);
    let title = item.title;
    let confidentialMatter = false;
    if (item.kind === 'matter') {
      if (!item.matterId) throw new AppError('VALIDATION', 'error.item_matter_required');
      const matter = (await repo.findMatters(tx, municipalityId, [item.matterId])).get(item.matterId);
      if (!matter) throw new AppError('VALIDATION', 'error.item_matter_required');
      if (matter.responsibleBodyId !== meeting.bodyId)
        throw new AppError('VALIDATION', 'error.item_matter_body');
      if (!['recommendation_ready', 'postponed'].includes(matter.state)) {
        throw new AppError('CONFLICT', 'error.item_matter_not_ready').withTerms({
          state: `matter.state.${matter.state}` as never,
        });
      }
      if ((await repo.findMattersOnOpenAgendas(tx, [matter.id])).length > 0) {
        throw new AppError('CONFLICT', 'error.item_matter_on_agenda');
      }
      title = title ?? matter.title;
      confidentialMatter = matter.confidential;
    } else if (item.matterId) {
      throw new AppError('VALIDATION', 'error.item_matter_kind');
    }
    title =
      title ??
      (item.kind === 'matter' || item.kind === 'other'
        ? undefined
        : translate(ctx.locale, `meeting.item.${item.kind}.${ctx.jurisdiction}`));
    if (!title) throw new AppError('VALIDATION', 'error.item_title_required');
    const publicity = decidePublicity(ctx, body, settings, item, {
      exerciseOfAuthority: item.exerciseOfAuthority ?? false,
      confidentialMatter,
    });
    const items = await repo.findItems(tx, meeting.id);
    const position = Math.min(item.position ?? items.length, items.length);
    const [created] = await repo.insertItems(tx, [
      {
        municipalityId,
        meetingId: meeting.id,
        position: items.length,
        kind: item.kind,
        title,
        matterId: item.matterId ?? null,
        exerciseOfAuthority: item.exerciseOfAuthority ?? false,
        election: item.election ?? false,
        ...publicity,
      },
    ]);
    if (!created) throw new Error('item not created');
    const order = items.map((i) => i.id);
    order.splice(position, 0, created.id);
    await repo.setPositions(tx, meeting.id, order);
    if (item.matterId && meeting.state !== 'planned') {
      await moveMatterForMeeting(tx, {
        actor,
        municipalityId,
        matterId: item.matterId,
        to: 'scheduled',
        reason: null,
        now: input.now,
      });
    }
    await touchMeeting(tx, meeting);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'agenda.add',
      entityType: 'meeting',
      entityId: meeting.id,
      after: { itemId: created.id, kind: item.kind, matterId: item.matterId ?? null, ...publicity },
    });
  });
  return getMeeting(db, { actor, municipalityId, meetingId: input.meetingId, now: input.now });
}

/**
 * Changes an item's title, publicity or kind of handling (an election; public authority).
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT when it has been handled or on a stale version;
 * RULE_VIOLATION for publicity against the law
 */
export async function updateItem(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    itemId: string;
    patch: UpdateItemInput;
    now?: Date;
  },
): Promise<MeetingDto> {
  const { actor, municipalityId, patch } = input;
  requireManage(actor, municipalityId);
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const meeting = await requireMeeting(tx, municipalityId, input.meetingId, true);
    requireState(meeting, 'planned', 'notified', 'in_progress');
    const item = await requireItem(tx, meeting.id, input.itemId, true);
    if (item.version !== patch.version) throw staleVersion(item.version);
    if (item.state !== 'pending') throw new AppError('CONFLICT', 'error.item_handled');
    const body = await requireBody(tx, municipalityId, meeting.bodyId);
    const settings = await bodySettings(tx, ctx, body);
    const matter = item.matterId
      ? (await repo.findMatters(tx, municipalityId, [item.matterId])).get(item.matterId)
      : undefined;
    const exerciseOfAuthority = patch.exerciseOfAuthority ?? item.exerciseOfAuthority;
    const asksPublicity = patch.public !== undefined || patch.closingGround !== undefined;
    const publicity = decidePublicity(
      ctx,
      body,
      settings,
      asksPublicity
        ? { public: patch.public, closingGround: patch.closingGround }
        : { public: item.public, closingGround: item.closingGround },
      { exerciseOfAuthority, confidentialMatter: matter?.confidential ?? false },
    );
    const row = await repo.updateItem(tx, meeting.id, item.id, item.version, {
      title: patch.title ?? item.title,
      exerciseOfAuthority,
      election: patch.election ?? item.election,
      ...publicity,
    });
    if (!row) throw staleVersion(item.version);
    await appendEvent(tx, {
      meetingId: meeting.id,
      audience: 'public',
      type: 'item',
      data: { itemId: item.id },
    });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'agenda.update',
      entityType: 'agenda_item',
      entityId: item.id,
      before: { title: item.title, public: item.public, closingGround: item.closingGround },
      after: { title: row.title, public: row.public, closingGround: row.closingGround },
    });
  });
  return getMeeting(db, { actor, municipalityId, meetingId: input.meetingId, now: input.now });
}

/**
 * Takes an item off the agenda before the meeting; a scheduled matter goes back to "ready".
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT when the meeting has begun
 */
export async function removeItem(
  db: Db,
  input: { actor: Actor; municipalityId: string; meetingId: string; itemId: string; now?: Date },
): Promise<MeetingDto> {
  const { actor, municipalityId } = input;
  requireManage(actor, municipalityId);
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const meeting = await editable(tx, municipalityId, input.meetingId);
    const item = await requireItem(tx, meeting.id, input.itemId, true);
    // The body's rules put it there; it is handled (or postponed) at the meeting.
    if (item.kind === 'minutes_approval') throw new AppError('CONFLICT', 'error.item_minutes_approval');
    await repo.deleteItem(tx, meeting.id, item.id);
    await repo.setPositions(
      tx,
      meeting.id,
      (await repo.findItems(tx, meeting.id)).map((i) => i.id),
    );
    if (item.matterId && meeting.state === 'notified') {
      await moveMatterForMeeting(tx, {
        actor,
        municipalityId,
        matterId: item.matterId,
        to: 'recommendation_ready',
        reason: translate(ctx.locale, 'meeting.reason.removed', { meeting: meeting.name }),
        now: input.now,
      });
    }
    await touchMeeting(tx, meeting);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'agenda.remove',
      entityType: 'meeting',
      entityId: meeting.id,
      before: { itemId: item.id, title: item.title, matterId: item.matterId },
    });
  });
  return getMeeting(db, { actor, municipalityId, meetingId: input.meetingId, now: input.now });
}

/**
 * Puts the agenda in a new order; the list must hold every item once.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT on a stale meeting version; VALIDATION for another set of items
 */
export async function reorderItems(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    itemIds: string[];
    version: number;
    now?: Date;
  },
): Promise<MeetingDto> {
  const { actor, municipalityId } = input;
  requireManage(actor, municipalityId);
  await db.transaction(async (tx) => {
    const meeting = await requireMeeting(tx, municipalityId, input.meetingId, true);
    requireState(meeting, 'planned', 'notified', 'in_progress');
    if (meeting.version !== input.version) throw staleVersion(meeting.version);
    const items = await repo.findItems(tx, meeting.id);
    const same =
      items.length === input.itemIds.length &&
      new Set(input.itemIds).size === items.length &&
      items.every((i) => input.itemIds.includes(i.id));
    if (!same) throw new AppError('VALIDATION', 'error.agenda_order');
    await repo.setPositions(tx, meeting.id, input.itemIds);
    await touchMeeting(tx, meeting);
  });
  return getMeeting(db, { actor, municipalityId, meetingId: input.meetingId, now: input.now });
}

/**
 * Publishes the notice (kallelse and kungörelse / innkalling): the agenda is fixed for calling,
 * members and substitutes are called and told in the app and by e-mail, the matters are scheduled,
 * and the notice goes on the public notice board. A decision meeting's notice must be out in time:
 * Sweden's council a week before (KL 5 kap. 11 §), other bodies by their lead time (kommuneloven
 * § 11-3; reglemente); too late is refused unless the meeting is marked urgent with a reason. In
 * Norway the budget's recommendation must be public 14 days before (kommuneloven § 14-3), which no
 * urgency overrides.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT unless planned or on a stale version; VALIDATION for
 * urgency without a reason; RULE_VIOLATION citing the rule
 */
export async function publishNotice(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    urgent?: boolean;
    urgentReason?: string | null;
    version: number;
    outbox: Outbox;
    now?: Date;
  },
): Promise<MeetingDto> {
  const { actor, municipalityId } = input;
  requireManage(actor, municipalityId);
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    let meeting = await requireMeeting(tx, municipalityId, input.meetingId, true);
    if (meeting.version !== input.version) throw staleVersion(meeting.version);
    requireState(meeting, 'planned');
    // Minutes awaiting the body's approval that no agenda has go on this one before it is sent.
    await addMinutesApprovals(tx, ctx, meeting);
    meeting = await requireMeeting(tx, municipalityId, meeting.id, true);
    const body = await requireBody(tx, municipalityId, meeting.bodyId);
    const settings = await bodySettings(tx, ctx, body);
    const day = meetingDay(ctx, meeting);
    if (day < ctx.today) throw new AppError('CONFLICT', 'error.meeting_past');
    const urgent = input.urgent ?? false;
    if (urgent && !input.urgentReason?.trim()) throw new AppError('VALIDATION', 'error.urgent_reason');
    const items = await repo.findItems(tx, meeting.id);
    if (meeting.kind === 'decision') {
      const lastDay = lastNoticeDay(day, settings.noticeLeadDays);
      if (ctx.today > lastDay && !urgent) {
        throw AppError.ruleViolation(
          noticeCitation(ctx.jurisdiction, body.kind),
          { lastDay, leadDays: settings.noticeLeadDays },
          { key: 'error.notice_too_late', values: { lastDay, days: settings.noticeLeadDays } },
        );
      }
      if (ctx.jurisdiction === 'no') {
        const matters = await repo.findMatters(
          tx,
          municipalityId,
          items.flatMap((i) => (i.matterId ? [i.matterId] : [])),
        );
        const budget = [...matters.values()].some((m) => m.type === 'budget_plan');
        const budgetDay = lastNoticeDay(day, noRules.budgetPublic.days);
        if (budget && ctx.today > budgetDay) {
          throw AppError.ruleViolation(
            { rule: 'budgetPublic', source: noRules.budgetPublic.source },
            { lastDay: budgetDay },
            {
              key: 'error.budget_public_late',
              values: { lastDay: budgetDay, days: noRules.budgetPublic.days },
            },
          );
        }
      }
    }
    for (const item of items) {
      if (item.matterId) {
        await moveMatterForMeeting(tx, {
          actor,
          municipalityId,
          matterId: item.matterId,
          to: 'scheduled',
          reason: null,
          now: input.now,
        });
      }
    }
    const members = await repo.findActiveMemberships(tx, municipalityId, body.id, day);
    await repo.insertParticipants(
      tx,
      members.map((m) => ({
        municipalityId,
        meetingId: meeting.id,
        personId: m.personId,
        membershipId: m.id,
        role: m.role,
        listName: m.listName,
        votingRight: m.votingRight,
        substituteOrder: m.substituteOrder,
        status: seatRoles.includes(m.role) ? ('invited' as const) : ('not_called' as const),
      })),
    );
    const row = await repo.updateMeeting(tx, municipalityId, meeting.id, meeting.version, {
      state: 'notified',
      urgent,
      urgentReason: urgent ? (input.urgentReason ?? null) : null,
      noticePublishedAt: ctx.now,
      noticePublishedOn: ctx.today,
      calendarSequence: meeting.calendarSequence + 1,
    });
    if (!row) throw staleVersion(meeting.version);
    if (meeting.kind !== 'check_in') {
      await repo.insertNotice(tx, {
        municipalityId,
        kind: 'meeting_notice',
        meetingId: meeting.id,
        title: meeting.name,
        postedOn: ctx.today,
        deadlineOn: day,
        deadlineSource: noticeCitation(ctx.jurisdiction, body.kind).source,
        postedBy: actor.label,
      });
    }
    await notifyPeople(tx, ctx, input.outbox, {
      personIds: members.map((m) => m.personId),
      kind: 'meeting_notice',
      dedupeKey: 'notice',
      meeting: row,
    });
    await appendEvent(tx, {
      meetingId: meeting.id,
      audience: 'public',
      type: 'meeting',
      data: { state: 'notified' },
    });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'meeting.notice',
      entityType: 'meeting',
      entityId: meeting.id,
      before: { state: meeting.state },
      after: { state: 'notified', urgent, urgentReason: input.urgentReason ?? null, called: members.length },
    });
  });
  return getMeeting(db, { actor, municipalityId, meetingId: input.meetingId, now: input.now });
}
