import type { Db } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import { addDays } from '../../rules/calendar.ts';
import type { MeetingStatisticsDto } from './meetings.contract.ts';
import { loadContext } from './meetings.common.ts';
import * as repo from './meetings.repository.ts';

const minutesOf = (seconds: number) => Math.round(seconds / 60);

/**
 * Where the meeting time goes, per body over a term: meetings held, hours, and the time on items
 * whose matters are strategic ("what") against operational ("how"), from the items' start and end
 * times; and per member, meetings attended of those they were called to. Public: it is drawn from
 * public minutes, and shows no closed item's content.
 * @throws NOT_FOUND for an unknown term
 */
export async function getMeetingStatistics(
  db: Db,
  input: { municipalityId: string; termId?: string; now?: Date },
): Promise<MeetingStatisticsDto> {
  const ctx = await loadContext(db, input.municipalityId, input.now);
  const term = await repo.findTerm(db, input.municipalityId, input.termId, ctx.today);
  if (input.termId && !term) throw notFound();
  const from = new Date(`${term?.startsOn ?? '2000-01-01'}T00:00:00Z`);
  const to = new Date(`${addDays(term?.endsOn ?? '2100-01-01', 1)}T00:00:00Z`);
  const [time, attendance] = await Promise.all([
    repo.findTimeByBody(db, input.municipalityId, from, to),
    repo.findAttendanceByMember(db, input.municipalityId, from, to),
  ]);
  return {
    term: term ? { id: term.id, name: term.name, startsOn: term.startsOn, endsOn: term.endsOn } : null,
    bodies: time.map((t) => {
      const onMatters = t.strategic + t.operational;
      return {
        body: { id: t.body_id, name: t.body_name, kind: t.body_kind as never },
        meetings: t.meetings,
        hours: Math.round((t.seconds / 3600) * 10) / 10,
        strategicMinutes: minutesOf(t.strategic),
        operationalMinutes: minutesOf(t.operational),
        otherMinutes: minutesOf(t.other),
        strategicShare: onMatters > 0 ? Math.round((t.strategic / onMatters) * 1000) / 1000 : null,
      };
    }),
    members: attendance.map((a) => ({
      person: { id: a.person_id, name: a.person_name, party: a.party },
      body: { id: a.body_id, name: a.body_name },
      attended: a.attended,
      of: a.called,
    })),
  };
}
