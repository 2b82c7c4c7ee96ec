import { translate } from '../../../common/i18n/index.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import { noRules } from '../../rules/no.ts';
import { seRules } from '../../rules/se.ts';
import { recordChange } from '../audit/audit.service.ts';
import type { NoticeDto } from './meetings.contract.ts';
import {
  loadContext,
  meetingDay,
  requireBody,
  requireMeeting,
  type MeetingContext,
} from './meetings.common.ts';
import { appealDeadline, isPostingLate } from './meetings.rules.ts';
import * as repo from './meetings.repository.ts';

function toNoticeDto(row: repo.NoticeListRow, today: string): NoticeDto {
  return {
    id: row.id,
    kind: row.kind,
    meetingId: row.meetingId,
    body: { id: row.bodyId, name: row.bodyName },
    title: row.title,
    meetingStartsAt: row.startsAt.toISOString(),
    postedOn: row.postedOn,
    deadlineOn: row.deadlineOn,
    deadlineSource: row.deadlineSource,
    late: row.late,
    keptAt: row.keptAt,
    archived: row.deadlineOn < today,
    signedOn: row.kind === 'minutes' ? row.signedOn : null,
  };
}

function postingCitation(ctx: MeetingContext) {
  return ctx.jurisdiction === 'se'
    ? { rule: 'minutesPosting', source: seRules.minutesPosting.source }
    : { rule: 'minutesVotes', source: noRules.minutesVotes.source };
}

/**
 * Posts the notice of signed minutes on the public notice board, with where they are kept and the
 * appeal deadline: Sweden three weeks from the posting day (KL 13 kap. 5 §), Norway three weeks
 * from the decision (kommuneloven § 27-1), moved to the next working day over weekends and holidays
 * (Lag 1930:173; domstolloven § 149). Sweden: posted later than the second day after signing is
 * flagged late (KL 8 kap. 12 §).
 * @throws FORBIDDEN unless secretary; NOT_FOUND; CONFLICT when already posted; VALIDATION for a
 * posting day before the signing or in the future; RULE_VIOLATION before the minutes are signed
 */
export async function postMinutes(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    meetingId: string;
    postedOn?: string;
    keptAt?: string | null;
    now?: Date;
  },
): Promise<NoticeDto> {
  const { actor, municipalityId } = input;
  if (!can(actor, 'meetings.manage', { municipalityId })) throw forbidden();
  return db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const meeting = await requireMeeting(tx, municipalityId, input.meetingId, true);
    const minutes = await repo.findMinutes(tx, meeting.id);
    if (!minutes || minutes.state !== 'signed' || !minutes.signedOn) {
      throw AppError.ruleViolation(postingCitation(ctx), {}, { key: 'error.minutes_not_signed' });
    }
    const postedOn = input.postedOn ?? ctx.today;
    if (postedOn > ctx.today || postedOn < minutes.signedOn) {
      throw new AppError('VALIDATION', 'error.posting_day', { signedOn: minutes.signedOn, today: ctx.today });
    }
    const body = await requireBody(tx, municipalityId, meeting.bodyId);
    const day = meetingDay(ctx, meeting);
    const deadline = appealDeadline(ctx.jurisdiction, { postedOn, decidedOn: day });
    const row = await repo.insertNotice(tx, {
      municipalityId,
      kind: 'minutes',
      meetingId: meeting.id,
      title: translate(ctx.locale, 'minutes.title', { body: body.name, date: day }),
      postedOn,
      postedAt: ctx.now,
      deadlineOn: deadline.deadlineOn,
      deadlineSource: deadline.citation.source,
      late: isPostingLate(ctx.jurisdiction, minutes.signedOn, postedOn),
      keptAt: input.keptAt ?? translate(ctx.locale, 'notice.kept_at_default'),
      postedBy: actor.label,
    });
    if (!row) throw new AppError('CONFLICT', 'error.already_posted');
    await recordChange(tx, actor, {
      municipalityId,
      action: 'notice.post',
      entityType: 'meeting',
      entityId: meeting.id,
      after: { postedOn, deadlineOn: deadline.deadlineOn, late: row.late },
    });
    const [listed] = await repo.listNotices(tx, municipalityId, { id: row.id });
    if (!listed) throw notFound();
    return toNoticeDto(listed, ctx.today);
  });
}

