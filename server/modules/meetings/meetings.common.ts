import type { Locale } from '../../../common/i18n/index.ts';
import type { MeetingState } from '../../../common/meetings.ts';
import { seatRoles, type BodyKind } from '../../../common/organisation.ts';
import type { Jurisdiction } from '../../../common/roles.ts';
import { timeZoneOf } from '../../../common/time.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { todayIn } from '../../rules/calendar.ts';
import { notify } from '../notifications/notifications.service.ts';
import { getMunicipality } from '../municipalities/municipalities.service.ts';
import {
  defaultNoticeDays,
  defaultPublicMeetings,
  minimumNoticeDays,
  quorum,
  type Quorum,
} from './meetings.rules.ts';
import * as repo from './meetings.repository.ts';
import type { StandIn } from './meetings.schema.ts';

/** What every meeting use-case needs: the municipality's law, language and day. */
export type MeetingContext = {
  municipalityId: string;
  jurisdiction: Jurisdiction;
  locale: Locale;
  today: string;
  now: Date;
};

export async function loadContext(
  db: DbOrTx,
  municipalityId: string,
  now: Date = new Date(),
): Promise<MeetingContext> {
  const municipality = await getMunicipality(db as never, municipalityId);
  return {
    municipalityId,
    jurisdiction: municipality.jurisdiction,
    locale: municipality.defaultLocale,
    today: todayIn(municipality.jurisdiction, now),
    now,
  };
}

/** The day a meeting is held, where the municipality is. */
export function meetingDay(ctx: Pick<MeetingContext, 'jurisdiction'>, meeting: { startsAt: Date }): string {
  return todayIn(ctx.jurisdiction, meeting.startsAt);
}

export type BodyRef = { id: string; name: string; kind: BodyKind };

export async function requireBody(db: DbOrTx, municipalityId: string, bodyId: string): Promise<BodyRef> {
  const body = await repo.findBody(db, municipalityId, bodyId);
  if (!body) throw notFound();
  return { id: body.id, name: body.name, kind: body.kind };
}

/** A body's meeting settings; the law's defaults until someone saves them (version 0). */
export async function bodySettings(db: DbOrTx, ctx: MeetingContext, body: BodyRef) {
  const saved = await repo.findSettings(db, body.id);
  const minimum = minimumNoticeDays(ctx.jurisdiction, body.kind);
  return {
    bodyId: body.id,
    noticeLeadDays: saved?.noticeLeadDays ?? defaultNoticeDays(ctx.jurisdiction, body.kind),
    publicMeetings: saved?.publicMeetings ?? defaultPublicMeetings(ctx.jurisdiction, body.kind),
    signersCount: saved?.signersCount ?? 2,
    minutesApproval: saved?.minutesApproval ?? ('signing' as const),
    minimumNoticeDays: minimum.days,
    noticeSource: minimum.citation.source,
    version: saved?.version ?? 0,
  };
}

export async function requireMeeting(db: DbOrTx, municipalityId: string, meetingId: string, lock = false) {
  const meeting = await repo.findMeeting(db, municipalityId, meetingId, lock);
  if (!meeting) throw notFound();
  return meeting;
}

export async function requireItem(db: DbOrTx, meetingId: string, itemId: string, lock = false) {
  const item = await repo.findItem(db, meetingId, itemId, lock);
  if (!item) throw notFound();
  return item;
}

/** Refuses when the meeting is not in one of the given states. */
export function requireState(meeting: { state: MeetingState }, ...states: MeetingState[]): void {
  if (!states.includes(meeting.state)) {
    throw new AppError(
      'CONFLICT',
      'error.meeting_state',
      {},
      { state: meeting.state, expected: states },
    ).withTerms({
      state: `meeting.state.${meeting.state}`,
    });
  }
}

/** Who the caller is in this meeting. */
export type Access = {
  personId: string | null;
  /** The secretary: builds the agenda, runs the record. */
  manage: boolean;
  /** Presides: the meeting's chair (or the body's chair before the meeting opens). */
  chair: boolean;
  participant: repo.ParticipantRow | null;
  /** May see closed items: the profession, and those called to the meeting. */
  seesClosed: boolean;
};

export const publicAccess: Access = {
  personId: null,
  manage: false,
  chair: false,
  participant: null,
  seesClosed: false,
};

