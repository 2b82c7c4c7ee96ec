import type { Locale } from '../../../common/i18n/index.ts';
import { seatRoles } from '../../../common/organisation.ts';
import type { Jurisdiction } from '../../../common/roles.ts';
import { timeZoneOf, zonedTime } from '../../../common/time.ts';
import type { Db } from '../../db/client.ts';
import { addDays, addMonths, isWorkingDay, todayIn } from '../../rules/calendar.ts';
import { listTerms } from '../organisation/bodies.service.ts';
import type { AssignmentInput } from '../matters/matters.contract.ts';
import {
  confirmInvestigated,
  registerMatter,
  saveRecommendation,
  transitionMatter,
  updatePreparation,
} from '../matters/matters.service.ts';
import { addItem, publishNotice } from '../meetings/agenda.service.ts';
import {
  addProposal,
  addStatement,
  castVote,
  closeMeeting,
  closeVoting,
  decideItem,
  openMeeting,
  openVoting,
  setAdjusters,
  setAttendance,
  startItem,
} from '../meetings/live.service.ts';
import type { Outbox } from '../meetings/meetings.common.ts';
import type { MeetingDto } from '../meetings/meetings.contract.ts';
import { getMinutes, sendForSigning, signMinutes } from '../meetings/minutes.service.ts';
import { postMinutes } from '../meetings/notice-board.service.ts';
import { createMeeting } from '../meetings/plan.service.ts';
import { declareConflict, reportAbsence, ruleOnConflict } from '../meetings/portal.service.ts';
import type { DemoPerson } from './demo.data.ts';
import type { DemoRegistry } from './matters.data.ts';
import type {
  DemoAgendaMatter,
  DemoComingMeeting,
  DemoDay,
  DemoHandledItem,
  DemoHeldMeeting,
  DemoMeetings,
  DemoOtherMeeting,
} from './meetings.data.ts';
import type { SeededOrganisation } from './organisation.seed.ts';
import { demoActors, required } from './demo.actors.ts';

type Step = { at: Date; label: string; run: () => Promise<void> };

/** A coming meeting's matters follow its standard items (opening, roll call, adjusters, agenda). */
const MATTERS_AT = 4;

/** No e-mail from the demo; links in notifications are the app's own paths. */
const outbox: Outbox = { mailer: null, publicUrl: '' };

/**
 * Loads a demo municipality's meetings through the same services as the app, each step at its own
 * time and in time order: the coming year's meeting plan for the council, the executive board and
 * a committee; committee and council meetings held in the last weeks, from their matters'
 * preparation and notice through absence, conflicts, votes and reservations to signed minutes on
 * the notice board; the committee's next meeting with its notice out and the one after it planned;
 * a dialogue meeting, a citizen dialogue and a check-in. Runs after the registry, whose accounts
 * it uses. Meetings held were run without the routine standard items, which only the minutes'
 * preamble needs, to keep the demo quick to load.
 */
