import ical, { ICalEventStatus } from 'ical-generator';
import { translate } from '../../../common/i18n/index.ts';
import { standardItemKinds, type MeetingState, type MinutesApproval } from '../../../common/meetings.ts';
import { isPoliticalKind } from '../../../common/organisation.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import { addDays, startOfDay } from '../../rules/calendar.ts';
import { recordChange } from '../audit/audit.service.ts';
import { moveMatterForMeeting } from '../matters/matters.service.ts';
import { seRules } from '../../rules/se.ts';
import { addMinutesApprovals, reofferMinutesApprovals } from './agenda.service.ts';
import { appendEvent } from './live.ts';
import type {
  CreateMeetingInput,
  MeetingDto,
  MeetingListItemDto,
  MeetingSettingsDto,
  MeetingsQuery,
  UpdateMeetingInput,
} from './meetings.contract.ts';
import {
  bodySettings,
  loadContext,
  notifyPeople,
  requireBody,
  requireMeeting,
  requireState,
  type MeetingContext,
  type Outbox,
} from './meetings.common.ts';
import { minimumNoticeDays, publicityCitation } from './meetings.rules.ts';
import * as repo from './meetings.repository.ts';
import { getMeeting } from './view.service.ts';

function requireConfigure(actor: Actor, municipalityId: string) {
  if (!can(actor, 'meetings.configure', { municipalityId })) throw forbidden();
}

function requireManage(actor: Actor, municipalityId: string) {
  if (!can(actor, 'meetings.manage', { municipalityId })) throw forbidden();
}

// Settings --------------------------------------------------------------------------------------

export async function getMeetingSettings(
  db: Db,
  input: { actor: Actor; municipalityId: string; bodyId: string },
): Promise<MeetingSettingsDto> {
  if (!can(input.actor, 'meetings.read', { municipalityId: input.municipalityId })) throw forbidden();
  const ctx = await loadContext(db, input.municipalityId);
  const body = await requireBody(db, input.municipalityId, input.bodyId);
  return bodySettings(db, ctx, body);
}

/**
 * Changes a body's meeting rules. A local lead time may lengthen the statutory one, never shorten
 * it (Sweden's council: a week, KL 5 kap. 11 §). The Swedish council and every Norwegian body meet
 * in public (KL 5 kap. 42 §; kommuneloven § 11-5); a Swedish committee may if the council allows.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT on a stale version; RULE_VIOLATION citing the rule
 */
export async function updateMeetingSettings(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    bodyId: string;
    patch: {
      noticeLeadDays?: number;
      publicMeetings?: boolean;
      signersCount?: number;
      minutesApproval?: MinutesApproval;
      version: number;
    };
  },
): Promise<MeetingSettingsDto> {
  requireConfigure(input.actor, input.municipalityId);
  return db.transaction(async (tx) => {
    const ctx = await loadContext(tx, input.municipalityId);
    const body = await requireBody(tx, input.municipalityId, input.bodyId);
    const current = await bodySettings(tx, ctx, body);
    if (current.version !== input.patch.version) throw staleVersion(current.version);
    const next = {
      noticeLeadDays: input.patch.noticeLeadDays ?? current.noticeLeadDays,
      publicMeetings: input.patch.publicMeetings ?? current.publicMeetings,
      signersCount: input.patch.signersCount ?? current.signersCount,
      minutesApproval: input.patch.minutesApproval ?? current.minutesApproval,
    };
    // Swedish minutes are signed (justeras) by the chair and the adjusters: the body cannot approve
    // them at a later meeting instead.
    if (ctx.jurisdiction === 'se' && next.minutesApproval !== 'signing') {
      throw AppError.ruleViolation(
        { rule: 'minutesSigning', source: seRules.minutesSigning.source },
        {},
        { key: 'error.minutes_approval_signing' },
      );
    }
    const minimum = minimumNoticeDays(ctx.jurisdiction, body.kind);
    if (next.noticeLeadDays < minimum.days) {
      throw AppError.ruleViolation(
        minimum.citation,
        { minimum: minimum.days },
        {
          key: 'error.notice_days_minimum',
          values: { days: minimum.days },
        },
      );
    }
    const mustBePublic = ctx.jurisdiction === 'no' || body.kind === 'council';
    if (mustBePublic && !next.publicMeetings) {
      throw AppError.ruleViolation(
        publicityCitation(ctx.jurisdiction, body.kind),
        {},
        { key: 'error.meetings_public' },
      );
    }
    const saved = await repo.saveSettings(
      tx,
      { bodyId: body.id, municipalityId: input.municipalityId, ...next },
      current.version,
    );
    if (!saved) throw staleVersion(current.version);
    await recordChange(tx, input.actor, {
      municipalityId: input.municipalityId,
      action: 'meeting-settings.update',
      entityType: 'body',
      entityId: body.id,
      before: current,
      after: next,
    });
    return bodySettings(tx, ctx, body);
  });
}

