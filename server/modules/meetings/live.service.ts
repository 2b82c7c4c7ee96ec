import { randomBytes } from 'node:crypto';
import { translate } from '../../../common/i18n/index.ts';
import { ABSTAIN, type StatementKind } from '../../../common/meetings.ts';
import { seatRoles } from '../../../common/organisation.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound, staleVersion, type RuleCitation } from '../../http/errors.ts';
import { noRules } from '../../rules/no.ts';
import { seRules } from '../../rules/se.ts';
import { recordChange } from '../audit/audit.service.ts';
import type { AssignmentInput } from '../matters/matters.contract.ts';
import { decideMatter, moveMatterForMeeting } from '../matters/matters.service.ts';
import { appendEvent, appendItemEvent, lockMeetingEvents } from './live.ts';
import type { MeetingDto } from './meetings.contract.ts';
import {
  itemQuorum,
  loadContext,
  meetingDay,
  requireBody,
  requireItem,
  requireMeeting,
  requireRunner,
  requireState,
  resolveAccess,
  type MeetingContext,
  type Outbox,
} from './meetings.common.ts';
import { reofferMinutesApprovals } from './agenda.service.ts';
import { approveMinutesAtMeeting, generateMinutes } from './minutes.service.ts';
import { abstainRule, countRound, drawLot, partyTallies, tieBreakRule } from './meetings.rules.ts';
import * as repo from './meetings.repository.ts';
import type { VotingResult } from './meetings.schema.ts';
import { getMeeting } from './view.service.ts';

type Input = { actor: Actor; municipalityId: string; meetingId: string; now?: Date };

/** Loads what a live action needs, locks the meeting, and resolves who the caller is in it. */
async function live(tx: DbOrTx, input: Input) {
  const ctx = await loadContext(tx, input.municipalityId, input.now);
  const meeting = await requireMeeting(tx, input.municipalityId, input.meetingId, true);
  const participants = await repo.findParticipants(tx, meeting.id);
  const access = await resolveAccess(tx, input.actor, meeting, participants);
  const body = await requireBody(tx, input.municipalityId, meeting.bodyId);
  return { ctx, meeting, participants, access, body };
}

/** Runs a live use-case in one transaction and answers with the meeting as the caller sees it. */
async function act(db: Db, input: Input, work: (tx: DbOrTx) => Promise<void>): Promise<MeetingDto> {
  await db.transaction(work);
  return getMeeting(db, input);
}

function votingCitation(ctx: Pick<MeetingContext, 'jurisdiction'>): RuleCitation {
  return ctx.jurisdiction === 'se'
    ? { rule: 'voting', source: seRules.voting.source }
    : { rule: 'voting', source: noRules.voting.source };
}

function conflictCitation(ctx: Pick<MeetingContext, 'jurisdiction'>, bodyKind: string): RuleCitation {
  if (ctx.jurisdiction === 'no') return { rule: 'conflict', source: noRules.conflict.source };
  return bodyKind === 'council'
    ? { rule: 'conflictCouncil', source: seRules.conflictCouncil.source }
    : { rule: 'conflictCommittee', source: seRules.conflictCommittee.source };
}

/**
 * Whether the body may decide the item now: a quorum without the members who have a conflict on
 * it, and no conflict question left for the body to rule on.
 * @throws RULE_VIOLATION citing the quorum or the conflict rule
 */
async function assertDecidable(
  tx: DbOrTx,
  ctx: MeetingContext,
  l: Awaited<ReturnType<typeof live>>,
  item: repo.ItemRow,
) {
  if (l.meeting.kind !== 'decision') throw new AppError('CONFLICT', 'error.no_decisions_in_meeting_kind');
  const conflicts = await repo.findConflicts(tx, l.meeting.id);
  const open = conflicts.filter((c) => c.agendaItemId === item.id && c.status === 'questioned');
  if (open.length > 0) {
    const names = await repo.findPeople(
      tx,
      ctx.municipalityId,
      open.map((c) => c.personId),
    );
    throw AppError.ruleViolation(
      conflictCitation(ctx, l.body.kind),
      {},
      {
        key: 'error.conflict_unresolved',
        values: { names: [...names.values()].map((p) => p.name).join(', ') },
      },
    );
  }
  const q = itemQuorum(ctx, l.body.kind, l.participants, conflicts, item.id, await sittingOn(tx, l, item));
  if (!q.met) {
    throw AppError.ruleViolation(
      q.citation,
      { counted: q.counted, needed: q.needed, seats: q.seats },
      {
        key: 'error.no_quorum',
        values: { counted: q.counted, needed: q.needed, seats: q.seats, conflicted: q.conflicted },
      },
    );
  }
  return q;
}

