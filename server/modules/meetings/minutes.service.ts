import { createRequire } from 'node:module';
import { translate, type Locale, type MessageKey, type MessageValues } from '../../../common/i18n/index.ts';
import { ABSTAIN, type MinutesApproval, type SignerRole } from '../../../common/meetings.ts';
import { seatRoles } from '../../../common/organisation.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordChange } from '../audit/audit.service.ts';
import { implementDecision } from '../matters/matters.service.ts';
import { reofferMinutesApprovals } from './agenda.service.ts';
import { appendEvent } from './live.ts';
import type { MinutesDto } from './meetings.contract.ts';
import {
  bodySettings,
  formatMeetingTime,
  itemNumber,
  loadContext,
  meetingDay,
  notifyPeople,
  requireBody,
  requireMeeting,
  resolveAccess,
  publicAccess,
  type Access,
  type BodyRef,
  type MeetingContext,
  type Outbox,
} from './meetings.common.ts';
import { minutesDueOn, publicityCitation, splitParties, tieBreakRule } from './meetings.rules.ts';
import * as repo from './meetings.repository.ts';
import { loadMeetingState, type MeetingState } from './view.service.ts';

const require = createRequire(import.meta.url);

/** Text of the minutes in the municipality's language. */
function say(ctx: MeetingContext, key: string, values?: MessageValues): string {
  return translate(ctx.locale, key as MessageKey, values);
}

/** People by name, in alphabetical order, as the minutes list them. */
function names(state: MeetingState, ids: readonly string[]): string {
  return ids
    .map((id) => state.people.get(id)?.name ?? '')
    .sort((a, b) => a.localeCompare(b, 'sv'))
    .join(', ');
}

/** The opening part of the minutes: place and time, who decided, substitutes, absence, presiding. */
function preamble(ctx: MeetingContext, body: BodyRef, meeting: repo.MeetingRow, state: MeetingState): string {
  const voters = state.participants.filter((p) => seatRoles.includes(p.role) && p.status === 'invited');
  const called = state.participants.filter((p) => p.role === 'substitute' && p.status === 'called_in');
  const absent = state.participants.filter((p) => p.status === 'absent');
  const adjusters = state.participants.filter((p) => p.adjuster).map((p) => p.personId);
  const lines = [
    `${body.name}: ${meeting.name}`,
    say(ctx, 'minutes.time_place', {
      time: formatMeetingTime(ctx, meeting.openedAt ?? meeting.startsAt),
      end: formatMeetingTime(ctx, meeting.closedAt ?? meeting.endsAt),
      place: meeting.location ?? meeting.onlineUrl ?? '',
    }),
    '',
    `${say(ctx, 'minutes.members_present')}: ${names(
      state,
      voters.filter((p) => p.present || wasPresent(state, p.personId)).map((p) => p.personId),
    )}`,
    `${say(ctx, 'minutes.substitutes_serving')}: ${
      called
        .map(
          (p) =>
            `${state.people.get(p.personId)?.name ?? ''} (${say(ctx, 'minutes.for', { name: state.people.get(p.replacesPersonId ?? '')?.name ?? '' })})`,
        )
        .join(', ') || '–'
    }`,
    `${say(ctx, 'minutes.absent')}: ${
      names(
        state,
        absent.map((p) => p.personId),
      ) || '–'
    }`,
    `${say(ctx, 'minutes.chair')}: ${meeting.chairPersonId ? names(state, [meeting.chairPersonId]) : '–'}`,
    `${say(ctx, `minutes.adjusters.${ctx.jurisdiction}`)}: ${names(state, adjusters) || '–'}`,
  ];
  if (meeting.urgent) lines.push(`${say(ctx, 'minutes.urgent')}: ${meeting.urgentReason ?? ''}`);
  return lines.join('\n');
}

function wasPresent(state: MeetingState, personId: string): boolean {
  return state.items.some((i) => (i.presentPersonIds ?? []).includes(personId));
}