// Meetings --------------------------------------------------------------------------------------

function assertTimes(startsAt: Date, endsAt: Date) {
  if (!(endsAt > startsAt)) throw new AppError('VALIDATION', 'error.meeting_times');
}

/**
 * Plans a meeting of a political body. A decision meeting gets the standard items (opening, roll
 * call, adjusters, approval of the agenda, delegated decisions, information) in the municipality's
 * language; a Swedish committee's items are closed unless the council allows public meetings
 * (KL 6 kap. 25 §).
 * @throws FORBIDDEN unless secretary; NOT_FOUND; VALIDATION for a body that is not political, no
 * place or link, or an end before the start
 */
export async function createMeeting(
  db: Db,
  input: { actor: Actor; municipalityId: string; meeting: CreateMeetingInput; now?: Date },
): Promise<MeetingDto> {
  const { actor, municipalityId, meeting: m } = input;
  requireManage(actor, municipalityId);
  const id = await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const body = await requireBody(tx, municipalityId, m.bodyId);
    if (!isPoliticalKind(body.kind)) throw new AppError('VALIDATION', 'error.meeting_body_political');
    const startsAt = new Date(m.startsAt);
    const endsAt = new Date(m.endsAt);
    assertTimes(startsAt, endsAt);
    if (!m.location && !m.onlineUrl) throw new AppError('VALIDATION', 'error.meeting_place');
    const row = await repo.insertMeeting(tx, {
      municipalityId,
      bodyId: body.id,
      kind: m.kind,
      name: m.name,
      startsAt,
      endsAt,
      location: m.location ?? null,
      onlineUrl: m.onlineUrl ?? null,
      description: m.description ?? '',
    });
    if (m.standardItems ?? m.kind === 'decision') {
      const settings = await bodySettings(tx, ctx, body);
      // No one to elect to sign where the body approves its minutes at its next meeting.
      const signing = settings.minutesApproval === 'signing' && settings.signersCount > 0;
      const kinds = standardItemKinds.filter((k) => k !== 'adjusters' || signing);
      await repo.insertItems(
        tx,
        kinds.map((kind, position) => ({
          municipalityId,
          meetingId: row.id,
          position,
          kind,
          title: translate(ctx.locale, `meeting.item.${kind}.${ctx.jurisdiction}`),
          public: settings.publicMeetings,
          closingGround: settings.publicMeetings ? null : 'committee_default',
        })),
      );
      if (m.kind === 'decision' && settings.minutesApproval === 'next_meeting') {
        await addMinutesApprovals(tx, ctx, row);
      }
    }
    await recordChange(tx, actor, {
      municipalityId,
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: row.id,
      after: { bodyId: body.id, kind: m.kind, name: m.name, startsAt: m.startsAt },
    });
    return row.id;
  });
  return getMeeting(db, { actor, municipalityId, meetingId: id, now: input.now });
}

/**
 * Changes a meeting's name, time or place. Calendars see the change (a new iCalendar sequence);
 * once the notice is out, those called are told.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT when the meeting has begun or on a stale version
 */
export async function updateMeeting(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    patch: UpdateMeetingInput;
    outbox: Outbox;
    now?: Date;
  },
): Promise<MeetingDto> {
  const { actor, municipalityId, patch } = input;
  requireManage(actor, municipalityId);
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const meeting = await requireMeeting(tx, municipalityId, input.meetingId, true);
    if (meeting.version !== patch.version) throw staleVersion(meeting.version);
    requireState(meeting, 'planned', 'notified');
    const startsAt = patch.startsAt ? new Date(patch.startsAt) : meeting.startsAt;
    const endsAt = patch.endsAt ? new Date(patch.endsAt) : meeting.endsAt;
    assertTimes(startsAt, endsAt);
    const location = patch.location === undefined ? meeting.location : patch.location;
    const onlineUrl = patch.onlineUrl === undefined ? meeting.onlineUrl : patch.onlineUrl;
    if (!location && !onlineUrl) throw new AppError('VALIDATION', 'error.meeting_place');
    const row = await repo.updateMeeting(tx, municipalityId, meeting.id, meeting.version, {
      name: patch.name ?? meeting.name,
      startsAt,
      endsAt,
      location,
      onlineUrl,
      description: patch.description ?? meeting.description,
      calendarSequence: meeting.calendarSequence + 1,
    });
    if (!row) throw staleVersion(meeting.version);
    if (meeting.state === 'notified') {
      const participants = await repo.findParticipants(tx, meeting.id);
      await notifyPeople(tx, ctx, input.outbox, {
        personIds: participants.map((p) => p.personId),
        kind: 'meeting_changed',
        dedupeKey: `changed:${row.calendarSequence}`,
        meeting: row,
      });
    }
    await appendEvent(tx, {
      meetingId: meeting.id,
      audience: 'public',
      type: 'meeting',
      data: { state: row.state },
    });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'meeting.update',
      entityType: 'meeting',
      entityId: meeting.id,
      before: { name: meeting.name, startsAt: meeting.startsAt, location: meeting.location },
      after: { name: row.name, startsAt: row.startsAt, location: row.location },
    });
  });
  return getMeeting(db, { actor, municipalityId, meetingId: input.meetingId, now: input.now });
}