/** Those who have voted in a round on the item: a substitute standing in keeps the seat while present. */
async function sittingOn(tx: DbOrTx, l: Awaited<ReturnType<typeof live>>, item: repo.ItemRow) {
  const votings = (await repo.findVotings(tx, l.meeting.id)).filter((v) => v.agendaItemId === item.id);
  return new Set(votings.flatMap((v) => v.eligiblePersonIds));
}

function requireItemState(item: repo.ItemRow, ...states: repo.ItemRow['state'][]) {
  if (!states.includes(item.state)) {
    throw new AppError('CONFLICT', 'error.item_state').withTerms({
      state: `meeting.item_state.${item.state}`,
    });
  }
}

// Opening, attendance, adjusters ----------------------------------------------------------------

/**
 * Opens the meeting. The body's chair presides unless another person is named (a vice chair, or
 * someone elected for the day).
 * @throws FORBIDDEN unless the secretary or the chair; CONFLICT unless notified or on a stale
 * version; VALIDATION for a chair not called to the meeting
 */
export async function openMeeting(db: Db, input: Input & { chairPersonId?: string; version: number }) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireRunner(l.access);
    if (l.meeting.version !== input.version) throw staleVersion(l.meeting.version);
    requireState(l.meeting, 'notified');
    const chair =
      input.chairPersonId ??
      (['chair', 'first_vice_chair', 'second_vice_chair'] as const)
        .map((role) => l.participants.find((p) => p.role === role && p.status === 'invited'))
        .find((p) => p)?.personId ??
      null;
    if (chair && !l.participants.some((p) => p.personId === chair)) {
      throw new AppError('VALIDATION', 'error.not_a_participant');
    }
    const row = await repo.updateMeeting(tx, input.municipalityId, l.meeting.id, l.meeting.version, {
      state: 'in_progress',
      openedAt: l.ctx.now,
      chairPersonId: chair,
    });
    if (!row) throw staleVersion(l.meeting.version);
    await appendEvent(tx, {
      meetingId: l.meeting.id,
      audience: 'public',
      type: 'meeting',
      data: { state: 'in_progress' },
    });
    await recordChange(tx, input.actor, {
      municipalityId: input.municipalityId,
      action: 'meeting.open',
      entityType: 'meeting',
      entityId: l.meeting.id,
      after: { chairPersonId: chair },
    });
  });
}

/**
 * Records a person arriving or leaving (roll call, and in and out during the meeting), with the
 * item then being handled. A member who reported absence but comes takes the seat back.
 * @throws FORBIDDEN unless the secretary or the chair; NOT_FOUND for someone not called; CONFLICT
 * unless the meeting is in progress
 */
export async function setAttendance(db: Db, input: Input & { personId: string; present: boolean }) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireRunner(l.access);
    requireState(l.meeting, 'in_progress');
    const p = l.participants.find((x) => x.personId === input.personId);
    if (!p) throw notFound();
    const backFromAbsence = input.present && seatRoles.includes(p.role) && p.status === 'absent';
    await repo.updateParticipant(tx, p.id, {
      present: input.present,
      ...(backFromAbsence ? { status: 'invited' as const, absenceReason: null } : {}),
    });
    const current = (await repo.findItems(tx, l.meeting.id)).find((i) => i.state === 'in_progress');
    await repo.logAttendance(tx, {
      meetingId: l.meeting.id,
      personId: p.personId,
      present: input.present,
      agendaItemId: current?.id ?? null,
      at: l.ctx.now,
    });
    await appendEvent(tx, {
      meetingId: l.meeting.id,
      audience: 'public',
      type: 'attendance',
      data: { personId: p.personId, present: input.present },
    });
  });
}

/**
 * Records who signs the minutes with the chair: the adjusters (justerare) or the members elected to
 * sign, as many as the body's rules say at most.
 * @throws FORBIDDEN unless the secretary or the chair; CONFLICT unless in progress; VALIDATION for
 * someone not present or too many
 */
export async function setAdjusters(db: Db, input: Input & { personIds: string[] }) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireRunner(l.access);
    requireState(l.meeting, 'notified', 'in_progress');
    const ids = [...new Set(input.personIds)];
    const valid = ids.every((id) =>
      l.participants.some(
        (p) => p.personId === id && p.status !== 'absent' && p.personId !== l.meeting.chairPersonId,
      ),
    );
    if (!valid) throw new AppError('VALIDATION', 'error.adjusters_invalid');
    for (const p of l.participants) {
      const adjuster = ids.includes(p.personId);
      if (p.adjuster !== adjuster) await repo.updateParticipant(tx, p.id, { adjuster });
    }
    await appendEvent(tx, {
      meetingId: l.meeting.id,
      audience: 'public',
      type: 'attendance',
      data: { adjusters: ids },
    });
  });
}

// Items -----------------------------------------------------------------------------------------

/**
 * Starts handling an item; one at a time. A matter's recommendation becomes the main proposal.
 * @throws FORBIDDEN unless the secretary or the chair; NOT_FOUND; CONFLICT when another item is
 * being handled or this one has been
 */
