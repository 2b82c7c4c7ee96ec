import { ABSTAIN } from '../../../common/meetings.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import type { AgendaItemDto, MeetingDto, ParticipantDto, VotingDto } from './meetings.contract.ts';
import {
  bodySettings,
  isVoter,
  itemNumber,
  itemQuorum,
  loadContext,
  meetingDay,
  publicAccess,
  requireBody,
  requireMeeting,
  resolveAccess,
  type Access,
  type BodyRef,
  type MeetingContext,
} from './meetings.common.ts';
import {
  abstainRule,
  lastNoticeDay,
  noticeCitation,
  publicityCitation,
  splitParties,
  tieBreakRule,
} from './meetings.rules.ts';
import * as repo from './meetings.repository.ts';

/** Everything recorded about a meeting, read at once. */
export async function loadMeetingState(db: DbOrTx, meeting: repo.MeetingRow) {
  const [items, participants, conflicts, speakers, proposals, votings, statements, minutes, signatures] =
    await Promise.all([
      repo.findItems(db, meeting.id),
      repo.findParticipants(db, meeting.id),
      repo.findConflicts(db, meeting.id),
      repo.findSpeakers(db, meeting.id),
      repo.findProposals(db, meeting.id),
      repo.findVotings(db, meeting.id),
      repo.findStatements(db, meeting.id),
      repo.findMinutes(db, meeting.id),
      repo.findSignatures(db, meeting.id),
    ]);
  const casts = await repo.findCasts(
    db,
    votings.map((v) => v.id),
  );
  const matters = await repo.findMatters(
    db,
    meeting.municipalityId,
    items.flatMap((i) => (i.matterId ? [i.matterId] : [])),
  );
  const people = await repo.findPeople(db, meeting.municipalityId, [
    ...participants.flatMap((p) => [p.personId, ...(p.replacesPersonId ? [p.replacesPersonId] : [])]),
    ...conflicts.map((c) => c.personId),
    ...speakers.map((s) => s.personId),
    ...proposals.flatMap((p) => (p.personId ? [p.personId] : [])),
    ...statements.map((s) => s.personId),
    ...casts.map((c) => c.personId),
    ...signatures.map((s) => s.personId),
    ...(meeting.chairPersonId ? [meeting.chairPersonId] : []),
  ]);
  return {
    items,
    participants,
    conflicts,
    speakers,
    proposals,
    votings,
    casts,
    statements,
    minutes,
    signatures,
    matters,
    people,
  };
}

export type MeetingState = Awaited<ReturnType<typeof loadMeetingState>>;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function personRef(state: MeetingState, id: string) {
  return { id, name: state.people.get(id)?.name ?? '' };
}

/** A voting round as the caller may see it: names in a roll-call, only who voted in a secret ballot. */
export function toVotingDto(
  ctx: MeetingContext,
  state: MeetingState,
  item: repo.ItemRow,
  v: repo.VotingRow,
  access: Access,
): VotingDto {
  const casts = state.casts.filter((c) => c.votingId === v.id);
  const mine = casts.find((c) => c.personId === access.personId);
  const rule = abstainRule(ctx.jurisdiction, item);
  const tieRule = v.result?.tieBreak ? tieBreakRule(ctx.jurisdiction, item.election) : null;
  return {
    id: v.id,
    round: v.round,
    method: v.method,
    optionIds: v.optionIds,
    eligibleCount: v.eligiblePersonIds.length,
    eligible: v.eligiblePersonIds.map((id) => personRef(state, id)),
    votedCount: casts.length,
    open: v.closedAt === null,
    openedAt: v.openedAt.toISOString(),
    closedAt: iso(v.closedAt),
    abstainAllowed: rule.allowed,
    myVote: mine ? (v.method === 'secret' ? 'cast' : (mine.choice ?? ABSTAIN)) : null,
    mayVote:
      v.closedAt === null &&
      !mine &&
      access.personId !== null &&
      v.eligiblePersonIds.includes(access.personId),
    votes: casts.map((c) => ({
      person: personRef(state, c.personId),
      listName: c.listName,
      choice: v.method === 'secret' ? null : c.choice,
    })),
    result: v.result
      ? {
          ...v.result,
          tieBreakSource: tieRule?.source ?? null,
          parties: v.method === 'secret' ? null : v.result.parties,
          splitParties: v.method === 'secret' || !v.result.parties ? [] : splitParties(v.result.parties),
        }
      : null,
  };
}