/**
 * Cancels a meeting before it begins, with a reason. Its matters go back to "ready for decision",
 * those called are told, and calendars show it cancelled.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT when it has begun or on a stale version
 */
export async function cancelMeeting(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    reason: string;
    version: number;
    outbox: Outbox;
    now?: Date;
  },
): Promise<MeetingDto> {
  const { actor, municipalityId } = input;
  requireManage(actor, municipalityId);
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const meeting = await requireMeeting(tx, municipalityId, input.meetingId, true);
    if (meeting.version !== input.version) throw staleVersion(meeting.version);
    requireState(meeting, 'planned', 'notified');
    const row = await repo.updateMeeting(tx, municipalityId, meeting.id, meeting.version, {
      state: 'cancelled',
      cancelledAt: ctx.now,
      cancelReason: input.reason,
      calendarSequence: meeting.calendarSequence + 1,
    });
    if (!row) throw staleVersion(meeting.version);
    for (const item of await repo.findItems(tx, meeting.id)) {
      if (item.matterId && meeting.state === 'notified') {
        await moveMatterForMeeting(tx, {
          actor,
          municipalityId,
          matterId: item.matterId,
          to: 'recommendation_ready',
          reason: translate(ctx.locale, 'meeting.reason.cancelled', { meeting: meeting.name }),
          now: input.now,
        });
      }
    }
    // Minutes this meeting was to approve go to the body's next meeting.
    await reofferMinutesApprovals(tx, ctx, meeting.bodyId);
    const participants = await repo.findParticipants(tx, meeting.id);
    await notifyPeople(tx, ctx, input.outbox, {
      personIds: participants.map((p) => p.personId),
      kind: 'meeting_cancelled',
      dedupeKey: 'cancelled',
      meeting: row,
      values: { reason: input.reason },
    });
    await appendEvent(tx, {
      meetingId: meeting.id,
      audience: 'public',
      type: 'meeting',
      data: { state: 'cancelled' },
    });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'meeting.cancel',
      entityType: 'meeting',
      entityId: meeting.id,
      before: { state: meeting.state },
      after: { state: 'cancelled', reason: input.reason },
    });
  });
  return getMeeting(db, { actor, municipalityId, meetingId: input.meetingId, now: input.now });
}

function toListItem(row: repo.MeetingListRow): MeetingListItemDto {
  return {
    id: row.id,
    body: { id: row.bodyId, name: row.bodyName, kind: row.bodyKind as never },
    kind: row.kind,
    name: row.name,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    location: row.location,
    state: row.state,
    itemCount: row.itemCount,
    noticePublishedAt: row.noticePublishedAt?.toISOString() ?? null,
    cancelReason: row.cancelReason,
  };
}

/** A period of days where the municipality is, as the instants it spans. */
function rangeOf(
  ctx: Pick<MeetingContext, 'jurisdiction'>,
  query: { year?: number; from?: string; to?: string },
) {
  const from = query.year ? `${query.year}-01-01` : query.from;
  const to = query.year ? `${query.year}-12-31` : query.to;
  return {
    from: from ? startOfDay(ctx.jurisdiction, from) : undefined,
    to: to ? startOfDay(ctx.jurisdiction, addDays(to, 1)) : undefined,
  };
}

/** The meeting plan: meetings by body, year or period, in order. */
export async function listMeetings(
  db: Db,
  input: { actor: Actor; municipalityId: string; query: MeetingsQuery },
): Promise<MeetingListItemDto[]> {
  if (!can(input.actor, 'meetings.read', { municipalityId: input.municipalityId })) throw forbidden();
  const ctx = await loadContext(db, input.municipalityId);
  const rows = await repo.listMeetings(db, input.municipalityId, {
    bodyIds: input.query.bodyId ? [input.query.bodyId] : undefined,
    state: input.query.state,
    ...rangeOf(ctx, input.query),
  });
  return rows.map(toListItem);
}