export async function startItem(db: Db, input: Input & { itemId: string }) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireRunner(l.access);
    requireState(l.meeting, 'in_progress');
    const items = await repo.findItems(tx, l.meeting.id);
    const item = items.find((i) => i.id === input.itemId);
    if (!item) throw notFound();
    requireItemState(item, 'pending');
    if (items.some((i) => i.state === 'in_progress'))
      throw new AppError('CONFLICT', 'error.item_in_progress');
    const row = await repo.updateItem(tx, l.meeting.id, item.id, item.version, {
      state: 'in_progress',
      startedAt: l.ctx.now,
    });
    if (!row) throw staleVersion(item.version);
    const proposals = (await repo.findProposals(tx, l.meeting.id)).filter((p) => p.agendaItemId === item.id);
    if (item.matterId && !proposals.some((p) => p.kind === 'main')) {
      const text = await repo.findProposedDecision(tx, item.matterId);
      if (text) {
        await repo.insertProposal(tx, {
          municipalityId: input.municipalityId,
          meetingId: l.meeting.id,
          agendaItemId: item.id,
          kind: 'main',
          text,
          createdAt: l.ctx.now,
        });
      }
    }
    await appendItemEvent(
      tx,
      l.meeting.id,
      item,
      'item',
      { itemId: item.id, state: 'in_progress' },
      {
        itemId: item.id,
        state: 'in_progress',
      },
    );
  });
}

/**
 * Ends an item without a decision: noted (standard items, information), postponed, or referred
 * back for more preparation (with a reason). A matter follows: postponed or referred back.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT for a matter "noted" or an item not being handled;
 * VALIDATION without a reason
 */
export async function concludeItem(
  db: Db,
  input: Input & {
    itemId: string;
    outcome: 'noted' | 'postponed' | 'referred_back';
    reason?: string | null;
    version: number;
  },
) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireRunner(l.access);
    requireState(l.meeting, 'in_progress');
    const item = await requireItem(tx, l.meeting.id, input.itemId, true);
    if (item.version !== input.version) throw staleVersion(item.version);
    requireItemState(item, input.outcome === 'noted' ? 'in_progress' : 'pending', 'in_progress');
    if (input.outcome === 'noted' && item.matterId)
      throw new AppError('CONFLICT', 'error.matter_needs_decision');
    if (input.outcome !== 'noted' && !input.reason?.trim())
      throw new AppError('VALIDATION', 'error.reason_required');
    const row = await repo.updateItem(tx, l.meeting.id, item.id, item.version, {
      state: input.outcome,
      startedAt: item.startedAt ?? l.ctx.now,
      endedAt: l.ctx.now,
      decisionText: input.reason ?? null,
    });
    if (!row) throw staleVersion(item.version);
    // Minutes not approved here go to the body's next meeting.
    if (item.kind === 'minutes_approval') await reofferMinutesApprovals(tx, l.ctx, l.meeting.bodyId);
    if (item.matterId && input.outcome !== 'noted') {
      await moveMatterForMeeting(tx, {
        actor: input.actor,
        municipalityId: input.municipalityId,
        matterId: item.matterId,
        to: input.outcome,
        reason: input.reason ?? null,
        now: input.now,
      });
    }
    await appendItemEvent(
      tx,
      l.meeting.id,
      item,
      'item',
      { itemId: item.id, state: input.outcome },
      {
        itemId: item.id,
        state: input.outcome,
      },
    );
  });
}

/**
 * Decides an item, by acclamation or after votes, with the decision's wording and the assignments
 * it gives. The body needs a quorum without members who have a conflict (KL 6 kap. 27 §;
 * kommuneloven § 11-9) and no open conflict question. The matter becomes decided; its assignments
 * are created when the extract of the signed minutes goes out.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT when votes are still to be taken or on a stale version;
 * VALIDATION without wording; RULE_VIOLATION citing the quorum or conflict rule
 */