/** One item's text: conflicts, proposals, votes with tallies, the decision, reservations and notes. */
function itemSection(ctx: MeetingContext, body: BodyRef, state: MeetingState, item: repo.ItemRow): string {
  const lines: string[] = [];
  const matter = item.matterId ? state.matters.get(item.matterId) : undefined;
  if (matter) lines.push(`${say(ctx, 'minutes.matter')}: ${matter.registryNumber}`);
  if (!item.public) {
    lines.push(
      say(ctx, 'minutes.closed', {
        ground: say(ctx, `meeting.closing_ground.${item.closingGround ?? 'committee_default'}`),
        source: publicityCitation(ctx.jurisdiction, body.kind).source,
      }),
    );
  }
  for (const c of state.conflicts.filter((x) => x.agendaItemId === item.id)) {
    lines.push(
      say(ctx, `minutes.conflict.${c.status}`, {
        name: state.people.get(c.personId)?.name ?? '',
        reason: c.reason,
      }),
    );
  }
  for (const standIn of item.quorum?.standIns ?? []) {
    lines.push(
      say(ctx, 'minutes.stand_in', {
        name: state.people.get(standIn.personId)?.name ?? '',
        replaces: state.people.get(standIn.replacesPersonId)?.name ?? '',
      }),
    );
  }
  // The main proposal (the recommendation) first, then the others in the order they were put.
  const proposals = state.proposals
    .filter((p) => p.agendaItemId === item.id && !p.withdrawnAt)
    .sort((a, b) => Number(b.kind === 'main') - Number(a.kind === 'main'));
  const label = (id: string) => {
    const index = proposals.findIndex((p) => p.id === id);
    return index < 0 ? id : say(ctx, 'minutes.proposal_label', { n: index + 1 });
  };
  if (proposals.length > 0) {
    lines.push('', `${say(ctx, 'minutes.proposals')}:`);
    for (const p of proposals) {
      const who = p.personId
        ? (state.people.get(p.personId)?.name ?? '')
        : say(ctx, 'minutes.recommendation');
      lines.push(`${label(p.id)} (${who}): ${p.text}`);
    }
  }
  for (const v of state.votings.filter((x) => x.agendaItemId === item.id && x.result)) {
    const r = v.result;
    if (!r) continue;
    lines.push('', say(ctx, `minutes.vote.${v.method}`, { round: v.round }));
    lines.push(
      v.optionIds.map((o) => `${label(o)}: ${r.counts[o] ?? 0}`).join('; ') +
        `; ${say(ctx, 'minutes.abstentions')}: ${r.abstentions}`,
    );
    if (r.tieBreak === 'chair') {
      lines.push(
        say(ctx, 'minutes.tie_chair', {
          winner: label(r.winner),
          source: tieBreakRule(ctx.jurisdiction, false).source,
        }),
      );
    }
    if (r.tieBreak === 'lot' && r.lot) {
      lines.push(
        say(ctx, 'minutes.tie_lot', {
          winner: label(r.winner),
          seed: r.lot.seed,
          source: tieBreakRule(ctx.jurisdiction, true).source,
        }),
      );
    }
    if (v.method === 'roll_call') {
      const casts = state.casts.filter((c) => c.votingId === v.id);
      const choice = (c: repo.CastRow) =>
        c.choice === ABSTAIN || !c.choice ? say(ctx, 'minutes.abstained') : label(c.choice);
      if (ctx.jurisdiction === 'no' && r.parties) {
        // kommuneloven § 11-4: each party's votes, and each member's where the party split.
        for (const [party, row] of Object.entries(r.parties)) {
          lines.push(
            `${party || say(ctx, 'minutes.no_party')}: ${[...v.optionIds, ABSTAIN]
              .filter((o) => row[o])
              .map((o) => `${o === ABSTAIN ? say(ctx, 'minutes.abstained') : label(o)} ${row[o]}`)
              .join(', ')}`,
          );
        }
        for (const party of splitParties(r.parties)) {
          for (const c of casts.filter((x) => (x.listName ?? '') === party)) {
            lines.push(`  ${state.people.get(c.personId)?.name ?? ''} (${party}): ${choice(c)}`);
          }
        }
      } else {
        for (const c of casts) lines.push(`  ${state.people.get(c.personId)?.name ?? ''}: ${choice(c)}`);
      }
    }
  }
  if (item.state === 'decided' && item.decisionText) {
    lines.push('', `${say(ctx, 'minutes.decision')}:`, item.decisionText);
    for (const a of item.assignments) {
      lines.push(`– ${say(ctx, 'minutes.assignment', { title: a.title, dueOn: a.dueOn })}`);
    }
  } else if (item.state === 'postponed' || item.state === 'referred_back') {
    lines.push('', `${say(ctx, `minutes.outcome.${item.state}`)}: ${item.decisionText ?? ''}`);
  } else if (item.state === 'noted') {
    lines.push(say(ctx, 'minutes.outcome.noted'));
  }
  for (const s of state.statements.filter((x) => x.agendaItemId === item.id)) {
    lines.push(
      '',
      // The written text comes in the minutes' last section, which follows it until the signing.
      say(ctx, `minutes.statement.${s.kind}`, { name: state.people.get(s.personId)?.name ?? '' }),
    );
  }
  return lines.join('\n').trim();
}