export async function resolveAccess(
  db: DbOrTx,
  actor: Actor,
  meeting: repo.MeetingRow,
  participants: repo.ParticipantRow[],
): Promise<Access> {
  if (!can(actor, 'meetings.read', { municipalityId: meeting.municipalityId })) {
    throw forbidden();
  }
  const person = actor.userId
    ? await repo.findPersonOfUser(db, meeting.municipalityId, actor.userId)
    : undefined;
  const personId = person?.id ?? null;
  const participant = participants.find((p) => p.personId === personId) ?? null;
  const presiding = meeting.chairPersonId ?? participants.find((p) => p.role === 'chair')?.personId ?? null;
  return {
    personId,
    manage: can(actor, 'meetings.manage', { municipalityId: meeting.municipalityId }),
    chair: personId !== null && personId === presiding,
    participant,
    seesClosed:
      can(actor, 'meetings.read-closed', { municipalityId: meeting.municipalityId }) || participant !== null,
  };
}

/** The secretary or the person presiding: those who run the meeting. */
export function requireRunner(access: Access): void {
  if (!access.manage && !access.chair) throw forbidden();
}

export function requireManager(access: Access): void {
  if (!access.manage) throw forbidden();
}

/** Whether a participant votes: present, with a voting right, in a seat or called in for someone absent. */
export function isVoter(p: repo.ParticipantRow, all: repo.ParticipantRow[]): boolean {
  if (!p.present) return false;
  if (seatRoles.includes(p.role)) return p.votingRight && p.status === 'invited';
  if (p.role !== 'substitute' || p.status !== 'called_in') return false;
  // A called-in substitute votes with the seat of the member replaced, while that member is away.
  const replaced = all.find((x) => x.personId === p.replacesPersonId);
  if (!replaced) return false;
  return replaced.votingRight && !(replaced.present && replaced.status === 'invited');
}

/** The body's seats with a voting right: what a quorum is counted against. */
export function seatCount(participants: repo.ParticipantRow[]): number {
  return participants.filter((p) => seatRoles.includes(p.role) && p.votingRight).length;
}

/** Conflicts that keep a member out of an item: declared by the member, or upheld by the body. */
export function conflictedOn(conflicts: repo.ConflictRow[], itemId: string): Set<string> {
  return new Set(
    conflicts
      .filter((c) => c.agendaItemId === itemId && (c.status === 'declared' || c.status === 'upheld'))
      .map((c) => c.personId),
  );
}

/** Whether a participant holds a seat with a vote, present or not: a member, or a substitute called in. */
function holdsVotingSeat(p: repo.ParticipantRow, all: repo.ParticipantRow[]): boolean {
  return isVoter({ ...p, present: true }, all);
}

/**
 * Substitutes who sit in the seats of members with a conflict on an item, for that item: a substitute
 * present and not already serving, of the member's list in the substitutes' order (KL 6 kap. 16–17
 * §§; kommuneloven § 7-10; both unverified). In Sweden, a member whose list has no one present gets
 * the next present substitute of another list, once every list has served its own; in Norway only
 * the member's own list. A conflicted member who has left the room keeps the stand-in, and one who
 * has voted in a round on the item (`sitting`) keeps the seat while present.
 */
export function itemStandIns(
  jurisdiction: Jurisdiction,
  participants: repo.ParticipantRow[],
  conflicts: repo.ConflictRow[],
  itemId: string,
  sitting: ReadonlySet<string> = new Set(),
): StandIn[] {
  const conflicted = conflictedOn(conflicts, itemId);
  if (conflicted.size === 0) return [];
  const free = participants
    .filter(
      (p) => p.role === 'substitute' && p.status === 'not_called' && p.present && !conflicted.has(p.personId),
    )
    .sort(
      (a, b) =>
        Number(sitting.has(b.personId)) - Number(sitting.has(a.personId)) ||
        (a.substituteOrder ?? 999) - (b.substituteOrder ?? 999),
    );
  // In the order the conflicts were raised, so the same record gives the same stand-ins.
  const members: repo.ParticipantRow[] = [];
  for (const c of conflicts.filter((x) => x.agendaItemId === itemId && conflicted.has(x.personId))) {
    const member = participants.find((p) => p.personId === c.personId);
    if (member && holdsVotingSeat(member, participants) && !members.includes(member)) members.push(member);
  }
  const taken = new Set<string>();
  const standIns: StandIn[] = [];
  const seat = (member: repo.ParticipantRow, pick: repo.ParticipantRow | undefined) => {
    if (!pick) return;
    taken.add(pick.personId);
    standIns.push({ personId: pick.personId, replacesPersonId: member.personId });
  };
  // Each list's own substitutes first; in Sweden then the others, for those still without.
  for (const member of members) {
    seat(
      member,
      free.find((s) => !taken.has(s.personId) && s.listName === member.listName),
    );
  }
  if (jurisdiction === 'se') {
    for (const member of members.filter((m) => !standIns.some((s) => s.replacesPersonId === m.personId))) {
      seat(
        member,
        free.find((s) => !taken.has(s.personId)),
      );
    }
  }
  return standIns;
}