function toItemDto(
  ctx: MeetingContext,
  body: BodyRef,
  state: MeetingState,
  item: repo.ItemRow,
  access: Access,
  notes: Map<string, { text: string; version: number }>,
  showAgenda: boolean,
): AgendaItemDto {
  const matter = item.matterId ? state.matters.get(item.matterId) : undefined;
  const restricted = !item.public && !access.seesClosed;
  const hideConfidential = matter?.confidential && !access.seesClosed;
  // A closed item's public face is its matter's public title; an item without a matter shows none
  // (its title may name the very person the closing protects).
  const title = restricted || hideConfidential ? (matter?.publicTitle ?? '') : item.title;
  const conflicts = state.conflicts.filter((c) => c.agendaItemId === item.id);
  const live = item.state === 'in_progress' || item.state === 'pending';
  const current =
    live && state.participants.length > 0
      ? itemQuorum(
          ctx,
          body.kind,
          state.participants,
          state.conflicts,
          item.id,
          new Set(
            state.votings.filter((v) => v.agendaItemId === item.id).flatMap((v) => v.eligiblePersonIds),
          ),
        )
      : null;
  return {
    id: item.id,
    position: item.position,
    number: itemNumber(ctx.jurisdiction, item.position),
    kind: item.kind,
    title: showAgenda ? title : '',
    restricted,
    matter:
      matter && !restricted
        ? {
            id: matter.id,
            registryNumber: matter.registryNumber,
            title: hideConfidential ? matter.publicTitle : matter.title,
            type: matter.type as never,
            nature: matter.nature as never,
            state: matter.state as never,
          }
        : null,
    public: item.public,
    closingGround: item.closingGround,
    closingSource: item.public ? null : publicityCitation(ctx.jurisdiction, body.kind).source,
    exerciseOfAuthority: item.exerciseOfAuthority,
    election: item.election,
    state: item.state,
    startedAt: iso(item.startedAt),
    endedAt: iso(item.endedAt),
    decisionText: restricted ? null : item.decisionText,
    decidedBy: item.decidedBy,
    quorum: current
      ? {
          seats: current.seats,
          present: current.present,
          conflicted: current.conflicted,
          counted: current.counted,
          needed: current.needed,
          met: current.met,
          source: current.citation.source,
        }
      : item.quorum
        ? {
            seats: item.quorum.seats,
            present: item.quorum.present,
            conflicted: item.quorum.conflicted,
            counted: item.quorum.counted,
            needed: item.quorum.needed,
            met: item.quorum.met,
            source: item.quorum.source,
          }
        : null,
    standIns: (current ? current.standIns : (item.quorum?.standIns ?? [])).map((s) => ({
      person: personRef(state, s.personId),
      replaces: personRef(state, s.replacesPersonId),
    })),
    conflicts: conflicts.map((c) => ({
      id: c.id,
      person: personRef(state, c.personId),
      reason: restricted ? null : c.reason,
      status: c.status,
      ruledAt: iso(c.ruledAt),
    })),
    speakers: restricted
      ? []
      : state.speakers
          .filter((s) => s.agendaItemId === item.id)
          .map((s) => ({
            id: s.id,
            person: personRef(state, s.personId),
            requestedAt: s.requestedAt.toISOString(),
            startedAt: iso(s.startedAt),
            endedAt: iso(s.endedAt),
          })),
    proposals: restricted
      ? []
      : state.proposals
          .filter((p) => p.agendaItemId === item.id)
          .sort((a, b) => Number(b.kind === 'main') - Number(a.kind === 'main'))
          .map((p) => ({
            id: p.id,
            kind: p.kind,
            person: p.personId ? personRef(state, p.personId) : null,
            text: p.text,
            eliminated: p.eliminatedAt !== null,
            withdrawn: p.withdrawnAt !== null,
            createdAt: p.createdAt.toISOString(),
          })),
    votings: restricted
      ? []
      : state.votings
          .filter((v) => v.agendaItemId === item.id)
          .map((v) => toVotingDto(ctx, state, item, v, access)),
    statements: restricted
      ? []
      : state.statements
          .filter((s) => s.agendaItemId === item.id)
          .map((s) => ({
            id: s.id,
            kind: s.kind,
            person: personRef(state, s.personId),
            text: s.text,
            version: s.version,
            createdAt: s.createdAt.toISOString(),
          })),
    assignments: restricted ? [] : item.assignments,
    signedAt: iso(item.signedAt),
    signatures: state.signatures
      .filter((x) => x.agendaItemId === item.id)
      .map((x) => ({
        person: personRef(state, x.personId),
        role: x.role,
        signedAt: x.signedAt.toISOString(),
      })),
    myNote: notes.get(item.id) ?? null,
    version: item.version,
  };
}

