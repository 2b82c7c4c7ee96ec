import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { translate } from '../common/i18n/index.ts';
import { fjordvikMeetings } from '../server/modules/demo/meetings.data.ts';
import {
  appealDeadline,
  defaultNoticeDays,
  lastNoticeDay,
} from '../server/modules/meetings/meetings.rules.ts';
import { addDays, isWorkingDay, todayIn } from '../server/rules/calendar.ts';
import { noRules } from '../server/rules/no.ts';
import { journey } from './support/journey.ts';
import { expectNoAxeViolations } from './support/browser.ts';
import { activate, choose, chosenOption, tabTo, typeDayInto } from './support/keyboard.ts';
import {
  daysBetween,
  declareConflict,
  enterRoom,
  expectFact,
  factsOf,
  openMeeting,
  openMyMeetings,
  putCounterProposal,
  reportAbsence,
  rowOf,
  shownSpan,
  visitRoom,
} from './support/meetings.ts';
import {
  arriveAtMatching,
  escapeRegExp,
  expectDone,
  municipalityNav,
  pageHeading,
  poll,
  shownDay,
  signInAt,
  visit,
  waitForAnimations,
  waitForFocus,
  type Municipality,
  type Person,
} from './support/steps.ts';

const test = journey();

const nb = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate('nb', key, values);
const no = { jurisdiction: 'no' } as const;

const slug = 'fjordvik';
const municipality = 'Fjordvik kommune';
/** Where the municipality is: its pages are read in bokmål, and its days are Oslo's. */
const fjordvik: Municipality = { slug, name: municipality, locale: 'nb', jurisdiction: 'no' };
const committee = fjordvikMeetings.committee;
const meetingName = fjordvikMeetings.next.name;

const secretaryAccount: Person = { email: 'sekretaer@fjordvik.example', name: 'Silje Bakke' };
/** Ap; the committee's leader, who chairs the meeting (møteleder). */
const chairAccount: Person = { email: 'utvalgsleder@fjordvik.example', name: 'Hanne Myklebust' };
/** Sp; declares himself inhabil on the matter. */
const conflictedAccount: Person = { email: 'medlem1@fjordvik.example', name: 'Trond Eide' };
/** H; votes for the recommendation, against her party colleague. */
const moenAccount: Person = { email: 'medlem2@fjordvik.example', name: 'Kristin Moen' };
/** Ap; reports absence, and the first varamedlem of Ap is called in. */
const absentAccount: Person = { email: 'medlem3@fjordvik.example', name: 'Jon Lunde' };
/** SV; signs the minutes with the chair. */
const signerAccount: Person = { email: 'medlem4@fjordvik.example', name: 'Sigrid Fjeld' };
/** H. */
const nilsenAccount: Person = { email: 'medlem5@fjordvik.example', name: 'Odd Nilsen' };
/** FrP; puts the counter-proposal. */
const proposerAccount: Person = { email: 'medlem6@fjordvik.example', name: 'Guro Hansen' };
/** Ap; the committee's first varamedlem, who votes by keyboard only. */
const substituteAccount: Person = { email: 'varamedlem@fjordvik.example', name: 'Eirik Vik' };

const absenceReason = 'Jobbreise til Bergen';
const conflictReason = 'Søkeren er min svigerfar (forvaltningsloven § 6 første ledd bokstav b).';
const counterText = 'Saken sendes tilbake til kommunedirektøren for en ny kostnadsberegning.';
const today = todayIn('no');

/** The weekday of a day: 0 Sunday … 6 Saturday. */
function weekdayOf(day: string): number {
  return new Date(`${day}T12:00:00Z`).getUTCDay();
}

/** The committee's next meeting in the demo: its day counted from today as the demo counts it. */
function demoMeetingDay(): string {
  const { days, weekday } = fjordvikMeetings.next.day;
  let day = addDays(today, days);
  while (weekdayOf(day) !== weekday) day = addDays(day, 1);
  while (!isWorkingDay('no', day)) day = addDays(day, 1);
  return day;
}

/** From the start page: "My meetings", then the meeting at `span`, whose page the person lands on. */
async function openFromMyMeetings(page: Page, span: string): Promise<void> {
  await openMyMeetings(page, fjordvik);
  const row = page.getByRole('row').filter({ hasText: span });
  await poll(() => row.count()).toBe(1);
  await openMeeting(page, fjordvik, row, { name: meetingName }, { max: 80 });
}

/** The link from the meeting's page into the meeting room, among the meeting's links. */
function roomLink(page: Page): Locator {
  return page
    .getByRole('navigation', { name: nb('web.meetings.links.label'), exact: true })
    .getByRole('link', { name: nb('web.meetings.links.open'), exact: true });
}

/** The section of the item being handled, named "Nå: Sak 6: …". */
function currentItem(page: Page, name: string): Locator {
  return page.getByRole('region', { name: nb('web.meeting_live.current_heading', { name }), exact: true });
}

/** One of the item's parts (proposals, voting, inhabilitet …) by its heading. */
function part(scope: Locator, heading: string): Locator {
  return scope.getByRole('region', { name: heading, exact: true });
}