/**
 * Quorum for an item now: voters present, less those with a conflict on it, and the substitutes who
 * sit in their seats for the item.
 */
export function itemQuorum(
  ctx: MeetingContext,
  bodyKind: BodyKind,
  participants: repo.ParticipantRow[],
  conflicts: repo.ConflictRow[],
  itemId: string | null,
  sitting?: ReadonlySet<string>,
): Quorum & { voters: string[]; standIns: StandIn[] } {
  const present = participants.filter((p) => isVoter(p, participants)).map((p) => p.personId);
  const conflicted = itemId ? conflictedOn(conflicts, itemId) : new Set<string>();
  const standIns = itemId ? itemStandIns(ctx.jurisdiction, participants, conflicts, itemId, sitting) : [];
  const q = quorum(ctx.jurisdiction, bodyKind, {
    seats: seatCount(participants),
    present: present.length + standIns.length,
    conflicted: present.filter((id) => conflicted.has(id)).length,
  });
  return {
    ...q,
    voters: [...present.filter((id) => !conflicted.has(id)), ...standIns.map((s) => s.personId)],
    standIns,
  };
}

/** The item number shown: Swedish minutes number paragraphs (§), Norwegian ones cases (sak). */
export function itemNumber(jurisdiction: Jurisdiction, position: number): string {
  return jurisdiction === 'se' ? `§ ${position + 1}` : `Sak ${position + 1}`;
}

/** What a use-case needs to reach people outside the request: mail, and the app's address for links. */
export type Outbox = { mailer: Mailer | null; publicUrl: string };

/**
 * Notifies people of a meeting in the app and, when mail is configured, by e-mail in their own
 * language. People without an account are skipped; the same key is never sent twice.
 */
export async function notifyPeople(
  tx: DbOrTx,
  ctx: MeetingContext,
  outbox: Outbox,
  input: {
    personIds: string[];
    kind:
      'meeting_notice' | 'meeting_changed' | 'meeting_cancelled' | 'substitute_called' | 'minutes_extract';
    dedupeKey: string;
    meeting: { id: string; name: string; startsAt: Date };
    values?: Record<string, string | number>;
    matterId?: string | null;
  },
): Promise<number> {
  const people = await repo.findPeople(tx, ctx.municipalityId, input.personIds);
  let sent = 0;
  for (const person of people.values()) {
    if (!person.userId) continue;
    const fresh = await notify(tx, {
      municipalityId: ctx.municipalityId,
      userId: person.userId,
      kind: input.kind,
      dedupeKey: `${input.dedupeKey}:${input.meeting.id}`,
      matterId: input.matterId ?? null,
      values: {
        meetingId: input.meeting.id,
        meeting: input.meeting.name,
        date: formatMeetingTime(ctx, input.meeting.startsAt),
        ...input.values,
      },
      fallbackLocale: ctx.locale,
      link: `${outbox.publicUrl}/meetings/${input.meeting.id}`,
      mailer: outbox.mailer,
      mail: { subject: 'mail.meeting_subject', footer: 'mail.meeting_footer' },
    });
    if (fresh) sent++;
  }
  return sent;
}

/** A meeting's date and time as its municipality reads it: "2026-12-14 18:00". */
export function formatMeetingTime(ctx: Pick<MeetingContext, 'jurisdiction'>, at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: timeZoneOf(ctx.jurisdiction),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}