/**
 * Writes the draft minutes from the meeting's record, in the caller's transaction: due within
 * 14 days of the meeting (KL 5 kap. 69 §).
 */
export async function generateMinutes(
  tx: DbOrTx,
  ctx: MeetingContext,
  meeting: repo.MeetingRow,
  actor: Actor,
) {
  const body = await requireBody(tx, meeting.municipalityId, meeting.bodyId);
  const state = await loadMeetingState(tx, meeting);
  const text = preamble(ctx, body, meeting, state);
  const sections = Object.fromEntries(state.items.map((i) => [i.id, itemSection(ctx, body, state, i)]));
  const existing = await repo.findMinutes(tx, meeting.id, true);
  const row = existing
    ? await repo.updateMinutes(tx, meeting.id, existing.version, { text, sections })
    : await repo.insertMinutes(tx, {
        meetingId: meeting.id,
        municipalityId: meeting.municipalityId,
        text,
        sections,
        dueOn: minutesDueOn(meetingDay(ctx, meeting)),
      });
  if (!row) throw new Error('minutes not saved');
  await repo.insertRevision(tx, {
    meetingId: meeting.id,
    version: row.version,
    text: JSON.stringify({ text, sections }),
    editedBy: actor.userId,
    editedByLabel: actor.label,
  });
  return row;
}

/**
 * The written reasons of reservations and the protocol notes, as the minutes' last section: they
 * may be written until the minutes are signed (KL 4 kap. 27 §), after the item texts were. Only
 * those on the items shown.
 */
async function writtenStatements(
  db: DbOrTx,
  ctx: MeetingContext,
  meeting: repo.MeetingRow,
  shown: repo.ItemRow[],
): Promise<{ heading: string; text: string } | null> {
  const ids = new Set(shown.map((i) => i.id));
  const written = (await repo.findStatements(db, meeting.id)).filter(
    (x) => x.text?.trim() && ids.has(x.agendaItemId),
  );
  if (written.length === 0) return null;
  const people = await repo.findPeople(
    db,
    meeting.municipalityId,
    written.map((x) => x.personId),
  );
  const position = new Map(shown.map((i) => [i.id, i.position]));
  return {
    heading: say(ctx, 'minutes.written_statements'),
    text: written
      .sort((a, b) => (position.get(a.agendaItemId) ?? 0) - (position.get(b.agendaItemId) ?? 0))
      .map(
        (x) =>
          `${itemNumber(ctx.jurisdiction, position.get(x.agendaItemId) ?? 0)} ${say(
            ctx,
            `minutes.statement.${x.kind}`,
            { name: people.get(x.personId)?.name ?? '' },
          )}: ${x.text?.trim() ?? ''}`,
      )
      .join('\n\n'),
  };
}

/**
 * How the minutes are approved: fixed on them when they are sent, so a later change of the body's
 * rule changes neither minutes out for approval nor approved ones; a draft follows the rule now.
 */
async function approvalOf(
  db: DbOrTx,
  ctx: MeetingContext,
  meeting: repo.MeetingRow,
  minutes?: repo.MinutesRow,
): Promise<MinutesApproval> {
  const row = minutes ?? (await repo.findMinutes(db, meeting.id));
  if (row && row.state !== 'draft') return row.approval;
  const body = await requireBody(db, meeting.municipalityId, meeting.bodyId);
  return (await bodySettings(db, ctx, body)).minutesApproval;
}

/** Who must sign: the chair who presided, and the adjusters. */
function requiredSigners(meeting: repo.MeetingRow, participants: repo.ParticipantRow[]) {
  const signers: { personId: string; role: SignerRole }[] = [];
  if (meeting.chairPersonId) signers.push({ personId: meeting.chairPersonId, role: 'chair' });
  for (const p of participants) {
    if (p.adjuster && p.personId !== meeting.chairPersonId)
      signers.push({ personId: p.personId, role: 'adjuster' });
  }
  return signers;
}

async function loadMinutes(db: DbOrTx, input: { actor: Actor; municipalityId: string; meetingId: string }) {
  const meeting = await requireMeeting(db, input.municipalityId, input.meetingId);
  const participants = await repo.findParticipants(db, meeting.id);
  const access = await resolveAccess(db, input.actor, meeting, participants);
  const minutes = await repo.findMinutes(db, meeting.id);
  if (!minutes) throw notFound();
  return { meeting, participants, access, minutes };
}