export async function decideItem(
  db: Db,
  input: Input & {
    itemId: string;
    method: 'acclamation' | 'vote';
    proposalId?: string;
    text?: string;
    assignments?: AssignmentInput[];
    /** For the approval of minutes: false when the body does not approve them as they stand. */
    minutesApproved?: boolean;
    version: number;
    outbox: Outbox;
  },
) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireRunner(l.access);
    requireState(l.meeting, 'in_progress');
    const item = await requireItem(tx, l.meeting.id, input.itemId, true);
    if (item.version !== input.version) throw staleVersion(item.version);
    requireItemState(item, 'in_progress');
    const q = await assertDecidable(tx, l.ctx, l, item);
    const proposals = (await repo.findProposals(tx, l.meeting.id)).filter(
      (p) => p.agendaItemId === item.id && !p.withdrawnAt && !p.eliminatedAt,
    );
    const votings = (await repo.findVotings(tx, l.meeting.id)).filter((v) => v.agendaItemId === item.id);
    if (votings.some((v) => !v.closedAt)) throw new AppError('CONFLICT', 'error.voting_open');
    let adopted: repo.ProposalRow | undefined;
    if (input.method === 'vote') {
      const last = votings[votings.length - 1];
      if (!last?.result) throw new AppError('CONFLICT', 'error.no_vote_taken');
      if (proposals.length > 1) throw new AppError('CONFLICT', 'error.proposals_remain');
      adopted = proposals.find((p) => p.id === last.result?.winner);
    } else {
      adopted = input.proposalId
        ? proposals.find((p) => p.id === input.proposalId)
        : (proposals.find((p) => p.kind === 'main') ?? (proposals.length === 1 ? proposals[0] : undefined));
      if (input.proposalId && !adopted) throw new AppError('VALIDATION', 'error.proposal_unknown');
      if (!adopted && proposals.length > 1) throw new AppError('CONFLICT', 'error.proposals_remain');
      await repo.updateProposals(
        tx,
        proposals.filter((p) => p.id !== adopted?.id).map((p) => p.id),
        { eliminatedAt: l.ctx.now },
      );
    }
    const approving = item.kind === 'minutes_approval' ? item.approvesMeetingId : null;
    const approved = input.minutesApproved !== false;
    const text =
      input.text ??
      adopted?.text ??
      (approving
        ? translate(l.ctx.locale, approved ? 'minutes.approved_decision' : 'minutes.not_approved_decision')
        : undefined);
    if (!text) throw new AppError('VALIDATION', 'error.decision_text_required');
    const decidedOn = meetingDay(l.ctx, l.meeting);
    const matterDecisionId = item.matterId
      ? await decideMatter(tx, {
          actor: input.actor,
          municipalityId: input.municipalityId,
          matterId: item.matterId,
          bodyId: l.meeting.bodyId,
          decidedOn: decidedOn < l.ctx.today ? decidedOn : l.ctx.today,
          text,
          now: input.now,
        })
      : null;
    const row = await repo.updateItem(tx, l.meeting.id, item.id, item.version, {
      state: 'decided',
      decisionText: text,
      decidedAt: l.ctx.now,
      decidedBy:
        input.method === 'vote' ? (votings[votings.length - 1]?.method ?? 'roll_call') : 'acclamation',
      endedAt: l.ctx.now,
      presentPersonIds: q.voters,
      quorum: {
        seats: q.seats,
        present: q.present,
        conflicted: q.conflicted,
        counted: q.counted,
        needed: q.needed,
        met: q.met,
        source: q.citation.source,
        standIns: q.standIns,
      },
      assignments: input.assignments ?? [],
      matterDecisionId,
    });
    if (!row) throw staleVersion(item.version);
    if (approving) {
      await approveMinutesAtMeeting(tx, l.ctx, {
        actor: input.actor,
        meetingId: approving,
        approved,
        approvedOn: meetingDay(l.ctx, l.meeting),
        outbox: input.outbox,
      });
    }
    await appendItemEvent(
      tx,
      l.meeting.id,
      item,
      'item',
      { itemId: item.id, state: 'decided', text },
      {
        itemId: item.id,
        state: 'decided',
      },
    );
    await recordChange(tx, input.actor, {
      municipalityId: input.municipalityId,
      action: 'meeting.decide',
      entityType: 'agenda_item',
      entityId: item.id,
      after: { method: input.method, text, matterId: item.matterId, quorum: row.quorum },
    });
  });
}

// Speakers --------------------------------------------------------------------------------------

/**
 * Puts someone on the item's speakers' list: a member asks for the floor; the chair or secretary
 * may add anyone called to the meeting.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT unless the meeting is in progress or when already waiting
 */
export async function requestFloor(db: Db, input: Input & { itemId: string; personId?: string }) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireState(l.meeting, 'in_progress');
    const personId = input.personId ?? l.access.personId;
    if (!personId) throw forbidden();
    if (personId !== l.access.personId) requireRunner(l.access);
    else if (!l.access.participant && !l.access.manage) throw forbidden();
    const item = await requireItem(tx, l.meeting.id, input.itemId);
    requireItemState(item, 'pending', 'in_progress');
    const waiting = (await repo.findSpeakers(tx, l.meeting.id)).some(
      (s) => s.agendaItemId === item.id && s.personId === personId && !s.endedAt,
    );
    if (waiting) throw new AppError('CONFLICT', 'error.already_on_list');
    await repo.insertSpeaker(tx, {
      meetingId: l.meeting.id,
      agendaItemId: item.id,
      personId,
      requestedAt: l.ctx.now,
    });
    await appendItemEvent(tx, l.meeting.id, item, 'speakers', { itemId: item.id });
  });
}