/** The public meeting calendar: every kind but the chair's check-ins with the administration. */
export async function listPublicMeetings(
  db: Db,
  input: { municipalityId: string; query: { bodyId?: string; from?: string; to?: string } },
): Promise<MeetingListItemDto[]> {
  const ctx = await loadContext(db, input.municipalityId);
  const rows = await repo.listMeetings(db, input.municipalityId, {
    bodyIds: input.query.bodyId ? [input.query.bodyId] : undefined,
    ...rangeOf(ctx, input.query),
  });
  return rows.filter((r) => r.kind !== 'check_in').map(toListItem);
}

/** The signed-in person's meetings from yesterday on: as member, substitute or called in. */
export async function listMyMeetings(db: Db, input: { actor: Actor; municipalityId: string; now?: Date }) {
  if (!can(input.actor, 'meetings.read', { municipalityId: input.municipalityId })) throw forbidden();
  if (!input.actor.userId) return { items: [] };
  const person = await repo.findPersonOfUser(db, input.municipalityId, input.actor.userId);
  if (!person) return { items: [] };
  const ctx = await loadContext(db, input.municipalityId, input.now);
  const bodyIds = await repo.findBodiesOfPerson(db, input.municipalityId, person.id, ctx.today);
  const from = new Date(ctx.now.getTime() - 86_400_000);
  const rows = await repo.listMeetings(db, input.municipalityId, { bodyIds, from });
  const statuses = new Map<string, repo.ParticipantRow['status']>();
  for (const row of rows) {
    const participants = await repo.findParticipants(db, row.id);
    const mine = participants.find((p) => p.personId === person.id);
    // Before the notice nobody is called yet; after it, someone not on the list was not called.
    statuses.set(row.id, mine?.status ?? (row.state === 'planned' ? 'invited' : 'not_called'));
  }
  return { items: rows.map((r) => ({ ...toListItem(r), myStatus: statuses.get(r.id) ?? 'invited' })) };
}

// Calendars -------------------------------------------------------------------------------------

function calendarOf(ctx: MeetingContext, name: string, rows: repo.MeetingListRow[], baseUrl: string): string {
  const calendar = ical({
    name,
    prodId: { company: 'Samspel', product: 'meetings', language: ctx.locale.toUpperCase() },
    timezone: ctx.jurisdiction === 'se' ? 'Europe/Stockholm' : 'Europe/Oslo',
  });
  for (const row of rows) {
    if (row.kind === 'check_in') continue;
    calendar.createEvent({
      id: `${row.id}@samspel`,
      sequence: row.calendarSequence,
      start: row.startsAt,
      end: row.endsAt,
      summary: row.name,
      description: `${row.bodyName}${row.cancelReason ? `\n${row.cancelReason}` : ''}`,
      location: row.location ?? undefined,
      url: `${baseUrl}/public/meetings/${row.id}`,
      status: row.state === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      lastModified: row.updatedAt,
      stamp: row.updatedAt,
    });
  }
  return calendar.toString();
}

const calendarStates: MeetingState[] = ['planned', 'notified', 'in_progress', 'closed', 'cancelled'];

/** A body's meetings as an iCalendar feed (public: times and places of meetings are public). */
export async function bodyCalendar(
  db: Db,
  input: { municipalityId: string; bodyId: string; baseUrl: string },
) {
  const ctx = await loadContext(db, input.municipalityId);
  const body = await requireBody(db, input.municipalityId, input.bodyId);
  const rows = await repo.listMeetings(db, input.municipalityId, {
    bodyIds: [body.id],
    states: calendarStates,
  });
  return calendarOf(ctx, body.name, rows, input.baseUrl);
}

/** The meetings of every body a person sits in or stands in for, as an iCalendar feed. */
export async function personCalendar(
  db: Db,
  input: { municipalityId: string; personId: string; baseUrl: string },
) {
  const ctx = await loadContext(db, input.municipalityId);
  const people = await repo.findPeople(db, input.municipalityId, [input.personId]);
  const person = people.get(input.personId);
  if (!person) throw notFound();
  const bodyIds = await repo.findBodiesOfPerson(db, input.municipalityId, input.personId, ctx.today);
  const rows = await repo.listMeetings(db, input.municipalityId, { bodyIds, states: calendarStates });
  return calendarOf(ctx, person.name, rows, input.baseUrl);
}