async function toMinutesDto(
  db: DbOrTx,
  ctx: MeetingContext,
  meeting: repo.MeetingRow,
  participants: repo.ParticipantRow[],
  access: Access,
  minutes: repo.MinutesRow,
): Promise<MinutesDto> {
  const signatures = await repo.findSignatures(db, meeting.id);
  const minutesApproval = await approvalOf(db, ctx, meeting, minutes);
  const atNextMeeting = minutesApproval === 'next_meeting';
  const signers = atNextMeeting ? [] : requiredSigners(meeting, participants);
  const approvingItem = atNextMeeting ? await repo.findApprovingMeeting(db, meeting.id) : undefined;
  const people = await repo.findPeople(db, meeting.municipalityId, [
    ...signers.map((s) => s.personId),
    ...signatures.map((s) => s.personId),
  ]);
  const items = await repo.findItems(db, meeting.id);
  const hidden = new Set(access.seesClosed ? [] : items.filter((i) => !i.public).map((i) => i.id));
  const sections = Object.fromEntries(Object.entries(minutes.sections).filter(([id]) => !hidden.has(id)));
  const mine = signers.find((s) => s.personId === access.personId);
  const statements = await writtenStatements(
    db,
    ctx,
    meeting,
    items.filter((i) => i.id in sections),
  );
  return {
    meetingId: meeting.id,
    state: minutes.state,
    approval: minutesApproval,
    approvedAt: approvingItem
      ? {
          meetingId: approvingItem.id,
          name: approvingItem.name,
          startsAt: approvingItem.startsAt.toISOString(),
        }
      : null,
    text: [
      minutes.text,
      ...items
        .filter((i) => i.id in sections)
        .map((i) => `${itemNumber(ctx.jurisdiction, i.position)} ${i.title}\n${sections[i.id] ?? ''}`),
      ...(statements ? [`${statements.heading}\n${statements.text}`] : []),
    ].join('\n\n'),
    preamble: minutes.text,
    sections: items
      .filter((i) => i.id in sections)
      .map((i) => ({
        itemId: i.id,
        number: itemNumber(ctx.jurisdiction, i.position),
        title: i.title,
        text: sections[i.id] ?? '',
      })),
    dueOn: minutes.dueOn,
    // The 14 days are Sweden's justering; approval at the next meeting follows the body's calendar.
    overdue: !atNextMeeting && minutes.state !== 'signed' && ctx.today > minutes.dueOn,
    signedOn: minutes.signedOn,
    signers: signers.map((s) => ({
      person: { id: s.personId, name: people.get(s.personId)?.name ?? '' },
      role: s.role,
      signedAt:
        signatures.find((x) => x.personId === s.personId && !x.agendaItemId)?.signedAt.toISOString() ?? null,
    })),
    itemSignatures: signatures
      .filter((s) => s.agendaItemId)
      .map((s) => ({
        itemId: s.agendaItemId ?? '',
        person: { id: s.personId, name: people.get(s.personId)?.name ?? '' },
        role: s.role,
        signedAt: s.signedAt.toISOString(),
      })),
    revisions: (await repo.findRevisions(db, meeting.id)).map((r) => ({
      version: r.version,
      editedBy: r.editedBy,
      editedAt: r.editedAt.toISOString(),
    })),
    mySignature:
      mine && !signatures.some((x) => x.personId === mine.personId && !x.agendaItemId) ? mine.role : null,
    version: minutes.version,
  };
}

/**
 * The minutes as the caller may read them: closed items' text only for the entitled.
 * @throws FORBIDDEN; NOT_FOUND before the meeting has closed
 */
export async function getMinutes(
  db: Db,
  input: { actor: Actor; municipalityId: string; meetingId: string; now?: Date },
) {
  const ctx = await loadContext(db, input.municipalityId, input.now);
  const m = await loadMinutes(db, input);
  return toMinutesDto(db, ctx, m.meeting, m.participants, m.access, m.minutes);
}

/**
 * The secretary edits the minutes' text; every edit is kept as a revision and in the audit trail.
 * Two secretaries editing at once: the second is refused with the current version, never overwrites.
 * @throws FORBIDDEN unless secretary; NOT_FOUND; CONFLICT once sent for signing or on a stale version
 */