/** Gives the floor to a speaker, ends the speech, or takes the speaker off the list. */
export async function moveSpeaker(
  db: Db,
  input: Input & { itemId: string; speakerId: string; action: 'start' | 'end' | 'remove' },
) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    const speaker = await repo.findSpeaker(tx, input.itemId, input.speakerId);
    if (!speaker) throw notFound();
    const own = input.action === 'remove' && speaker.personId === l.access.personId;
    if (!own) requireRunner(l.access);
    requireState(l.meeting, 'in_progress');
    const item = await requireItem(tx, l.meeting.id, input.itemId);
    if (input.action === 'remove') await repo.deleteSpeaker(tx, speaker.id);
    else if (input.action === 'start') {
      for (const other of await repo.findSpeakers(tx, l.meeting.id)) {
        if (other.startedAt && !other.endedAt && other.id !== speaker.id) {
          await repo.updateSpeaker(tx, other.id, { endedAt: l.ctx.now });
        }
      }
      await repo.updateSpeaker(tx, speaker.id, { startedAt: l.ctx.now, endedAt: null });
    } else
      await repo.updateSpeaker(tx, speaker.id, {
        endedAt: l.ctx.now,
        startedAt: speaker.startedAt ?? l.ctx.now,
      });
    await appendItemEvent(tx, l.meeting.id, item, 'speakers', { itemId: item.id });
  });
}

// Proposals -------------------------------------------------------------------------------------

/**
 * A member puts a counter-proposal or an amendment (or the secretary records one for a member).
 * @throws FORBIDDEN unless a voter of the meeting, the chair or the secretary; CONFLICT unless the
 * item is being handled
 */
export async function addProposal(
  db: Db,
  input: Input & { itemId: string; kind: 'counter' | 'amendment'; text: string; personId?: string },
) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireState(l.meeting, 'in_progress');
    const personId = input.personId ?? l.access.personId;
    if (!personId) throw forbidden();
    if (personId !== l.access.personId) requireRunner(l.access);
    if (!l.participants.some((p) => p.personId === personId))
      throw new AppError('VALIDATION', 'error.not_a_participant');
    const item = await requireItem(tx, l.meeting.id, input.itemId);
    requireItemState(item, 'in_progress');
    await repo.insertProposal(tx, {
      municipalityId: input.municipalityId,
      meetingId: l.meeting.id,
      agendaItemId: item.id,
      kind: input.kind,
      personId,
      text: input.text,
      createdAt: l.ctx.now,
    });
    await appendItemEvent(tx, l.meeting.id, item, 'proposals', { itemId: item.id });
  });
}

/** The proposer (or the chair or secretary) withdraws a proposal that is not being voted on. */
export async function withdrawProposal(db: Db, input: Input & { itemId: string; proposalId: string }) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireState(l.meeting, 'in_progress');
    const proposal = (await repo.findProposals(tx, l.meeting.id)).find(
      (p) => p.id === input.proposalId && p.agendaItemId === input.itemId,
    );
    if (!proposal) throw notFound();
    if (proposal.personId !== l.access.personId) requireRunner(l.access);
    const voting = (await repo.findVotings(tx, l.meeting.id)).some(
      (v) => !v.closedAt && v.optionIds.includes(proposal.id),
    );
    if (voting) throw new AppError('CONFLICT', 'error.voting_open');
    await repo.updateProposals(tx, [proposal.id], { withdrawnAt: l.ctx.now });
    const item = await requireItem(tx, l.meeting.id, input.itemId);
    await appendItemEvent(tx, l.meeting.id, item, 'proposals', { itemId: item.id });
  });
}

// Votes -----------------------------------------------------------------------------------------

/**
 * Opens a round of voting: two or more of the item's proposals against each other, by open
 * roll-call or secret ballot (elections). Those who may vote are fixed now: voters present, less
 * those with a conflict on the item.
 * @throws FORBIDDEN unless the secretary or the chair; CONFLICT when a round is open or for options
 * that are not the item's standing proposals; RULE_VIOLATION without a quorum
 */
export async function openVoting(
  db: Db,
  input: Input & { itemId: string; method: 'roll_call' | 'secret'; optionIds: string[] },
) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireRunner(l.access);
    requireState(l.meeting, 'in_progress');
    const item = await requireItem(tx, l.meeting.id, input.itemId, true);
    requireItemState(item, 'in_progress');
    const q = await assertDecidable(tx, l.ctx, l, item);
    const votings = (await repo.findVotings(tx, l.meeting.id)).filter((v) => v.agendaItemId === item.id);
    if (votings.some((v) => !v.closedAt)) throw new AppError('CONFLICT', 'error.voting_open');
    const standing = new Set(
      (await repo.findProposals(tx, l.meeting.id))
        .filter((p) => p.agendaItemId === item.id && !p.withdrawnAt && !p.eliminatedAt)
        .map((p) => p.id),
    );
    const options = [...new Set(input.optionIds)];
    if (options.length < 2 || !options.every((o) => standing.has(o))) {
      throw new AppError('VALIDATION', 'error.voting_options');
    }
    const voting = await repo.insertVoting(tx, {
      municipalityId: input.municipalityId,
      meetingId: l.meeting.id,
      agendaItemId: item.id,
      round: votings.length + 1,
      method: input.method,
      optionIds: options,
      eligiblePersonIds: q.voters,
      openedAt: l.ctx.now,
    });
    await appendItemEvent(
      tx,
      l.meeting.id,
      item,
      'voting',
      { itemId: item.id, votingId: voting.id, open: true, eligible: q.voters.length },
      { itemId: item.id, open: true },
    );
  });
}