/** The public notice board: what is up now, or the archive of notices whose time has passed. */
export async function listNotices(db: Db, input: { municipalityId: string; archive?: boolean; now?: Date }) {
  const ctx = await loadContext(db, input.municipalityId, input.now);
  const rows = await repo.listNotices(
    db,
    input.municipalityId,
    input.archive ? { archivedBefore: ctx.today } : { current: ctx.today },
  );
  return { items: rows.map((r) => toNoticeDto(r, ctx.today)), today: ctx.today };
}

/**
 * Takes a notice down. A notice stays until its deadline has passed (KL 8 kap. 12 §: until the
 * appeal period ends); after that it leaves the archive too.
 * @throws FORBIDDEN unless secretary; NOT_FOUND; RULE_VIOLATION before the deadline has passed
 */
export async function removeNotice(
  db: Db,
  input: { actor: Actor; municipalityId: string; noticeId: string; now?: Date },
): Promise<void> {
  if (!can(input.actor, 'meetings.manage', { municipalityId: input.municipalityId })) throw forbidden();
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, input.municipalityId, input.now);
    const [row] = await repo.listNotices(tx, input.municipalityId, { id: input.noticeId });
    if (!row) throw notFound();
    if (row.deadlineOn >= ctx.today) {
      throw AppError.ruleViolation(
        { rule: 'noticeBoard', source: row.deadlineSource ?? seRules.minutesPosting.source },
        { deadlineOn: row.deadlineOn },
        { key: 'error.notice_too_early', values: { deadlineOn: row.deadlineOn } },
      );
    }
    await repo.deleteNotice(tx, input.municipalityId, row.id);
    await recordChange(tx, input.actor, {
      municipalityId: input.municipalityId,
      action: 'notice.remove',
      entityType: 'notice',
      entityId: row.id,
      before: { title: row.title, deadlineOn: row.deadlineOn },
    });
  });
}

const xml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The notice board as an Atom feed (RFC 4287) or RSS 2.0: every notice up now, newest first, with
 * its posting day and deadline.
 */
export async function noticeFeed(
  db: Db,
  input: {
    municipalityId: string;
    municipalityName: string;
    baseUrl: string;
    format: 'atom' | 'rss';
    now?: Date;
  },
): Promise<string> {
  const ctx = await loadContext(db, input.municipalityId, input.now);
  const { items } = await listNotices(db, { municipalityId: input.municipalityId, now: input.now });
  const title = `${translate(ctx.locale, 'notice.board_title')}: ${input.municipalityName}`;
  const link = `${input.baseUrl}/notice-board`;
  const summary = (n: NoticeDto) =>
    translate(ctx.locale, n.kind === 'minutes' ? 'notice.summary_minutes' : 'notice.summary_meeting', {
      body: n.body.name,
      postedOn: n.postedOn,
      deadlineOn: n.deadlineOn,
      source: n.deadlineSource ?? '',
    });
  const updated = items[0] ? new Date(`${items[0].postedOn}T00:00:00Z`).toISOString() : ctx.now.toISOString();
  if (input.format === 'atom') {
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${ctx.locale}">
  <title>${xml(title)}</title>
  <id>${xml(link)}</id>
  <link rel="alternate" href="${xml(link)}"/>
  <link rel="self" href="${xml(`${link}.atom`)}"/>
  <updated>${updated}</updated>
${items
  .map(
    (n) => `  <entry>
    <title>${xml(n.title)}</title>
    <id>urn:uuid:${n.id}</id>
    <link rel="alternate" href="${xml(`${input.baseUrl}/public/meetings/${n.meetingId}`)}"/>
    <published>${new Date(`${n.postedOn}T00:00:00Z`).toISOString()}</published>
    <updated>${new Date(`${n.postedOn}T00:00:00Z`).toISOString()}</updated>
    <author><name>${xml(n.body.name)}</name></author>
    <summary>${xml(summary(n))}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>${xml(title)}</title>
    <link>${xml(link)}</link>
    <description>${xml(title)}</description>
    <language>${ctx.locale}</language>
${items
  .map(
    (n) => `    <item>
      <title>${xml(n.title)}</title>
      <link>${xml(`${input.baseUrl}/public/meetings/${n.meetingId}`)}</link>
      <guid isPermaLink="false">${n.id}</guid>
      <pubDate>${new Date(`${n.postedOn}T00:00:00Z`).toUTCString()}</pubDate>
      <description>${xml(summary(n))}</description>
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>
`;
}