export async function updateMinutes(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    preamble?: string;
    sections?: Record<string, string>;
    regenerate?: boolean;
    version: number;
    now?: Date;
  },
) {
  return db.transaction(async (tx) => {
    const ctx = await loadContext(tx, input.municipalityId, input.now);
    const m = await loadMinutes(tx, input);
    if (!m.access.manage) throw forbidden();
    const minutes = await repo.findMinutes(tx, m.meeting.id, true);
    if (!minutes) throw notFound();
    if (minutes.version !== input.version) throw staleVersion(minutes.version);
    if (minutes.state !== 'draft') throw new AppError('CONFLICT', 'error.minutes_not_draft');
    if (input.regenerate) {
      await generateMinutes(tx, ctx, m.meeting, input.actor);
    } else {
      const items = new Set((await repo.findItems(tx, m.meeting.id)).map((i) => i.id));
      if (Object.keys(input.sections ?? {}).some((id) => !items.has(id))) {
        throw new AppError('VALIDATION', 'error.minutes_sections');
      }
      const text = input.preamble ?? minutes.text;
      const sections = { ...minutes.sections, ...input.sections };
      const row = await repo.updateMinutes(tx, m.meeting.id, minutes.version, { text, sections });
      if (!row) throw staleVersion(minutes.version);
      await repo.insertRevision(tx, {
        meetingId: m.meeting.id,
        version: row.version,
        text: JSON.stringify({ text, sections }),
        editedBy: input.actor.userId,
        editedByLabel: input.actor.label,
      });
      await recordChange(tx, input.actor, {
        municipalityId: input.municipalityId,
        action: 'minutes.edit',
        entityType: 'meeting',
        entityId: m.meeting.id,
        before: { version: minutes.version, text: minutes.text, sections: minutes.sections },
        after: { version: row.version, text, sections },
      });
    }
    const fresh = await repo.findMinutes(tx, m.meeting.id);
    if (!fresh) throw notFound();
    return toMinutesDto(tx, ctx, m.meeting, m.participants, m.access, fresh);
  });
}

/**
 * The secretary sends the minutes for signing: the text is then fixed.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT unless a draft or on a stale version; VALIDATION when the
 * body's rules want more signers than are named
 */
export async function sendForSigning(
  db: Db,
  input: { actor: Actor; municipalityId: string; meetingId: string; version: number; now?: Date },
) {
  return db.transaction(async (tx) => {
    const ctx = await loadContext(tx, input.municipalityId, input.now);
    const m = await loadMinutes(tx, input);
    if (!m.access.manage) throw forbidden();
    if (m.minutes.version !== input.version) throw staleVersion(m.minutes.version);
    if (m.minutes.state !== 'draft') throw new AppError('CONFLICT', 'error.minutes_not_draft');
    const body = await requireBody(tx, input.municipalityId, m.meeting.bodyId);
    const settings = await bodySettings(tx, ctx, body);
    const atNextMeeting = settings.minutesApproval === 'next_meeting';
    const adjusters = m.participants.filter((p) => p.adjuster).length;
    if (!atNextMeeting && (!m.meeting.chairPersonId || adjusters < settings.signersCount)) {
      throw new AppError('VALIDATION', 'error.signers_missing', { count: settings.signersCount });
    }
    const row = await repo.updateMinutes(tx, m.meeting.id, m.minutes.version, {
      state: 'signing',
      approval: settings.minutesApproval,
    });
    if (!row) throw staleVersion(m.minutes.version);
    // On the agenda of the body's next meeting if it is planned; else when it is.
    if (atNextMeeting) await reofferMinutesApprovals(tx, ctx, body.id);
    await appendEvent(tx, {
      meetingId: m.meeting.id,
      audience: 'public',
      type: 'meeting',
      data: { minutes: 'signing' },
    });
    return toMinutesDto(tx, ctx, m.meeting, m.participants, m.access, row);
  });
}

/**
 * The chair or an adjuster signs (justerar) by authenticated approval: the whole minutes once sent
 * for signing, or a single decided item at once (omedelbar justering). When everyone has signed,
 * the minutes (or item) are signed and the extracts go out: the assignments the decisions give are
 * created and those who must act are told.
 * @throws FORBIDDEN unless a required signer; NOT_FOUND; CONFLICT when not ready or already signed
 */