/**
 * Casts the caller's vote in an open round: once, for one of the round's proposals or (where the
 * law allows it) abstaining. Norway: members present must vote, blank only in elections
 * (kommuneloven § 8-1); Sweden: no abstaining on public authority over an individual (KL 6 kap.
 * 36 §). In a secret ballot the choice is kept apart from who voted.
 * @throws NOT_FOUND; CONFLICT when the round is closed or the caller has voted; VALIDATION for a
 * choice not in the round; RULE_VIOLATION without a right to vote in it, citing the rule
 */
export async function castVote(
  db: Db,
  input: Input & { votingId: string; choice: string; personId?: string },
): Promise<{ votedCount: number; eligibleCount: number }> {
  const { actor, municipalityId } = input;
  return db.transaction(async (tx) => {
    // One read for the whole vote: many members vote at the same moment.
    const v = await repo.findVoteContext(tx, {
      municipalityId,
      meetingId: input.meetingId,
      votingId: input.votingId,
      ...(input.personId ? { personId: input.personId } : { userId: actor.userId }),
    });
    if (!v) throw notFound();
    if (input.personId) await requireRecorder(tx, input, v);
    if (v.closed_at) throw new AppError('CONFLICT', 'error.voting_closed');
    const ctx = { jurisdiction: v.jurisdiction };
    const item = {
      id: v.agenda_item_id,
      public: v.public,
      election: v.election,
      exerciseOfAuthority: v.exercise_of_authority,
    };
    const personId = v.person_id;
    if (!personId || !v.eligible_person_ids.includes(personId)) {
      const conflicted = personId
        ? (await repo.findConflicts(tx, v.meeting_id)).some(
            (c) =>
              c.agendaItemId === item.id &&
              c.personId === personId &&
              ['declared', 'upheld'].includes(c.status),
          )
        : false;
      if (conflicted) {
        const meeting = await requireMeeting(tx, municipalityId, v.meeting_id);
        const body = await requireBody(tx, municipalityId, meeting.bodyId);
        throw AppError.ruleViolation(conflictCitation(ctx, body.kind), {}, { key: 'error.vote_conflicted' });
      }
      throw AppError.ruleViolation(votingCitation(ctx), {}, { key: 'error.no_voting_right' });
    }
    if (input.choice === ABSTAIN) {
      const rule = abstainRule(ctx.jurisdiction, item);
      if (!rule.allowed)
        throw AppError.ruleViolation(rule.citation, {}, { key: 'error.abstain_not_allowed' });
    } else if (!v.option_ids.includes(input.choice)) {
      throw new AppError('VALIDATION', 'error.vote_choice');
    }
    const secret = v.method === 'secret';
    const fresh = await repo.insertCast(tx, {
      votingId: v.id,
      personId,
      choice: secret ? null : input.choice,
      listName: secret ? null : v.list_name,
      castAt: input.now ?? new Date(),
    });
    if (!fresh) throw new AppError('CONFLICT', 'error.already_voted');
    if (secret) await repo.insertSecretBallot(tx, v.id, input.choice);
    if (input.personId) {
      await recordChange(tx, actor, {
        municipalityId,
        action: 'meeting.vote_recorded',
        entityType: 'voting',
        entityId: v.id,
        after: { personId, choice: input.choice },
      });
    }
    // Counted under the meeting's event lock, so votes recorded at the same moment count each other.
    await lockMeetingEvents(tx, v.meeting_id);
    const votedCount = await repo.countCasts(tx, v.id);
    const eligibleCount = v.eligible_person_ids.length;
    await appendItemEvent(
      tx,
      v.meeting_id,
      item,
      'vote_cast',
      {
        itemId: item.id,
        votingId: v.id,
        votedCount,
        eligibleCount,
        ...(secret ? {} : { personId, choice: input.choice }),
      },
      { itemId: item.id, votingId: v.id, votedCount, eligibleCount },
    );
    return { votedCount, eligibleCount };
  });
}

/**
 * Whoever records a member's spoken vote: the secretary or the person presiding, in a roll call
 * only, since a secret ballot is the member's own.
 * @throws FORBIDDEN for anyone else; CONFLICT in a secret ballot
 */