export async function seedMeetings(
  db: Db,
  input: {
    municipalityId: string;
    jurisdiction: Jurisdiction;
    locale: Locale;
    data: DemoMeetings;
    registry: DemoRegistry;
    organisation: SeededOrganisation;
    accounts: DemoPerson[];
    /** The moment the demo is loaded; every date is counted from it. */
    now?: Date;
  },
): Promise<void> {
  const { municipalityId, jurisdiction, data, registry, organisation } = input;
  const loadedAt = input.now ?? new Date();
  const today = todayIn(jurisdiction, loadedAt);
  const yesterday = addDays(today, -1);
  const zone = timeZoneOf(jurisdiction);
  const at = (date: string, time: string, plusMinutes = 0) =>
    new Date(zonedTime(zone, date, time).getTime() + plusMinutes * 60_000);
  const plus = (instant: Date, minutes: number) => new Date(instant.getTime() + minutes * 60_000);
  // The holiday calendar is slow to ask, and the same days come up again and again.
  const working = new Map<string, boolean>();
  const isWorking = (day: string) => {
    let known = working.get(day);
    if (known === undefined) working.set(day, (known = isWorkingDay(jurisdiction, day)));
    return known;
  };
  const workingOnOrAfter = (date: string) => {
    let day = date;
    while (!isWorking(day)) day = addDays(day, 1);
    return day;
  };
  const workingOnOrBefore = (date: string) => {
    let day = date;
    while (!isWorking(day)) day = addDays(day, -1);
    return day;
  };
  /** A working day of the past for work after a meeting: never today, which may not be that far yet. */
  const past = (date: string) => workingOnOrBefore(date < today ? date : yesterday);
  const dayOf = (spec: DemoDay) => {
    let day = addDays(today, spec.days);
    while (weekdayOf(day) !== spec.weekday) day = addDays(day, 1);
    return workingOnOrAfter(day);
  };
  // The demo's elected members sit in the term in force today: a meeting is held or noticed only
  // within it, so the demo still loads (with fewer meetings) once the term has run out.
  const terms = await listTerms(db, municipalityId);
  const term = terms.find((t) => t.startsOn <= today && today <= t.endsOn);
  const inTerm = (day: string) => term !== undefined && term.startsOn <= day && day <= term.endsOn;
  const bodyId = (name: string) => required(organisation.bodyIds.get(name), `body ${name}`);
  const personId = (name: string) => required(organisation.personIds.get(name), `person ${name}`);

  const actorFor = demoActors(db, input);
  /** An elected member, acting through their own account. */
  const member = async (name: string) =>
    actorFor(
      required(
        input.accounts.find((a) => a.name === name && a.roles.includes('politician')),
        `demo account of ${name}`,
      ).email,
    );
  const official = async (name: string) =>
    actorFor(registry.accounts.officials[name] ?? registry.accounts.defaultOfficial);
  const secretary = await actorFor(registry.accounts.secretary);
  const director = await actorFor(registry.accounts.director);

  const steps: Step[] = [];
  const step = (when: Date, label: string, run: () => Promise<void>) => {
    if (when > loadedAt) throw new Error(`demo meetings: ${label} at ${when.toISOString()}, after now`);
    steps.push({ at: when, label, run });
  };

  /** {year} and {next} in a text, for the year of the meeting. */
  const fill = (text: string, day: string) => {
    const year = Number(day.slice(0, 4));
    return text.replaceAll('{year}', String(year)).replaceAll('{next}', String(year + 1));
  };

  // Matters ----------------------------------------------------------------------------------

  type MatterRef = { id: string; version: number };
  /**
   * Registers a matter of the body and prepares it until it is ready for decision on `readyOn`: in
   * Sweden a council matter is prepared by the executive board (KL 5 kap. 26 §); in Norway the
   * director confirms it is properly investigated (kommuneloven § 13-1).
   */
  const prepareMatter = (spec: DemoAgendaMatter, body: string, meetingDay: string, readyOn: string) => {
    let ref: MatterRef | undefined;
    const current = () => required(ref, spec.title);
    const track = (matter: MatterRef) => {
      ref = { id: matter.id, version: matter.version };
    };
    // Registered well before it is ready, even when the meeting is weeks after that.
    const asked = addDays(meetingDay, -spec.receivedDaysBefore);
    const latest = addDays(readyOn, -14);
    const received = workingOnOrBefore(asked < latest ? asked : latest);
    const started = workingOnOrAfter(addDays(received, 1));
    const label = fill(spec.title, meetingDay);
    step(at(received, '09:15'), `register ${label}`, async () => {
      track(
        await registerMatter(db, {
          actor: await official(spec.official),
          municipalityId,
          now: at(received, '09:15'),
          matter: {
            title: label,
            description: fill(spec.description, meetingDay),
            type: 'administration',
            nature: spec.nature,
            responsibleBodyId: bodyId(body),
            responsiblePersonId: personId(spec.official),
            receivedOn: received,
          },
        }),
      );
    });
    step(at(started, '10:00'), `prepare ${label}`, async () => {
      const actor = await official(spec.official);
      track(
        await transitionMatter(db, {
          actor,
          municipalityId,
          matterId: current().id,
          now: at(started, '10:00'),
          change: { to: 'in_preparation', version: current().version },
        }),
      );
      if (jurisdiction !== 'se' || body !== data.council) return;
      track(
        await updatePreparation(db, {
          actor,
          municipalityId,
          matterId: current().id,
          now: at(started, '10:00'),
          preparation: {
            preparingBodyId: bodyId(data.board),
            preparingPersonId: personId(spec.official),
            version: current().version,
          },
        }),
      );
    });
    step(at(readyOn, '09:00'), `recommend ${label}`, async () => {
      const actor = await official(spec.official);
      await saveRecommendation(db, {
        actor,
        municipalityId,
        matterId: current().id,
        version: 0,
        sections: {
          ...registry.standardSections,
          background: fill(spec.background, meetingDay),
          assessment: fill(spec.assessment, meetingDay),
          proposed_decision: fill(spec.proposedDecision, meetingDay),
        },
      });
      track(
        await transitionMatter(db, {
          actor,
          municipalityId,
          matterId: current().id,
          now: at(readyOn, '09:30'),
          change: { to: 'recommendation_ready', version: current().version },
        }),
      );
    });
    if (jurisdiction === 'no') {
      step(at(readyOn, '14:00'), `investigated ${label}`, async () => {
        track(
          await confirmInvestigated(db, {
            actor: director,
            municipalityId,
            matterId: current().id,
            now: at(readyOn, '14:00'),
            version: current().version,
          }),
        );
      });
    }
    return () => current().id;
  };

  // Meetings ---------------------------------------------------------------------------------

  /** The plan was made ten weeks ago, before the meetings held since. */
  const planDay = workingOnOrBefore(addDays(today, -70));
  type MeetingRef = { dto?: MeetingDto };
  const current = (ref: MeetingRef) => required(ref.dto, 'meeting');

  /** Puts a meeting in the plan on the day the plan was made. */
  const plan = (
    spec: { body: string; kind?: DemoOtherMeeting['kind']; name: string; description?: string },
    day: string,
    times: { start: string; hours: number; location: string },
    standardItems?: boolean,
  ): MeetingRef => {
    const ref: MeetingRef = {};
    const when = at(planDay, '08:00');
    step(when, `plan ${spec.name} ${day}`, async () => {
      ref.dto = await createMeeting(db, {
        actor: secretary,
        municipalityId,
        now: when,
        meeting: {
          bodyId: bodyId(spec.body),
          kind: spec.kind ?? 'decision',
          name: spec.name,
          description: spec.description,
          startsAt: at(day, times.start).toISOString(),
          endsAt: at(day, times.start, times.hours * 60).toISOString(),
          location: times.location,
          standardItems,
        },
      });
    });
    return ref;
  };

  /** Adds the matters to the agenda, after the standard items that open a meeting if it has them. */
  const buildAgenda = (ref: MeetingRef, when: Date, matterIds: Array<() => string>, after?: number) => {
    step(when, 'agenda', async () => {
      for (const [i, matterId] of matterIds.entries()) {
        ref.dto = await addItem(db, {
          actor: secretary,
          municipalityId,
          meetingId: current(ref).id,
          now: when,
          item: {
            kind: 'matter',
            matterId: matterId(),
            position: after === undefined ? undefined : after + i,
          },
        });
      }
    });
  };

  const notice = (ref: MeetingRef, when: Date) =>
    step(when, 'notice', async () => {
      const dto = current(ref);
      ref.dto = await publishNotice(db, {
        actor: secretary,
        municipalityId,
        meetingId: dto.id,
        version: dto.version,
        outbox,
        now: when,
      });
    });

  /** A meeting still to come: its matters ready and on the agenda, its notice out if `noticed`. */
  const coming = (spec: DemoComingMeeting, noticed: boolean) => {
    const day = dayOf(spec.day);
    const ref = plan(spec, day, spec);
    const agendaDay = past(yesterday);
    const readyOn = workingOnOrBefore(addDays(agendaDay, -3));
    const matters = spec.matters.map((m) => prepareMatter(m, spec.body, day, readyOn));
    for (const candidate of spec.candidates ?? []) prepareMatter(candidate, spec.body, day, readyOn);
    buildAgenda(ref, at(agendaDay, '10:00'), matters, MATTERS_AT);
    if (noticed && inTerm(day)) notice(ref, at(agendaDay, '11:00'));
    return day;
  };

  /** A meeting held: prepared, noticed, run item by item, minuted, signed and posted. */
  const held = (spec: DemoHeldMeeting) => {
    const day = dayOf(spec.day);
    if (day >= today) throw new Error(`demo meetings: ${spec.name} on ${day} is not in the past`);
    if (!inTerm(day)) return undefined;
    const ref = plan(spec, day, { start: spec.start, hours: 4, location: spec.location }, false);
    const noticeDay = workingOnOrBefore(addDays(day, -spec.noticeDaysBefore));
    const agendaDay = workingOnOrBefore(addDays(noticeDay, -1));
    const readyOn = workingOnOrBefore(addDays(agendaDay, -3));
    const matters = spec.items.map((item) => prepareMatter(item.matter, spec.body, day, readyOn));
    buildAgenda(ref, at(agendaDay, '10:00'), matters);
    notice(ref, at(noticeDay, '11:00'));
    const label = (what: string) => `${spec.name} ${day}: ${what}`;
    const meetingId = () => current(ref).id;
    const itemOf = (matterId: () => string) =>
      required(
        current(ref).items.find((i) => i.matter?.id === matterId()),
        'item',
      );
    const live = { municipalityId, outbox };
    const chair = async () => member(required(current(ref).chair, 'chair').name);

    const beforeDay = workingOnOrBefore(addDays(day, -2));
    step(at(beforeDay, '08:00'), label('absence'), async () => {
      const now = at(beforeDay, '08:00');
      for (const absence of spec.absences ?? []) {
        ref.dto = await reportAbsence(db, {
          actor: await member(absence.person),
          municipalityId,
          meetingId: meetingId(),
          reason: absence.reason,
          outbox,
          now,
        });
      }
      // Members of a large body without a demo account, reported by the secretary.
      const others = current(ref)
        .participants.filter((p) => p.role === 'member' && p.status === 'invited')
        .filter((p) => !input.accounts.some((a) => a.name === p.person.name))
        .sort((a, b) => a.person.name.localeCompare(b.person.name))
        .slice(0, spec.otherAbsences ?? 0);
      for (const p of others) {
        ref.dto = await reportAbsence(db, {
          actor: secretary,
          municipalityId,
          meetingId: meetingId(),
          personId: p.person.id,
          outbox,
          now,
        });
      }
    });
    // Sweden: a member declares a conflict of interest before the meeting (KL 6 kap. 28 §).
    if (jurisdiction === 'se') {
      const dayBefore = workingOnOrBefore(addDays(day, -1));
      for (const [i, handled] of spec.items.entries()) {
        const conflict = handled.conflict;
        const matter = matters[i];
        if (!conflict || !matter) continue;
        step(at(dayBefore, '16:00'), label('conflict declared'), async () => {
          ref.dto = await declareConflict(db, {
            actor: await member(conflict.person),
            municipalityId,
            meetingId: meetingId(),
            itemId: itemOf(matter).id,
            reason: conflict.reason,
            now: at(dayBefore, '16:00'),
          });
        });
      }
    }

    // The meeting itself, minute by minute: opened, attendance, adjusters, then item by item.
    const opened = at(day, spec.start);
    step(opened, label('open'), async () => {
      ref.dto = await openMeeting(db, {
        ...live,
        actor: await chair(),
        meetingId: meetingId(),
        version: current(ref).version,
        now: opened,
      });
      const attending = current(ref).participants.filter(
        (p) => (seatRoles.includes(p.role) && p.status === 'invited') || p.status === 'called_in',
      );
      for (const p of attending) {
        ref.dto = await setAttendance(db, {
          ...live,
          actor: secretary,
          meetingId: meetingId(),
          personId: p.person.id,
          present: true,
          now: opened,
        });
      }
      ref.dto = await setAdjusters(db, {
        ...live,
        actor: secretary,
        meetingId: meetingId(),
        personIds: spec.adjusters.map(personId),
        now: plus(opened, 2),
      });
    });
    let clock = plus(opened, 4);
    for (const [i, handled] of spec.items.entries()) {
      handle(handled, required(matters[i], 'matter'), clock, day);
      clock = plus(clock, handled.minutes + 2);
    }
    const closing = plus(clock, 1);
    step(closing, label('close'), async () => {
      ref.dto = await closeMeeting(db, {
        ...live,
        actor: await chair(),
        meetingId: meetingId(),
        version: current(ref).version,
        now: closing,
      });
    });

    // Minutes: sent for signing, signed by the chair and the adjusters, posted on the notice board.
    const sendDay = past(workingOnOrAfter(addDays(day, 1)));
    const signDay = past(
      latestOf(workingOnOrAfter(addDays(sendDay, 1)), workingOnOrBefore(addDays(day, spec.signedDaysAfter))),
    );
    const postDay = past(workingOnOrAfter(addDays(signDay, spec.postedDaysAfterSigning)));
    if (!(sendDay < signDay && signDay <= postDay)) {
      throw new Error(`demo meetings: the minutes of ${spec.name} on ${day} are too close to today`);
    }
    step(at(sendDay, '09:00'), label('send minutes for signing'), async () => {
      const minutes = await getMinutes(db, { actor: secretary, municipalityId, meetingId: meetingId() });
      await sendForSigning(db, {
        actor: secretary,
        municipalityId,
        meetingId: meetingId(),
        version: minutes.version,
        now: at(sendDay, '09:00'),
      });
    });
    step(at(signDay, '10:00'), label('sign minutes'), async () => {
      const dto = current(ref);
      const signers = [
        required(dto.chair, 'chair').name,
        ...dto.participants.filter((p) => p.adjuster).map((p) => p.person.name),
      ];
      for (const [n, name] of signers.entries()) {
        await signMinutes(db, {
          actor: await member(name),
          municipalityId,
          meetingId: meetingId(),
          outbox,
          now: at(signDay, '10:00', n * 75),
        });
      }
    });
    step(at(postDay, '15:30'), label('post minutes'), async () => {
      await postMinutes(db, {
        actor: secretary,
        municipalityId,
        meetingId: meetingId(),
        now: at(postDay, '15:30'),
      });
    });

    return day;

    /** One matter: a conflict, a counter-proposal and roll-call vote, the decision, a statement. */
    function handle(handled: DemoHandledItem, matterId: () => string, start: Date, meetingDay: string) {
      const minute = (n: number) => plus(start, n);
      const item = () => itemOf(matterId);
      const what = (action: string) => label(`${action} ${fill(handled.matter.title, meetingDay)}`);
      const conflict = handled.conflict;
      const attendance = (name: string, present: boolean, when: Date) =>
        step(when, what(present ? 'back' : 'leaves'), async () => {
          ref.dto = await setAttendance(db, {
            ...live,
            actor: secretary,
            meetingId: meetingId(),
            personId: personId(name),
            present,
            now: when,
          });
        });
      step(start, what('start'), async () => {
        ref.dto = await startItem(db, {
          ...live,
          actor: await chair(),
          meetingId: meetingId(),
          itemId: item().id,
          now: start,
        });
      });
      // Sweden: the member who declared a conflict leaves the room for the item (KL 6 kap. 28 §).
      if (conflict && jurisdiction === 'se') attendance(conflict.person, false, start);
      // Norway: the question is raised and the body rules on it without the member, who then
      // leaves (kommuneloven § 11-10; forvaltningsloven § 8).
      if (conflict && jurisdiction === 'no') {
        step(minute(1), what('conflict raised'), async () => {
          ref.dto = await declareConflict(db, {
            actor: secretary,
            municipalityId,
            meetingId: meetingId(),
            itemId: item().id,
            personId: personId(conflict.person),
            reason: conflict.reason,
            now: minute(1),
          });
        });
        step(minute(3), what('conflict ruled'), async () => {
          const question = required(
            item().conflicts.find((c) => c.person.id === personId(conflict.person)),
            'conflict question',
          );
          ref.dto = await ruleOnConflict(db, {
            actor: await chair(),
            municipalityId,
            meetingId: meetingId(),
            conflictId: question.id,
            upheld: true,
            now: minute(3),
          });
        });
        attendance(conflict.person, false, minute(3));
      }
      const vote = handled.vote;
      if (vote) {
        const proposed = minute(Math.round(handled.minutes * 0.4));
        step(proposed, what('counter-proposal'), async () => {
          ref.dto = await addProposal(db, {
            ...live,
            actor: await member(vote.proposer),
            meetingId: meetingId(),
            itemId: item().id,
            kind: 'counter',
            text: vote.text,
            now: proposed,
          });
        });
        const voting = minute(handled.minutes - 5);
        step(voting, what('roll-call vote'), async () => {
          const proposals = item().proposals;
          const main = required(
            proposals.find((p) => p.kind === 'main'),
            'main proposal',
          );
          const counter = required(
            proposals.find((p) => p.kind === 'counter'),
            'counter-proposal',
          );
          ref.dto = await openVoting(db, {
            ...live,
            actor: await chair(),
            meetingId: meetingId(),
            itemId: item().id,
            method: 'roll_call',
            optionIds: [main.id, counter.id],
            now: voting,
          });
          const round = required(item().votings.at(-1), 'voting');
          const conflicted = new Set(
            item()
              .conflicts.filter((c) => c.status === 'declared' || c.status === 'upheld')
              .map((c) => c.person.id),
          );
          // Members in their seats, and substitutes called in for those away, as the votes count them.
          const voters = current(ref).participants.filter(
            (p) =>
              p.present &&
              !conflicted.has(p.person.id) &&
              (seatRoles.includes(p.role)
                ? p.votingRight && p.status === 'invited'
                : p.status === 'called_in'),
          );
          for (const [n, voter] of voters.entries()) {
            await castVote(db, {
              ...live,
              actor: await member(voter.person.name),
              meetingId: meetingId(),
              votingId: round.id,
              choice: vote.for.includes(voter.person.name) ? counter.id : main.id,
              now: new Date(voting.getTime() + (n + 1) * 10_000),
            });
          }
          ref.dto = await closeVoting(db, {
            ...live,
            actor: await chair(),
            meetingId: meetingId(),
            votingId: round.id,
            now: minute(handled.minutes - 2),
          });
        });
      }
      const end = minute(handled.minutes);
      step(end, what('decide'), async () => {
        const it = item();
        ref.dto = await decideItem(db, {
          ...live,
          actor: await chair(),
          meetingId: meetingId(),
          itemId: it.id,
          method: vote ? 'vote' : 'acclamation',
          version: it.version,
          assignments: (handled.assignments ?? []).map((a): AssignmentInput => ({
            title: a.title,
            commissionedBy: 'body',
            assigneePersonId: a.person ? personId(a.person) : null,
            assigneeUnitId: a.unit ? bodyId(a.unit) : null,
            dueOn: addMonths(meetingDay, a.months),
          })),
          now: end,
        });
      });
      const statement = handled.statement;
      if (statement) {
        step(minute(handled.minutes + 1), what(statement.kind), async () => {
          ref.dto = await addStatement(db, {
            ...live,
            actor: await member(statement.person),
            meetingId: meetingId(),
            itemId: item().id,
            kind: statement.kind,
            text: statement.text,
            now: minute(handled.minutes + 1),
          });
        });
      }
      if (conflict) attendance(conflict.person, true, minute(handled.minutes + 1));
    }
  };

  /** A meeting without decisions: its topics as items, and its notice out when it is public. */
  const other = (spec: DemoOtherMeeting) => {
    const day = dayOf(spec.day);
    const ref = plan(spec, day, spec);
    const when = at(planDay, '08:30');
    step(when, `topics of ${spec.name}`, async () => {
      for (const title of spec.items) {
        ref.dto = await addItem(db, {
          actor: secretary,
          municipalityId,
          meetingId: current(ref).id,
          now: when,
          item: { kind: 'other', title },
        });
      }
    });
    if (spec.notice && inTerm(day)) notice(ref, at(past(addDays(today, -3)), '11:00'));
  };

  const taken: Array<{ body: string; day: string }> = [];
  for (const spec of data.held) {
    const day = held(spec);
    if (day) taken.push({ body: spec.body, day });
  }
  taken.push({ body: data.coming.body, day: coming(data.coming, true) });
  taken.push({ body: data.next.body, day: coming(data.next, false) });
  for (const spec of data.other) other(spec);

  // The coming year: each body on its weekday once a month (or every other month), but not in a
  // month it already has a decision meeting.
  for (const rhythm of data.plan) {
    for (let month = 0; month <= 12; month += rhythm.everyMonths ?? 1) {
      const first = `${addMonths(today, month).slice(0, 7)}-01`;
      if (rhythm.skipMonths.includes(Number(first.slice(5, 7)))) continue;
      let day = first;
      while (weekdayOf(day) !== rhythm.weekday) day = addDays(day, 1);
      day = workingOnOrAfter(addDays(day, (rhythm.nth - 1) * 7));
      const clash = taken.some((t) => t.body === rhythm.body && t.day.slice(0, 7) === day.slice(0, 7));
      if (day <= today || day > addMonths(today, 12) || clash) continue;
      plan(rhythm, day, rhythm);
    }
  }

  // A stable sort keeps the steps of one moment in the order they were given.
  steps.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const s of steps) {
    try {
      await s.run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`demo meetings of ${data.slug}: ${s.label} (${s.at.toISOString()}): ${reason}`, {
        cause: error,
      });
    }
  }
}

function latestOf(a: string, b: string): string {
  return a > b ? a : b;
}

/** The weekday of a date: 0 Sunday … 6 Saturday. */
function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T12:00:00Z`).getUTCDay();
}