export async function signMinutes(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    itemId?: string;
    outbox: Outbox;
    now?: Date;
  },
) {
  return db.transaction(async (tx) => {
    const ctx = await loadContext(tx, input.municipalityId, input.now);
    const meeting = await requireMeeting(tx, input.municipalityId, input.meetingId, true);
    const participants = await repo.findParticipants(tx, meeting.id);
    const access = await resolveAccess(tx, input.actor, meeting, participants);
    if ((await approvalOf(tx, ctx, meeting)) === 'next_meeting') {
      throw new AppError('CONFLICT', 'error.minutes_approved_at_meeting');
    }
    const signers = requiredSigners(meeting, participants);
    const me = signers.find((s) => s.personId === access.personId);
    if (!me) throw forbidden();
    const items = await repo.findItems(tx, meeting.id);
    if (input.itemId) {
      const item = items.find((i) => i.id === input.itemId);
      if (!item) throw notFound();
      if (item.state !== 'decided' || item.signedAt)
        throw new AppError('CONFLICT', 'error.item_not_signable');
    } else {
      const minutes = await repo.findMinutes(tx, meeting.id, true);
      if (!minutes) throw notFound();
      if (minutes.state !== 'signing') throw new AppError('CONFLICT', 'error.minutes_not_signing');
    }
    const saved = await repo.insertSignature(tx, {
      meetingId: meeting.id,
      agendaItemId: input.itemId ?? null,
      personId: me.personId,
      role: me.role,
      userId: input.actor.userId,
      signedAt: ctx.now,
    });
    if (!saved) throw new AppError('CONFLICT', 'error.already_signed');
    await recordChange(tx, input.actor, {
      municipalityId: input.municipalityId,
      action: input.itemId ? 'minutes.sign-item' : 'minutes.sign',
      entityType: 'meeting',
      entityId: meeting.id,
      after: { personId: me.personId, role: me.role, itemId: input.itemId ?? null },
    });
    const signatures = await repo.findSignatures(tx, meeting.id);
    const done = (itemId: string | null) =>
      signers.every((s) => signatures.some((x) => x.personId === s.personId && x.agendaItemId === itemId));
    if (input.itemId && done(input.itemId)) {
      const item = items.find((i) => i.id === input.itemId);
      if (item) {
        await repo.updateItem(tx, meeting.id, item.id, item.version, { signedAt: ctx.now });
        await issueExtract(tx, ctx, input.actor, meeting, item, input.outbox);
      }
    }
    if (!input.itemId && done(null)) {
      const minutes = await repo.findMinutes(tx, meeting.id);
      if (minutes)
        await repo.updateMinutes(tx, meeting.id, minutes.version, { state: 'signed', signedOn: ctx.today });
      for (const item of items) {
        if (item.state === 'decided') await issueExtract(tx, ctx, input.actor, meeting, item, input.outbox);
      }
    }
    await appendEvent(tx, {
      meetingId: meeting.id,
      audience: 'public',
      type: 'meeting',
      data: { minutes: 'signature' },
    });
    const minutes = await repo.findMinutes(tx, meeting.id);
    if (!minutes) return null;
    return toMinutesDto(tx, ctx, meeting, participants, access, minutes);
  });
}

/**
 * The body approves an earlier meeting's minutes at a meeting (Norway, by the body's rules): the
 * minutes are then approved as if signed, on the day of the approving meeting, and the extracts go out.
 * @throws CONFLICT unless the minutes await approval
 */
export async function approveMinutesAtMeeting(
  tx: DbOrTx,
  ctx: MeetingContext,
  input: { actor: Actor; meetingId: string; approved: boolean; approvedOn: string; outbox: Outbox },
): Promise<void> {
  const meeting = await requireMeeting(tx, ctx.municipalityId, input.meetingId, true);
  const minutes = await repo.findMinutes(tx, meeting.id, true);
  if (!minutes || minutes.state !== 'signing') throw new AppError('CONFLICT', 'error.minutes_not_signing');
  if (!input.approved) {
    // Not approved as they stand: back to the secretary to correct, then to the next meeting.
    await repo.updateMinutes(tx, meeting.id, minutes.version, { state: 'draft' });
    await recordChange(tx, input.actor, {
      municipalityId: ctx.municipalityId,
      action: 'minutes.not-approved',
      entityType: 'meeting',
      entityId: meeting.id,
      after: { on: input.approvedOn },
    });
    return;
  }
  await repo.updateMinutes(tx, meeting.id, minutes.version, { state: 'signed', signedOn: input.approvedOn });
  for (const item of await repo.findItems(tx, meeting.id)) {
    if (item.state === 'decided') await issueExtract(tx, ctx, input.actor, meeting, item, input.outbox);
  }
  await recordChange(tx, input.actor, {
    municipalityId: ctx.municipalityId,
    action: 'minutes.approve',
    entityType: 'meeting',
    entityId: meeting.id,
    after: { approvedOn: input.approvedOn },
  });
  await appendEvent(tx, {
    meetingId: meeting.id,
    audience: 'public',
    type: 'meeting',
    data: { minutes: 'signed' },
  });
}

/**
 * Sends the extract of a signed decision (protokollsutdrag): the assignments it gives are created
 * (the matter moves into implementation) and the assignees and the responsible official are told.
 */