async function requireRecorder(tx: DbOrTx, input: Input, v: repo.VoteContext): Promise<void> {
  const meeting = await requireMeeting(tx, input.municipalityId, v.meeting_id);
  const participants = await repo.findParticipants(tx, meeting.id);
  requireRunner(await resolveAccess(tx, input.actor, meeting, participants));
  if (v.method === 'secret') throw new AppError('CONFLICT', 'error.secret_ballot_own');
}

/**
 * Closes a round and counts it. The option with the most votes wins and the others leave the
 * contest. A tie outside an election is decided by the chair's casting vote (the chair's own vote,
 * or the choice given; KL 6 kap. 33 §; kommuneloven § 11-9); a tied election by lot, whose seed is
 * kept so the draw can be re-run (KL 5 kap. 55 §; kommuneloven § 7-9). Norway: everyone present who
 * may vote must have voted (kommuneloven § 8-1).
 * @throws FORBIDDEN unless the secretary or the chair; NOT_FOUND; CONFLICT when closed;
 * RULE_VIOLATION for missing votes or a tie without the chair's choice
 */
export async function closeVoting(db: Db, input: Input & { votingId: string; chairChoice?: string }) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireRunner(l.access);
    const voting = await repo.findVoting(tx, l.meeting.id, input.votingId, 'update');
    if (!voting) throw notFound();
    if (voting.closedAt) throw new AppError('CONFLICT', 'error.voting_closed');
    const item = await requireItem(tx, l.meeting.id, voting.agendaItemId, true);
    const casts = await repo.findCasts(tx, [voting.id]);
    if (l.ctx.jurisdiction === 'no') {
      const stillHere = new Set(l.participants.filter((p) => p.present).map((p) => p.personId));
      const missing = voting.eligiblePersonIds.filter(
        (id) => stillHere.has(id) && !casts.some((c) => c.personId === id),
      );
      if (missing.length > 0) {
        const names = await repo.findPeople(tx, input.municipalityId, missing);
        throw AppError.ruleViolation(
          { rule: 'votingDuty', source: noRules.votingDuty.source },
          { missing },
          {
            key: 'error.votes_missing',
            values: { names: [...names.values()].map((p) => p.name).join(', ') },
          },
        );
      }
    }
    const secret = voting.method === 'secret';
    const ballots = secret
      ? (await repo.findSecretBallots(tx, voting.id)).map((b) => ({ choice: b.choice, listName: null }))
      : casts.map((c) => ({ choice: c.choice ?? ABSTAIN, listName: c.listName }));
    const outcome = countRound(voting.optionIds, ballots);
    let winner = outcome.leaders[0] ?? '';
    let tieBreak: VotingResult['tieBreak'] = null;
    let lot: VotingResult['lot'] = null;
    if (outcome.tie) {
      if (item.election) {
        const seed = randomBytes(16).toString('hex');
        const order = drawLot(seed, outcome.leaders);
        winner = order[0] ?? winner;
        tieBreak = 'lot';
        lot = { seed, order };
      } else {
        const chairVote = secret
          ? undefined
          : casts.find((c) => c.personId === l.meeting.chairPersonId)?.choice;
        const choice = chairVote && outcome.leaders.includes(chairVote) ? chairVote : input.chairChoice;
        if (!choice || !outcome.leaders.includes(choice)) {
          throw AppError.ruleViolation(
            tieBreakRule(l.ctx.jurisdiction, false),
            { leaders: outcome.leaders },
            {
              key: 'error.casting_vote_needed',
            },
          );
        }
        winner = choice;
        tieBreak = 'chair';
      }
    }
    const result: VotingResult = {
      counts: outcome.counts,
      abstentions: outcome.abstentions,
      winner,
      tie: outcome.tie,
      tieBreak,
      lot,
      parties: secret ? null : partyTallies(ballots),
    };
    await repo.closeVoting(tx, voting.id, { closedAt: l.ctx.now, result });
    await repo.updateProposals(
      tx,
      voting.optionIds.filter((o) => o !== winner),
      { eliminatedAt: l.ctx.now },
    );
    await appendItemEvent(
      tx,
      l.meeting.id,
      item,
      'voting_result',
      { itemId: item.id, votingId: voting.id, result },
      { itemId: item.id, open: false },
    );
    await recordChange(tx, input.actor, {
      municipalityId: input.municipalityId,
      action: 'meeting.vote',
      entityType: 'agenda_item',
      entityId: item.id,
      after: { votingId: voting.id, round: voting.round, method: voting.method, result },
    });
  });
}

// Reservations and notes ------------------------------------------------------------------------

/**
 * Records a reservation against a decision (Sweden; announced before the meeting closes, KL 4 kap.
 * 27 §) or a note for the minutes. The written reasons can be added until the minutes are signed.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT unless the meeting is in progress; RULE_VIOLATION for a
 * reservation by someone who did not take part in the decision, or in Norway
 */