test(
  'a Norwegian committee meeting: the notice goes out in time, a member reports absence and the varamedlem is called in, a member is inhabil, the roll call ties and the møteleder’s vote decides, the minutes show each party’s votes and are signed by the møteleder and a member, and the public sees the deadline for lovlighetskontroll',
  // Ten people in turn, each in a browser of their own, and axe on each page and state they see.
  { timeout: 360_000 },
  async ({ newPage }) => {
    const meetingDay = demoMeetingDay();
    const { start, hours } = fjordvikMeetings.next;
    const candidate = fjordvikMeetings.next.candidates?.[0];
    if (!candidate) throw new Error('the demo has no matter ready to add to the committee’s next meeting');
    const matterTitle = candidate.title;
    const leadDays = defaultNoticeDays('no', 'committee');

    // The secretary opens the committee's meeting rules: the notice goes out seven days before by
    // default (kommuneloven § 11-3); she has one member sign the minutes with the møteleder.
    // The members who will come to the meeting sign in on their own devices meanwhile, one after
    // the other; they open the meeting room once it is open.
    const membersSignedIn = (async () => {
      const signedIn = new Map<Person, Page>();
      for (const account of [
        conflictedAccount,
        proposerAccount,
        substituteAccount,
        moenAccount,
        nilsenAccount,
        signerAccount,
      ]) {
        const member = await newPage({ locale: 'nb-NO' });
        await signInAt(member, fjordvik, account);
        signedIn.set(account, member);
      }
      return signedIn;
    })();
    // Awaited when the meeting opens; a failure before that is reported there.
    membersSignedIn.catch(() => {});

    const secretary = await newPage({ locale: 'nb-NO' });
    await signInAt(secretary, fjordvik, secretaryAccount);
    await activate(
      secretary,
      municipalityNav(secretary, fjordvik).getByRole('link', {
        name: nb('web.meetings.nav.meetings'),
        exact: true,
      }),
      { backwards: true, max: 40 },
    );
    await arriveAtMatching(secretary, new RegExp(`^/m/${slug}/meetings$`), nb('web.meetings.plan.heading'));
    await expectNoAxeViolations(secretary);
    await activate(
      secretary,
      secretary.getByRole('link', { name: `${nb('web.meetings.settings.link')} ${committee}`, exact: true }),
      { max: 150 },
    );
    const rulesHeading = nb('web.meetings.settings.heading', { body: committee });
    await arriveAtMatching(
      secretary,
      new RegExp(`^/m/${slug}/bodies/[0-9a-f-]{36}/meeting-settings$`),
      rulesHeading,
    );
    const main = secretary.getByRole('main');
    const signersLabel = nb('web.meetings.settings.signers', no);
    expect(await factsOf(main)).toEqual({
      [nb('web.meetings.settings.lead_days')]: nb('web.meetings.settings.days', { days: leadDays }),
      [nb('web.meetings.settings.minimum')]: nb('web.meetings.settings.minimum_value', {
        days: 0,
        source: noRules.notice.source,
      }),
      [nb('web.meetings.settings.public')]: nb('web.meetings.yes'),
      [signersLabel]: '2',
    });
    await expectNoAxeViolations(secretary);
    const signers = secretary.getByRole('spinbutton', { name: signersLabel, exact: true });
    await tabTo(secretary, signers, { max: 40 });
    await secretary.keyboard.press('ArrowDown');
    expect(await signers.inputValue()).toBe('1');
    await activate(
      secretary,
      secretary.getByRole('button', { name: nb('web.meetings.settings.submit'), exact: true }),
    );
    await expectDone(secretary, nb('web.meetings.settings.saved'), fjordvik);
    await expectFact(main, signersLabel, '1');

    // Back to the committee's plan, in the year of its next meeting, which is still planned.
    await activate(
      secretary,
      secretary.getByRole('link', { name: nb('web.meetings.links.plan', { body: committee }), exact: true }),
      { max: 40 },
    );
    await arriveAtMatching(
      secretary,
      new RegExp(`^/m/${slug}/meetings\\?body=[0-9a-f-]{36}$`),
      nb('web.meetings.plan.heading'),
    );
    const year = Number(meetingDay.slice(0, 4));
    if (year !== Number(today.slice(0, 4))) {
      await choose(
        secretary,
        secretary.getByRole('combobox', { name: nb('web.meetings.year'), exact: true }),
        String(year),
        { max: 120 },
      );
    }
    await pageHeading(secretary, nb('web.meetings.plan.heading')).waitFor();
    await secretary
      .getByRole('heading', {
        level: 2,
        name: nb('web.meetings.plan.caption_body', { body: committee, year }),
        exact: true,
      })
      .waitFor();
    const span = shownSpan(meetingDay, start, hours, fjordvik);
    const planned = secretary.getByRole('row').filter({ hasText: span });
    await poll(() => planned.count()).toBe(1);
    expect(await planned.getByRole('cell').allInnerTexts()).toEqual([
      span,
      committee,
      nb('web.meetings.kind.decision'),
      'Planlagt',
      expect.stringMatching(/^\d+$/),
    ]);
    await openMeeting(secretary, fjordvik, planned, { name: meetingName }, { max: 40 });
    const meetingId = new URL(secretary.url()).pathname.split('/').at(-1) ?? '';
    const meetingPath = `/m/${slug}/meetings/${meetingId}`;
    const secretaryMain = secretary.getByRole('main');
    const noticeDue = nb('web.meetings.notice.due', {
      lastDay: shownDay(lastNoticeDay(meetingDay, leadDays), fjordvik),
      source: noRules.notice.source,
    });
    await expectFact(secretaryMain, nb('web.meetings.notice.fact'), noticeDue);
    await expectFact(secretaryMain, nb('web.meetings.state'), 'Planlagt');

    // She adds the matter that is ready for decision, and moves it up after the other matter.
    const addForm = secretary.getByRole('form', { name: nb('web.meetings.add.heading'), exact: true });
    const agenda = secretary.getByRole('list', { name: nb('web.meetings.agenda.heading'), exact: true });
    const agendaHeadings = () => agenda.getByRole('heading', { level: 3 }).allInnerTexts();
    const before = await agendaHeadings();
    const itemsBefore = before.length;
    expect(
      await addForm.getByRole('radio', { name: nb('web.meetings.add.kind.matter'), exact: true }).isChecked(),
    ).toBe(true);
    const matterSelect = addForm.getByRole('combobox', { name: nb('web.meetings.add.matter'), exact: true });
    const matterOption = new RegExp(`^\\d{2}/\\d{5} ${escapeRegExp(matterTitle)}$`);
    await poll(() => matterSelect.getByRole('option').allInnerTexts()).toContainEqual(
      expect.stringMatching(matterOption),
    );
    await choose(secretary, matterSelect, matterOption, { max: 120 });
    const registryNumber = ((await chosenOption(matterSelect)) ?? '').split(' ')[0] ?? '';
    await activate(
      secretary,
      addForm.getByRole('button', { name: nb('web.meetings.add.submit'), exact: true }),
    );
    const added = `Sak ${itemsBefore + 1} ${matterTitle}`;
    await expectDone(secretary, nb('web.meetings.add.done', { name: added }), fjordvik);
    await poll(agendaHeadings).toEqual([...before, added]);

    const lastMatter = before.findLastIndex((h) =>
      fjordvikMeetings.next.matters.some((m) => h.endsWith(` ${m.title}`)),
    );

    // It belongs after the matters already on the agenda, before the items that close the
    // meeting: she moves it up, one press at a time.
    expect(lastMatter).toBeGreaterThan(0);
    expect(lastMatter).toBeLessThan(itemsBefore - 1);
    const itemNumber = lastMatter + 2;
    await activate(
      secretary,
      secretary.getByRole('button', { name: `${nb('web.meetings.agenda.up')} ${added}`, exact: true }),
      { backwards: true, max: 80 },
    );
    for (let at = itemsBefore; at >= itemNumber; at--) {
      const moved = `Sak ${at} ${matterTitle}`;
      await secretary.getByText(nb('web.meetings.agenda.moved', { name: moved }), { exact: true }).waitFor();
      if (at > itemNumber) {
        await waitForFocus(
          secretary.getByRole('button', { name: `${nb('web.meetings.agenda.up')} ${moved}`, exact: true }),
        );
        await secretary.keyboard.press('Enter');
      }
    }
    const item = `Sak ${itemNumber} ${matterTitle}`;
    expect((await agendaHeadings())[itemNumber - 1]).toBe(item);
    await expectNoAxeViolations(secretary);

    // She sends the notice, in time: the seven members are called.
    const noticeSection = secretary.getByRole('region', {
      name: nb('web.meetings.notice.heading'),
      exact: true,
    });
    const notice = noticeSection.getByRole('form', { name: nb('web.meetings.notice.heading'), exact: true });
    await noticeSection.getByText(noticeDue, { exact: true }).waitFor();
    await activate(
      secretary,
      notice.getByRole('button', { name: nb('web.meetings.notice.submit'), exact: true }),
      {
        max: 80,
      },
    );
    await expectDone(secretary, nb('web.meetings.notice.done', { count: 7 }), fjordvik);
    await expectFact(secretaryMain, nb('web.meetings.state'), 'Innkalt');
    await expectFact(
      secretaryMain,
      nb('web.meetings.notice.fact'),
      new RegExp(
        `^${escapeRegExp(nb('web.meetings.notice.published_on', { date: shownDay(today, fjordvik) }).replace(/\.$/, ''))}`,
      ),
    );
    const participants = secretary.getByRole('table', {
      name: nb('web.meetings.participants.caption', { name: meetingName }),
      exact: true,
    });
    await poll(() => rowOf(participants, absentAccount.name).getByRole('cell').nth(2).innerText()).toBe(
      nb('web.meetings.status.invited'),
    );
    await expectNoAxeViolations(secretary);

    // Jon Lunde (Ap) reports absence from his own meetings; Ap's first varamedlem is called in.
    const absent = await newPage({ locale: 'nb-NO' });
    await signInAt(absent, fjordvik, absentAccount);
    await openFromMyMeetings(absent, span);
    const ownAttendance = absent.getByRole('region', {
      name: nb('web.meetings.absence.own_heading'),
      exact: true,
    });
    await ownAttendance
      .getByText(nb('web.meetings.absence.own_status', { status: nb('web.meetings.status.invited') }), {
        exact: true,
      })
      .waitFor();
    await expectNoAxeViolations(absent);
    await reportAbsence(absent, fjordvik, ownAttendance, absenceReason);
    const calledIn = nb('web.meetings.absence.own_called_in', { name: substituteAccount.name });
    await expectDone(absent, calledIn, fjordvik);
    await ownAttendance.getByText(calledIn, { exact: true }).waitFor();
    const absentTable = absent.getByRole('table', {
      name: nb('web.meetings.participants.caption', { name: meetingName }),
      exact: true,
    });
    expect(
      await rowOf(absentTable, `${absentAccount.name} ${nb('web.meetings.participants.you')}`)
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual(['Ap', nb('web.meetings.role.member', no), nb('web.meetings.status.absent'), absenceReason]);
    expect(await rowOf(absentTable, substituteAccount.name).getByRole('cell').allInnerTexts()).toEqual([
      'Ap',
      `${nb('web.meetings.role.substitute', no)} (${nb('web.meetings.participants.order', { order: 1 })})`,
      nb('web.meetings.status.called_in_for', { name: absentAccount.name }),
      '',
    ]);

    // WORKAROUND, reported: the server counts the deadline for lovlighetskontroll from the day the
    // meeting was planned for, not from the day of the decision (kommuneloven § 27-1). The journey
    // holds the meeting now, so the secretary moves it to today first, at the same hours.
    const change = secretary.getByRole('region', { name: nb('web.meetings.change.heading'), exact: true });
    const changeButton = change.getByRole('button', { name: nb('web.meetings.change.button'), exact: true });
    await activate(secretary, changeButton, { max: 150 });
    const changeForm = change.getByRole('form', { name: nb('web.meetings.change.heading'), exact: true });
    await typeDayInto(
      secretary,
      changeForm.getByLabel(nb('web.meetings.form.starts_at'), { exact: true }),
      today,
    );
    await typeDayInto(
      secretary,
      changeForm.getByLabel(nb('web.meetings.form.ends_at'), { exact: true }),
      today,
    );
    await activate(
      secretary,
      changeForm.getByRole('button', { name: nb('web.meetings.change.submit'), exact: true }),
      {
        max: 20,
      },
    );
    await expectDone(secretary, nb('web.meetings.change.done'), fjordvik);
    await waitForFocus(changeButton);
    const todaySpan = shownSpan(today, start, hours, fjordvik);
    await expectFact(secretaryMain, nb('web.meetings.when'), todaySpan);

    // She goes into the meeting room, to keep the record there.
    await enterRoom(secretary, fjordvik, { name: meetingName, id: meetingId }, roomLink(secretary), {
      max: 60,
      backwards: true,
    });

    // The møteleder opens the meeting room from her meetings and opens the meeting.
    const chair = await newPage({ locale: 'nb-NO' });
    await signInAt(chair, fjordvik, chairAccount);
    await openFromMyMeetings(chair, todaySpan);
    await enterRoom(chair, fjordvik, { name: meetingName, id: meetingId }, roomLink(chair), { max: 60 });
    await expectNoAxeViolations(chair);
    const opening = chair.getByRole('region', { name: nb('web.meeting_live.open_heading'), exact: true });
    await activate(chair, opening.getByRole('button', { name: nb('web.meeting_live.open'), exact: true }), {
      max: 40,
    });
    await expectDone(chair, nb('web.meeting_live.opened'), fjordvik);
    await chair
      .getByText(nb('web.meeting_live.presiding', { name: chairAccount.name }), { exact: true })
      .waitFor();

    /** A member, signed in on their own device, follows the meeting by its link. */
    const signedIn = await membersSignedIn;
    const join = async (account: Person) => {
      const member = signedIn.get(account);
      if (!member) throw new Error(`${account.name} has not signed in`);
      await visitRoom(member, fjordvik, { name: meetingName, id: meetingId });
      return member;
    };

    // The members come into the room while she takes the roll call, names who signs the minutes
    // with her, and takes up the matter.
    const liveItem = `Sak ${itemNumber}: ${matterTitle}`;
    const chairItem = currentItem(chair, liveItem);
    const [{ conflicted, proposer, substitute, moen, nilsen, signer }] = await Promise.all([
      // One after the other, as people come in.
      (async () => ({
        conflicted: await join(conflictedAccount),
        proposer: await join(proposerAccount),
        substitute: await join(substituteAccount),
        moen: await join(moenAccount),
        nilsen: await join(nilsenAccount),
        signer: await join(signerAccount),
      }))(),
      (async () => {
        // Roll call: everyone called is there, the varamedlem in Jon Lunde's seat; the committee may decide.
        const attendance = chair.getByRole('region', {
          name: nb('web.meeting_live.attendance_heading'),
          exact: true,
        });
        await attendance
          .getByRole('button', { name: nb('web.meeting_live.all_present'), exact: true })
          .click();
        await attendance
          .getByText(nb('web.meeting_live.present_count', { present: 7, total: 8 }), { exact: true })
          .waitFor();
        const present = (name: string) =>
          attendance.getByRole('switch', {
            name: nb('web.meeting_live.present_name', { name }),
            exact: true,
          });
        await poll(() => present(substituteAccount.name).isChecked()).toBe(true);
        expect(await present(absentAccount.name).isChecked()).toBe(false);
        expect(
          await rowOf(attendance, `${substituteAccount.name} (Ap)`).getByRole('cell').allInnerTexts(),
        ).toEqual([
          nb('web.org.role.substitute', no),
          nb('web.meeting_live.status_called_in', { name: absentAccount.name }),
          expect.stringMatching(new RegExp(`${nb('web.meeting_live.yes')}$`)),
        ]);
        expect(
          await rowOf(attendance, `${absentAccount.name} (Ap)`).getByRole('cell').nth(1).innerText(),
        ).toBe(
          // The reason is for the member and the secretary only.
          nb('web.meeting_live.status_absent'),
        );
        await attendance
          .getByText(
            nb('web.meeting_live.quorum_counts', { counted: 7, needed: 4, seats: 7, conflicted: 0 }),
            {
              exact: false,
            },
          )
          .waitFor();
        await expectNoAxeViolations(chair);

        // One member signs the minutes with her (kommuneloven § 11-4): Sigrid Fjeld.
        const signersSection = chair.getByRole('region', {
          name: nb('web.meeting_live.adjusters_heading', no),
          exact: true,
        });
        await signersSection.getByRole('checkbox', { name: signerAccount.name, exact: true }).check();
        await activate(
          chair,
          signersSection.getByRole('button', {
            name: nb('web.meeting_live.adjusters_save', no),
            exact: true,
          }),
          { max: 20 },
        );
        await expectDone(chair, nb('web.meeting_live.adjusters_saved', no), fjordvik);
        await signersSection
          .getByText(nb('web.meeting_live.adjusters_now', { ...no, names: signerAccount.name }), {
            exact: true,
          })
          .waitFor();

        // She takes up the matter.
        await chair
          .getByRole('region', { name: nb('web.meeting_live.agenda_heading'), exact: true })
          .getByRole('button', {
            name: nb('web.meeting_live.start', { item: `sak ${itemNumber}` }),
            exact: true,
          })
          .click();
        await waitForFocus(chairItem.getByRole('heading', { level: 2 }));
        await chairItem
          .getByText(nb('web.meeting_live.matter_number', { ...no, number: registryNumber }), { exact: true })
          .waitFor();
        await expectNoAxeViolations(chair);
      })(),
    ]);

    // Trond Eide declares himself inhabil on the matter.
    const conflictsOf = (page: Page) =>
      part(currentItem(page, liveItem), nb('web.meeting_live.conflicts_heading', no));
    const ownConflicts = conflictsOf(conflicted);
    await ownConflicts.getByText(nb('web.meeting_live.conflicts_none', no), { exact: true }).waitFor();
    await declareConflict(conflicted, fjordvik, ownConflicts, conflictReason, { max: 80 });
    const conflictCard = (page: Page) =>
      conflictsOf(page).getByRole('listitem').filter({ hasText: conflictedAccount.name });
    await conflictCard(conflicted)
      .getByText(nb('web.meeting_live.conflict_status.declared', no), { exact: true })
      .waitFor();
    await conflictCard(conflicted).getByText(conflictReason, { exact: true }).waitFor();
    await expectNoAxeViolations(conflicted);

    // The committee rules on it without him (kommuneloven § 11-10): he is inhabil, and six vote.
    await conflictCard(chair).getByText(conflictReason, { exact: true }).waitFor();
    await conflictCard(chair)
      .getByRole('button', {
        name: nb('web.meeting_live.rule_upheld_name', { ...no, name: conflictedAccount.name }),
        exact: true,
      })
      .click();
    await conflictCard(chair)
      .getByText(nb('web.meeting_live.conflict_status.upheld', no), { exact: true })
      .waitFor();
    await chairItem
      .getByText(nb('web.meeting_live.quorum_counts', { counted: 6, needed: 4, seats: 7, conflicted: 1 }), {
        exact: false,
      })
      .waitFor();
    await conflictCard(conflicted)
      .getByText(nb('web.meeting_live.conflict_status.upheld', no), { exact: true })
      .waitFor();

    // Guro Hansen (FrP) puts a counter-proposal.
    const proposals = part(currentItem(proposer, liveItem), nb('web.meeting_live.proposals_heading'));
    await putCounterProposal(proposer, fjordvik, proposals, counterText, { max: 80 });
    const mainProposal = nb('web.meeting_live.proposal_name_main', {
      n: 1,
      kind: nb('web.meeting_live.proposal_kind.main', no),
    });
    const counterProposal = nb('web.meeting_live.proposal_name', {
      n: 2,
      kind: nb('web.meeting_live.proposal_kind.counter', no),
      who: proposerAccount.name,
    });
    await proposals.getByText(counterProposal, { exact: true }).waitFor();
    const p1 = nb('web.meeting_live.proposal_n', { n: 1 });
    const p2 = nb('web.meeting_live.proposal_n', { n: 2 });

    // The møteleder opens a roll-call vote between the recommendation and the counter-proposal.
    const voting = part(chairItem, nb('web.meeting_live.voting_heading'));
    const openRound = voting.getByRole('form', {
      name: nb('web.meeting_live.round_open_heading'),
      exact: true,
    });
    await openRound.getByRole('checkbox', { name: counterProposal, exact: true }).waitFor();
    for (const option of [mainProposal, counterProposal]) {
      expect(await openRound.getByRole('checkbox', { name: option, exact: true }).isChecked()).toBe(true);
    }
    expect(
      await openRound
        .getByRole('radio', { name: nb('web.meeting_live.method.roll_call'), exact: true })
        .isChecked(),
    ).toBe(true);
    await expectNoAxeViolations(chair);
    await openRound.getByRole('button', { name: nb('web.meeting_live.round_open'), exact: true }).click();
    await expectDone(chair, nb('web.meeting_live.round_opened'), fjordvik);
    const round = voting.getByRole('article', {
      name: nb('web.meeting_live.round_title', { round: 1, method: nb('web.meeting_live.method.roll_call') }),
      exact: true,
    });
    await round
      .getByText(nb('web.meeting_live.round_progress', { voted: 0, eligible: 6 }), { exact: true })
      .waitFor();

    /** The person's ballot: only the two proposals; no abstaining outside elections (kommuneloven § 8-1). */
    const ballotOf = async (page: Page) => {
      const ballot = currentItem(page, liveItem).getByRole('region', {
        name: nb('web.meeting_live.ballot_heading', { round: 1, item: `sak ${itemNumber}` }),
        exact: true,
      });
      const group = ballot.getByRole('group', { name: nb('web.meeting_live.ballot_legend'), exact: true });
      await group.getByRole('radio').first().waitFor();
      expect(await group.getByRole('radio').count()).toBe(2);
      expect(await group.getByRole('radio', { name: mainProposal, exact: true }).count()).toBe(1);
      expect(await group.getByRole('radio', { name: counterProposal, exact: true }).count()).toBe(1);
      expect(
        await ballot.getByRole('radio', { name: nb('web.meeting_live.abstain'), exact: true }).count(),
      ).toBe(0);
      return { ballot, group };
    };
    /** Votes by keyboard only: Tab into the group, the arrows to the choice, Enter. */
    const vote = async (page: Page, choice: 'main' | 'counter') => {
      const { ballot, group } = await ballotOf(page);
      await tabTo(page, group.getByRole('radio', { name: mainProposal, exact: true }), { max: 80 });
      expect(await group.getByRole('radio', { checked: true }).count()).toBe(0);
      // The arrows choose as they move: down to the counter-proposal, and up again to the recommendation.
      await page.keyboard.press('ArrowDown');
      if (choice === 'main') await page.keyboard.press('ArrowUp');
      const chosen = choice === 'main' ? mainProposal : counterProposal;
      expect(await group.getByRole('radio', { name: chosen, exact: true }).isChecked()).toBe(true);
      await page.keyboard.press('Enter');
      const confirmation = ballot.getByRole('status');
      await waitForFocus(confirmation);
      expect(await confirmation.innerText()).toBe(
        `${nb('web.meeting_live.you_voted')} ${nb('web.meeting_live.you_voted_for', {
          choice: choice === 'main' ? p1 : p2,
        })}`,
      );
    };

    /** Votes as most do, by pointer. */
    const voteByPointer = async (page: Page, choice: 'main' | 'counter') => {
      const { ballot, group } = await ballotOf(page);
      await group
        .getByRole('radio', { name: choice === 'main' ? mainProposal : counterProposal, exact: true })
        .check();
      await ballot.getByRole('button', { name: nb('web.meeting_live.vote_submit'), exact: true }).click();
      await poll(() => ballot.getByRole('status').innerText()).toBe(
        `${nb('web.meeting_live.you_voted')} ${nb('web.meeting_live.you_voted_for', {
          choice: choice === 'main' ? p1 : p2,
        })}`,
      );
    };

    /**
     * The møteleder records a vote given aloud (navneopprop), by keyboard only: the member field
     * with the arrows, Tab into the choices, the arrows, Enter; focus is back on the member field.
     */
    const recordAloud = async (member: Person, choice: 'main' | 'counter') => {
      const form = round.getByRole('region', { name: nb('web.meeting_live.record_heading'), exact: true });
      const who = form.getByRole('combobox', { name: nb('web.meeting_live.record_person'), exact: true });
      await choose(chair, who, member.name, { max: 80 });
      const group = form.getByRole('group', { name: nb('web.meeting_live.record_choice'), exact: true });
      await tabTo(chair, group.getByRole('radio', { name: mainProposal, exact: true }));
      await chair.keyboard.press('ArrowDown');
      if (choice === 'main') await chair.keyboard.press('ArrowUp');
      await chair.keyboard.press('Enter');
      await expectDone(
        chair,
        nb('web.meeting_live.vote_recorded', { name: member.name, choice: choice === 'main' ? p1 : p2 }),
        fjordvik,
      );
      await waitForFocus(who);
    };

    // Trond Eide, inhabil, does not vote.
    await currentItem(conflicted, liveItem)
      .getByText(nb('web.meeting_live.not_voting'), { exact: true })
      .waitFor();

    // Eirik Vik, the varamedlem, votes by keyboard only, for the recommendation; the others vote
    // at the same time, each in their own browser: Høyre splits.
    await ballotOf(substitute);
    await expectNoAxeViolations(substitute);
    await Promise.all([
      vote(substitute, 'main'),
      voteByPointer(proposer, 'counter'),
      voteByPointer(moen, 'main'),
      voteByPointer(nilsen, 'counter'),
      // Sigrid Fjeld gives hers aloud, and the møteleder records it.
      recordAloud(signerAccount, 'counter'),
    ]);
    await expectNoAxeViolations(substitute);

    // The møteleder has not voted: in Norway everyone present must, so the round cannot close yet.
    await round
      .getByText(nb('web.meeting_live.round_progress', { voted: 5, eligible: 6 }), { exact: true })
      .waitFor();
    const closeRound = round.getByRole('button', {
      name: nb('web.meeting_live.round_close', { round: 1 }),
      exact: true,
    });
    await closeRound.click();
    const refusal = round.getByRole('alert');
    await poll(() => refusal.innerText()).toBe(
      `${nb('web.notification.error')} ${nb('error.votes_missing', {
        names: chairAccount.name,
        source: noRules.votingDuty.source,
      })}`,
    );
    await expectNoAxeViolations(chair);

    // She votes for the recommendation, and closes the round: three against three, and her vote
    // decides (kommuneloven § 11-9).
    await voteByPointer(chair, 'main');
    await round
      .getByText(nb('web.meeting_live.round_progress', { voted: 6, eligible: 6 }), { exact: true })
      .waitFor();
    await closeRound.click();
    await expectDone(chair, nb('web.meeting_live.round_closed', { round: 1 }), fjordvik);
    await round
      .getByText(nb('web.meeting_live.round_done', { voted: 6, eligible: 6 }), { exact: true })
      .waitFor();
    const counts = round.getByRole('list').first();
    expect(await counts.getByRole('listitem').allInnerTexts()).toEqual([
      `${nb('web.meeting_live.count_line', { choice: p1, votes: 3 })} – ${nb('web.meeting_live.winner')}`,
      nb('web.meeting_live.count_line', { choice: p2, votes: 3 }),
    ]);
    await round
      .getByText(nb('web.meeting_live.tie_chair', { source: noRules.casting.source }), { exact: true })
      .waitFor();
    const roll = round.getByRole('table', {
      name: nb('web.meeting_live.votes_caption', { round: 1 }),
      exact: true,
    });
    const rollCall = async () =>
      Object.fromEntries(
        await Promise.all(
          (await roll.getByRole('rowheader').allInnerTexts()).map(async (name) => [
            name,
            (await rowOf(roll, name).getByRole('cell').allInnerTexts()).join(' '),
          ]),
        ),
      );
    expect(await rollCall()).toEqual({
      [substituteAccount.name]: `Ap ${p1}`,
      [proposerAccount.name]: `FrP ${p2}`,
      [moenAccount.name]: `H ${p1}`,
      [nilsenAccount.name]: `H ${p2}`,
      [signerAccount.name]: `SV ${p2}`,
      [chairAccount.name]: `Ap ${p1}`,
    });
    await expectNoAxeViolations(chair);

    // She records the decision as the votes went, and closes the meeting.
    const decide = chairItem.getByRole('form', { name: nb('web.meeting_live.decide_heading'), exact: true });
    await poll(() =>
      decide.getByRole('radio', { name: nb('web.meeting_live.decide_vote'), exact: true }).isChecked(),
    ).toBe(true);
    await activate(
      chair,
      decide.getByRole('button', { name: nb('web.meeting_live.decide_submit'), exact: true }),
      {
        max: 80,
      },
    );
    await expectDone(chair, nb('web.meeting_live.decided', { item: `sak ${itemNumber}` }), fjordvik);
    await chair.getByText(nb('web.meeting_live.no_current'), { exact: true }).waitFor();
    const closing = chair.getByRole('region', { name: nb('web.meeting_live.close_heading'), exact: true });
    await closing.getByRole('button', { name: nb('web.meeting_live.close'), exact: true }).click();
    const confirmClose = chair.getByRole('dialog', {
      name: nb('web.meeting_live.close_confirm_heading'),
      exact: true,
    });
    await confirmClose.waitFor();
    await waitForAnimations(chair);
    await expectNoAxeViolations(chair);
    await activate(
      chair,
      confirmClose.getByRole('button', { name: nb('web.meeting_live.close'), exact: true }),
    );
    await expectDone(chair, nb('web.meeting_live.closed_done'), fjordvik);
    await chair
      .getByRole('navigation', { name: nb('web.meeting_live.on_this_page'), exact: true })
      .getByRole('link', { name: nb('web.meeting_live.minutes_link', no), exact: true })
      .waitFor();

    // The secretary opens the minutes: the matter's section tells the inhabilitet, the proposals,
    // the tie and the møteleder's vote, each party's votes and the names where Høyre split.
    await activate(
      secretary,
      secretary
        .getByRole('navigation', { name: nb('web.meeting_live.on_this_page'), exact: true })
        .getByRole('link', { name: nb('web.meeting_live.minutes_link', no), exact: true }),
      { max: 60 },
    );
    const minutesHeading = nb('web.meeting_live.minutes_heading', { ...no, name: meetingName });
    await arriveAtMatching(secretary, new RegExp(`^${meetingPath}/minutes$`), minutesHeading);
    const section = secretary.getByRole('textbox', { name: item, exact: true });
    const text = await section.inputValue();
    for (const line of [
      `${nb('minutes.matter')}: ${registryNumber}`,
      nb('minutes.conflict.upheld', { name: conflictedAccount.name, reason: conflictReason }),
      `${nb('minutes.proposal_label', { n: 2 })} (${proposerAccount.name}): ${counterText}`,
      nb('minutes.vote.roll_call', { round: 1 }),
      `${p1}: 3; ${p2}: 3; ${nb('minutes.abstentions')}: 0`,
      nb('minutes.tie_chair', { winner: p1, source: noRules.casting.source }),
      `Ap: ${p1} 2`,
      `FrP: ${p2} 1`,
      `H: ${p1} 1, ${p2} 1`,
      `SV: ${p2} 1`,
      `  ${moenAccount.name} (H): ${p1}`,
      `  ${nilsenAccount.name} (H): ${p2}`,
    ]) {
      expect(text.split('\n')).toContain(line);
    }
    const signing = secretary.getByRole('region', {
      name: nb('web.meeting_live.signing_heading', no),
      exact: true,
    });
    const signerLines = () => signing.getByRole('list').first().getByRole('listitem').allInnerTexts();
    expect(await signerLines()).toEqual([
      `${chairAccount.name} (${nb('minutes.role.chair')}): ${nb('web.meeting_live.not_signed')}`,
      `${signerAccount.name} (${nb('minutes.role.adjuster')}): ${nb('web.meeting_live.not_signed')}`,
    ]);
    await expectNoAxeViolations(secretary);

    // She sends them for signing (godkjenning): the text is locked.
    const editor = secretary.getByRole('region', { name: nb('web.meeting_live.edit_heading'), exact: true });
    await activate(
      secretary,
      editor.getByRole('button', { name: nb('web.meeting_live.send_for_signing', no), exact: true }),
      { max: 40 },
    );
    const sendDialog = secretary.getByRole('dialog', {
      name: nb('web.meeting_live.send_heading', no),
      exact: true,
    });
    await sendDialog.waitFor();
    await waitForAnimations(secretary);
    await expectNoAxeViolations(secretary);
    await activate(
      secretary,
      sendDialog.getByRole('button', { name: nb('web.meeting_live.send_for_signing', no), exact: true }),
    );
    await expectDone(secretary, nb('web.meeting_live.sent_for_signing', no), fjordvik);
    await secretary.getByText(nb('web.meeting_live.minutes_state.signing', no), { exact: true }).waitFor();
    await secretary.getByRole('region', { name: nb('web.meeting_live.text_heading'), exact: true }).waitFor();
    await expectNoAxeViolations(secretary);

    // The møteleder and Sigrid Fjeld each approve them from the meeting room.
    for (const [page, account, role] of [
      [chair, chairAccount, 'chair'],
      [signer, signerAccount, 'adjuster'],
    ] as const) {
      await activate(
        page,
        page
          .getByRole('navigation', { name: nb('web.meeting_live.on_this_page'), exact: true })
          .getByRole('link', { name: nb('web.meeting_live.minutes_link', no), exact: true }),
        { backwards: true, max: 150 },
      );
      await arriveAtMatching(page, new RegExp(`^${meetingPath}/minutes$`), minutesHeading);
      const approval = page.getByRole('region', {
        name: nb('web.meeting_live.signing_heading', no),
        exact: true,
      });
      const mine = approval
        .getByRole('list')
        .first()
        .getByRole('listitem')
        .filter({ hasText: `${account.name} (${nb(`minutes.role.${role}`)})` });
      await mine.getByText(nb('web.meeting_live.not_signed'), { exact: false }).waitFor();
      if (role === 'chair') await expectNoAxeViolations(page);
      await activate(
        page,
        approval.getByRole('button', { name: nb('web.meeting_live.sign', no), exact: true }),
        { max: 40 },
      );
      await expectDone(page, nb('web.meeting_live.signed_done', no), fjordvik);
      await poll(() => mine.innerText()).toMatch(
        new RegExp(
          `^${escapeRegExp(`${account.name} (${nb(`minutes.role.${role}`)}): ${nb('web.meeting_live.signed_at', { at: '' })}`)}\\S`,
        ),
      );
    }

    // Both have signed: the minutes are approved today.
    await signer
      .getByText(nb('web.meeting_live.signed_on', { ...no, date: shownDay(today, fjordvik) }), {
        exact: true,
      })
      .waitFor();
    await signer.getByText(nb('web.meeting_live.minutes_state.signed', no), { exact: true }).waitFor();
    await expectNoAxeViolations(signer);

    // The secretary posts them on the notice board: three weeks from the decision to ask for
    // lovlighetskontroll (kommuneloven § 27-1), to the next working day (domstolloven § 149).
    const deadline = appealDeadline('no', { postedOn: today, decidedOn: today });
    expect(deadline.deadlineOn >= addDays(today, noRules.legalityReview.days)).toBe(true);
    expect(isWorkingDay('no', deadline.deadlineOn)).toBe(true);
    for (
      let day = addDays(today, noRules.legalityReview.days);
      day < deadline.deadlineOn;
      day = addDays(day, 1)
    ) {
      expect(isWorkingDay('no', day)).toBe(false);
    }
    const deadlineSource = `${noRules.legalityReview.source}; ${noRules.deadlineRollover.source}`;
    expect(deadline.citation.source).toBe(deadlineSource);
    await secretary.reload();
    await pageHeading(secretary, minutesHeading).waitFor();
    const posting = secretary.getByRole('region', {
      name: nb('web.meeting_live.posting_heading', no),
      exact: true,
    });
    expect(await posting.getByLabel(nb('web.meeting_live.posted_on'), { exact: true }).inputValue()).toBe(
      today,
    );
    await expectNoAxeViolations(secretary);
    await activate(
      secretary,
      posting.getByRole('button', { name: nb('web.meeting_live.post', no), exact: true }),
      { max: 120 },
    );
    await expectDone(secretary, nb('web.meeting_live.posted_done', no), fjordvik);
    await expectFact(posting, nb('web.meeting_live.posted_on'), shownDay(today, fjordvik));
    await expectFact(
      posting,
      nb('web.meeting_live.appeal_deadline', no),
      `${shownDay(deadline.deadlineOn, fjordvik)} (${deadlineSource})`,
    );
    await expectFact(posting, nb('web.meeting_live.kept_at'), nb('notice.kept_at_default'));
    await expectNoAxeViolations(secretary);

    // Anyone finds the minutes on the notice board, with the last day for lovlighetskontroll.
    const visitor = await newPage({ locale: 'nb-NO' });
    await visit(visitor, `/m/${slug}`, municipality);
    await activate(
      visitor,
      municipalityNav(visitor, fjordvik).getByRole('link', {
        name: nb('web.meetings.nav.notice_board'),
        exact: true,
      }),
      { max: 40 },
    );
    const board = nb('web.public_meetings.board.heading', no);
    await arriveAtMatching(visitor, new RegExp(`^/m/${slug}/notice-board$`), board);
    await visitor.getByText(nb('web.public_meetings.board.rules_minutes', no), { exact: true }).waitFor();
    const posted = visitor.getByRole('article', {
      name: nb('minutes.title', { body: committee, date: today }),
      exact: true,
    });
    await posted.waitFor();
    await posted.getByText(nb('web.public_meetings.notice_kind.minutes', no), { exact: true }).waitFor();
    const left = daysBetween(today, deadline.deadlineOn);
    expect(await factsOf(posted)).toEqual({
      [nb('web.public_meetings.notice.body')]: committee,
      [nb('web.public_meetings.notice.meeting')]: expect.stringMatching(/kl\. 09:00$/),
      [nb('web.public_meetings.notice.posted_on')]: shownDay(today, fjordvik),
      [nb('web.public_meetings.notice.signed_on', no)]: shownDay(today, fjordvik),
      [nb('web.public_meetings.notice.appeal_by', no)]: `${shownDay(deadline.deadlineOn, fjordvik)} (${nb(
        'web.public_meetings.notice.days_left',
        { days: left },
      )})\n${nb('web.public_meetings.notice.source', { source: deadlineSource })}`,
      [nb('web.public_meetings.notice.kept_at', no)]: nb('notice.kept_at_default'),
    });
    await expectNoAxeViolations(visitor);
  },
);