async function issueExtract(
  tx: DbOrTx,
  ctx: MeetingContext,
  actor: Actor,
  meeting: repo.MeetingRow,
  item: repo.ItemRow,
  outbox: Outbox,
) {
  const current = await repo.findItem(tx, meeting.id, item.id);
  if (!current || current.extractSentAt) return;
  if (current.matterId && current.matterDecisionId) {
    await implementDecision(tx, {
      actor,
      municipalityId: meeting.municipalityId,
      matterId: current.matterId,
      decisionId: current.matterDecisionId,
      bodyId: meeting.bodyId,
      assignments: current.assignments,
      now: ctx.now,
    });
  }
  const matter = current.matterId
    ? (await repo.findMatters(tx, meeting.municipalityId, [current.matterId])).get(current.matterId)
    : undefined;
  const recipients = [
    ...current.assignments.flatMap((a) => (a.assigneePersonId ? [a.assigneePersonId] : [])),
    ...(matter?.responsiblePersonId ? [matter.responsiblePersonId] : []),
  ];
  await notifyPeople(tx, ctx, outbox, {
    personIds: [...new Set(recipients)],
    kind: 'minutes_extract',
    dedupeKey: `extract:${current.id}`,
    meeting,
    matterId: current.matterId,
    values: { item: current.title, number: matter?.registryNumber ?? '' },
  });
  await repo.updateItem(tx, meeting.id, current.id, current.version, { extractSentAt: ctx.now });
}

// Rendering -------------------------------------------------------------------------------------

type Document = {
  locale: Locale;
  title: string;
  preamble: string;
  sections: { heading: string; text: string }[];
  signatures: string[];
};

const escape = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Accessible HTML: a language, headings per item, paragraphs, a list of signatures. */
export function renderHtml(doc: Document): string {
  const paragraphs = (text: string) =>
    text
      .split(/\n{2,}/)
      .map((p) => `<p>${escape(p).replaceAll('\n', '<br>')}</p>`)
      .join('\n');
  return `<!doctype html>
<html lang="${doc.locale === 'en' ? 'en' : doc.locale === 'sv' ? 'sv' : doc.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(doc.title)}</title>
<style>body{font-family:Inter,system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}</style></head>
<body><main>
<h1>${escape(doc.title)}</h1>
${paragraphs(doc.preamble)}
${doc.sections.map((s) => `<section><h2>${escape(s.heading)}</h2>\n${paragraphs(s.text)}</section>`).join('\n')}
<section><h2>${escape(doc.signatures[0] ?? '')}</h2><ul>${doc.signatures
    .slice(1)
    .map((s) => `<li>${escape(s)}</li>`)
    .join('')}</ul></section>
</main></body></html>`;
}