export async function addStatement(
  db: Db,
  input: Input & { itemId: string; kind: StatementKind; text?: string; personId?: string },
) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    const citation: RuleCitation = { rule: 'reservation', source: seRules.reservation.source };
    if (l.meeting.state !== 'in_progress') {
      if (input.kind === 'reservation') {
        throw AppError.ruleViolation(citation, {}, { key: 'error.reservation_after_meeting' });
      }
      requireState(l.meeting, 'in_progress');
    }
    const personId = input.personId ?? l.access.personId;
    if (!personId) throw forbidden();
    if (personId !== l.access.personId) requireRunner(l.access);
    if (!l.participants.some((p) => p.personId === personId))
      throw new AppError('VALIDATION', 'error.not_a_participant');
    const item = await requireItem(tx, l.meeting.id, input.itemId);
    if (input.kind === 'reservation') {
      if (l.ctx.jurisdiction === 'no') throw new AppError('VALIDATION', 'error.reservation_sweden');
      requireItemState(item, 'decided');
      if (!(item.presentPersonIds ?? []).includes(personId)) {
        throw AppError.ruleViolation(citation, {}, { key: 'error.reservation_not_in_decision' });
      }
    }
    const text = input.text?.trim() ?? '';
    await repo.insertStatement(tx, {
      municipalityId: input.municipalityId,
      meetingId: l.meeting.id,
      agendaItemId: item.id,
      personId,
      kind: input.kind,
      text,
      textAddedAt: text ? l.ctx.now : null,
      createdAt: l.ctx.now,
    });
    await appendItemEvent(tx, l.meeting.id, item, 'statement', {
      itemId: item.id,
      kind: input.kind,
      personId,
    });
  });
}

/**
 * Writes or changes a reservation's reasons or a note, until the minutes are signed (KL 4 kap. 27 §).
 * @throws FORBIDDEN unless its author or the secretary; NOT_FOUND; CONFLICT on a stale version;
 * RULE_VIOLATION once the minutes are signed
 */
export async function updateStatement(
  db: Db,
  input: Input & { statementId: string; text: string; version: number },
) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    const statement = await repo.findStatement(tx, l.meeting.id, input.statementId);
    if (!statement) throw notFound();
    if (statement.personId !== l.access.personId && !l.access.manage) throw forbidden();
    const item = await requireItem(tx, l.meeting.id, statement.agendaItemId);
    // The written reasons may come until the minutes are signed (KL 4 kap. 27 §); they are part of
    // the minutes as their last section. An item signed at once is signed with its reasons as they are.
    const minutes = await repo.findMinutes(tx, l.meeting.id);
    if (minutes?.state === 'signed' || item.signedAt) {
      throw AppError.ruleViolation(
        { rule: 'reservation', source: seRules.reservation.source },
        {},
        {
          key: 'error.statement_after_signing',
        },
      );
    }
    if (statement.version !== input.version) throw staleVersion(statement.version);
    const row = await repo.updateStatement(tx, statement.id, statement.version, {
      text: input.text,
      textAddedAt: l.ctx.now,
    });
    if (!row) throw staleVersion(statement.version);
    await appendItemEvent(tx, l.meeting.id, item, 'statement', {
      itemId: item.id,
      statementId: statement.id,
    });
  });
}

// Closing ---------------------------------------------------------------------------------------

/**
 * Closes the meeting: reservations can no longer be announced, and the draft minutes are generated
 * from the record, due for signing within 14 days (KL 5 kap. 69 §).
 * @throws FORBIDDEN unless the secretary or the chair; CONFLICT while an item or a vote is open or
 * on a stale version
 */
export async function closeMeeting(db: Db, input: Input & { version: number }) {
  return act(db, input, async (tx) => {
    const l = await live(tx, input);
    requireRunner(l.access);
    requireState(l.meeting, 'in_progress');
    if (l.meeting.version !== input.version) throw staleVersion(l.meeting.version);
    const items = await repo.findItems(tx, l.meeting.id);
    if (items.some((i) => i.state === 'in_progress'))
      throw new AppError('CONFLICT', 'error.item_in_progress');
    const row = await repo.updateMeeting(tx, input.municipalityId, l.meeting.id, l.meeting.version, {
      state: 'closed',
      closedAt: l.ctx.now,
    });
    if (!row) throw staleVersion(l.meeting.version);
    await generateMinutes(tx, l.ctx, row, input.actor);
    await appendEvent(tx, {
      meetingId: l.meeting.id,
      audience: 'public',
      type: 'meeting',
      data: { state: 'closed' },
    });
    await recordChange(tx, input.actor, {
      municipalityId: input.municipalityId,
      action: 'meeting.close',
      entityType: 'meeting',
      entityId: l.meeting.id,
      after: { closedAt: l.ctx.now.toISOString() },
    });
  });
}