function toParticipantDto(state: MeetingState, p: repo.ParticipantRow, access: Access): ParticipantDto {
  const person = state.people.get(p.personId);
  return {
    id: p.id,
    person: { id: p.personId, name: person?.name ?? '', party: person?.party ?? null },
    role: p.role,
    listName: p.listName,
    votingRight: p.votingRight,
    substituteOrder: p.substituteOrder,
    status: p.status,
    replaces: p.replacesPersonId ? personRef(state, p.replacesPersonId) : null,
    absenceReason: access.manage || access.personId === p.personId ? p.absenceReason : null,
    present: p.present,
    adjuster: p.adjuster,
    version: p.version,
  };
}

/** Builds the meeting as the caller may see it. */
export async function presentMeeting(
  db: DbOrTx,
  ctx: MeetingContext,
  meeting: repo.MeetingRow,
  access: Access,
  userId: string | null,
): Promise<MeetingDto> {
  const body = await requireBody(db, meeting.municipalityId, meeting.bodyId);
  const state = await loadMeetingState(db, meeting);
  const settings = await bodySettings(db, ctx, body);
  const notes = new Map(
    userId
      ? (
          await repo.findNotes(
            db,
            userId,
            state.items.map((i) => i.id),
          )
        ).map((n) => [n.agendaItemId, { text: n.text, version: n.version }])
      : [],
  );
  // The public sees the agenda once the notice is out; the profession and members as it is built.
  const showAgenda = access.seesClosed || access.manage || meeting.state !== 'planned';
  const q =
    state.participants.length > 0
      ? itemQuorum(ctx, body.kind, state.participants, state.conflicts, null)
      : null;
  const presiding =
    meeting.chairPersonId ?? state.participants.find((p) => p.role === 'chair')?.personId ?? null;
  const me = access.participant;
  return {
    id: meeting.id,
    body,
    kind: meeting.kind,
    name: meeting.name,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    location: meeting.location,
    onlineUrl: access.seesClosed || access.manage ? meeting.onlineUrl : null,
    description: meeting.description,
    state: meeting.state,
    urgent: meeting.urgent,
    urgentReason: meeting.urgentReason,
    noticePublishedAt: iso(meeting.noticePublishedAt),
    noticeLastDay: lastNoticeDay(meetingDay(ctx, meeting), settings.noticeLeadDays),
    noticeSource: noticeCitation(ctx.jurisdiction, body.kind).source,
    chair: presiding ? { id: presiding, name: state.people.get(presiding)?.name ?? '' } : null,
    openedAt: iso(meeting.openedAt),
    closedAt: iso(meeting.closedAt),
    cancelReason: meeting.cancelReason,
    items: showAgenda
      ? state.items.map((i) => toItemDto(ctx, body, state, i, access, notes, showAgenda))
      : [],
    participants: state.participants.map((p) => toParticipantDto(state, p, access)),
    quorum: q
      ? {
          seats: q.seats,
          present: q.present,
          conflicted: q.conflicted,
          counted: q.counted,
          needed: q.needed,
          met: q.met,
          source: q.citation.source,
        }
      : null,
    minutesState: state.minutes?.state ?? null,
    minutesApproval: settings.minutesApproval,
    you: {
      personId: access.personId,
      manage: access.manage,
      chair: access.chair,
      participant: me !== null,
      votingRight: me !== null && isVoter(me, state.participants),
      seesClosed: access.seesClosed,
    },
    version: meeting.version,
  };
}

/**
 * A meeting with its agenda, participants and everything recorded, as the caller may see it:
 * closed items show only their public face to those not entitled to them.
 * @throws FORBIDDEN; NOT_FOUND
 */
export async function getMeeting(
  db: Db,
  input: { actor: Actor; municipalityId: string; meetingId: string; now?: Date },
): Promise<MeetingDto> {
  const ctx = await loadContext(db, input.municipalityId, input.now);
  const meeting = await requireMeeting(db, input.municipalityId, input.meetingId);
  const participants = await repo.findParticipants(db, meeting.id);
  const access = await resolveAccess(db, input.actor, meeting, participants);
  return presentMeeting(db, ctx, meeting, access, input.actor.userId);
}

/** A meeting as the public sees it: public items in full, closed items by their public face. */
export async function getPublicMeeting(
  db: Db,
  input: { municipalityId: string; meetingId: string; now?: Date },
): Promise<MeetingDto> {
  const ctx = await loadContext(db, input.municipalityId, input.now);
  const meeting = await requireMeeting(db, input.municipalityId, input.meetingId);
  if (meeting.kind === 'check_in') throw notFound();
  return presentMeeting(db, ctx, meeting, publicAccess, null);
}