/** PDF/A-2b with the font embedded, so the archive can read it in decades. */
export async function renderPdf(doc: Document): Promise<Buffer> {
  // pdfkit (with its font engine) takes a second to load: loaded with the first PDF, not at startup.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    lang: doc.locale,
    displayTitle: true,
    info: { Title: doc.title, Creator: 'Samspel', Producer: 'Samspel' },
    margin: 56,
  });
  pdf.registerFont('Body', require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff'));
  pdf.registerFont('Bold', require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff'));
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.font('Bold').fontSize(16).text(doc.title);
  pdf.moveDown();
  pdf.font('Body').fontSize(10.5).text(doc.preamble);
  for (const s of doc.sections) {
    pdf.moveDown();
    pdf.font('Bold').fontSize(12).text(s.heading);
    pdf.font('Body').fontSize(10.5).text(s.text);
  }
  pdf.moveDown();
  pdf
    .font('Bold')
    .fontSize(12)
    .text(doc.signatures[0] ?? '');
  for (const s of doc.signatures.slice(1)) pdf.font('Body').fontSize(10.5).text(s);
  pdf.end();
  return done;
}

async function buildDocument(
  db: DbOrTx,
  ctx: MeetingContext,
  meeting: repo.MeetingRow,
  access: Access,
  onlyItemId?: string,
): Promise<Document> {
  const body = await requireBody(db, meeting.municipalityId, meeting.bodyId);
  const minutes = await repo.findMinutes(db, meeting.id);
  if (!minutes) throw notFound();
  const items = await repo.findItems(db, meeting.id);
  const participants = await repo.findParticipants(db, meeting.id);
  const signatures = await repo.findSignatures(db, meeting.id);
  const matters = await repo.findMatters(
    db,
    meeting.municipalityId,
    items.flatMap((i) => (i.matterId ? [i.matterId] : [])),
  );
  const people = await repo.findPeople(
    db,
    meeting.municipalityId,
    signatures.map((s) => s.personId),
  );
  const shown = items.filter((i) => !onlyItemId || i.id === onlyItemId);
  const sections = shown.map((i) => {
    const matter = i.matterId ? matters.get(i.matterId) : undefined;
    const hidden = (!i.public || matter?.confidential) && !access.seesClosed;
    const heading = `${itemNumber(ctx.jurisdiction, i.position)} ${
      hidden ? (matter?.publicTitle ?? say(ctx, 'minutes.closed_item')) : i.title
    }`;
    const text =
      i.public || access.seesClosed
        ? (minutes.sections[i.id] ?? '')
        : say(ctx, 'minutes.closed', {
            ground: say(ctx, `meeting.closing_ground.${i.closingGround ?? 'committee_default'}`),
            source: publicityCitation(ctx.jurisdiction, body.kind).source,
          });
    return { heading, text };
  });
  const statements = await writtenStatements(
    db,
    ctx,
    meeting,
    shown.filter((i) => (i.public && !matters.get(i.matterId ?? '')?.confidential) || access.seesClosed),
  );
  if (statements) sections.push(statements);
  const relevant = signatures.filter((s) =>
    onlyItemId ? s.agendaItemId === onlyItemId || !s.agendaItemId : !s.agendaItemId,
  );
  const minutesApproval = await approvalOf(db, ctx, meeting, minutes);
  const signers = minutesApproval === 'next_meeting' ? [] : requiredSigners(meeting, participants);
  // Approved by the body at a later meeting: that is the approval the minutes show.
  const approval =
    minutesApproval === 'next_meeting'
      ? [
          minutes.state === 'signed' && minutes.signedOn
            ? say(ctx, 'minutes.approved_at_meeting', { date: minutes.signedOn })
            : say(ctx, 'minutes.approval_at_next_meeting'),
        ]
      : [];
  return {
    locale: ctx.locale,
    title: onlyItemId
      ? say(ctx, 'minutes.extract_title', { body: body.name, date: meetingDay(ctx, meeting) })
      : say(ctx, 'minutes.title', { body: body.name, date: meetingDay(ctx, meeting) }),
    preamble: onlyItemId ? `${body.name}: ${meeting.name}` : minutes.text,
    sections,
    signatures: [
      say(ctx, `minutes.signatures.${ctx.jurisdiction}`),
      ...approval,
      ...signers.map((s) => {
        const signed = relevant.find((x) => x.personId === s.personId);
        const name = people.get(s.personId)?.name ?? '';
        return signed
          ? say(ctx, 'minutes.signed_by', {
              name,
              role: say(ctx, `minutes.role.${s.role}`),
              at: formatMeetingTime(ctx, signed.signedAt),
            })
          : say(ctx, 'minutes.unsigned', { name, role: say(ctx, `minutes.role.${s.role}`) });
      }),
    ],
  };
}

/**
 * The minutes (or one item's extract) as HTML or PDF/A, as the caller may read them. The public
 * gets them once signed, with closed items by their public face only.
 * @throws FORBIDDEN; NOT_FOUND when there are none (for the public: none signed)
 */
export async function renderMinutes(
  db: Db,
  input: {
    actor: Actor | null;
    municipalityId: string;
    meetingId: string;
    itemId?: string;
    format: 'html' | 'pdf';
    now?: Date;
  },
): Promise<{ body: string | Buffer; fileName: string }> {
  const ctx = await loadContext(db, input.municipalityId, input.now);
  const meeting = await requireMeeting(db, input.municipalityId, input.meetingId);
  let access = publicAccess;
  if (input.actor) {
    access = await resolveAccess(db, input.actor, meeting, await repo.findParticipants(db, meeting.id));
  } else {
    const minutes = await repo.findMinutes(db, meeting.id);
    const item = input.itemId ? await repo.findItem(db, meeting.id, input.itemId) : undefined;
    const signed = minutes?.state === 'signed' || (item?.signedAt ?? null) !== null;
    if (!signed || meeting.kind === 'check_in') throw notFound();
  }
  if (input.itemId) {
    const item = await repo.findItem(db, meeting.id, input.itemId);
    if (!item) throw notFound();
  }
  const doc = await buildDocument(db, ctx, meeting, access, input.itemId);
  const base = `${input.itemId ? 'extract' : 'minutes'}-${meetingDay(ctx, meeting)}`;
  if (input.format === 'html') return { body: renderHtml(doc), fileName: `${base}.html` };
  return { body: await renderPdf(doc), fileName: `${base}.pdf` };
}
