import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { translate } from '../common/i18n/index.ts';
import { timeZoneOf } from '../common/time.ts';
import { solvikMeetings } from '../server/modules/demo/meetings.data.ts';
import {
  appealDeadline,
  defaultNoticeDays,
  lastNoticeDay,
} from '../server/modules/meetings/meetings.rules.ts';
import { addDays, isWorkingDay, todayIn } from '../server/rules/calendar.ts';
import { seRules } from '../server/rules/se.ts';
import { expectNoAxeViolations } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { activate, choose, chosenOption, tabTo } from './support/keyboard.ts';
import {
  daysBetween,
  declareConflict,
  enterRoom,
  openMeeting,
  openMyMeetings,
  putCounterProposal,
  reportAbsence,
  visitRoom,
} from './support/meetings.ts';
import {
  arriveAt,
  arriveAtMatching,
  escapeRegExp,
  expectDone,
  municipalityNav,
  pageHeading,
  poll,
  shownDay,
  signInAt,
  visit,
  waitForFocus,
  type Municipality,
  type Person,
} from './support/steps.ts';

const test = journey();

const sv = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate('sv', key, values);

const municipality = 'Solvik kommun';
const solvik: Municipality = { slug: 'solvik', name: municipality, locale: 'sv', jurisdiction: 'se' };
const committee = solvikMeetings.committee;
const meetingName = 'Samhällsbyggnadsnämndens sammanträde';
const se = { jurisdiction: 'se' } as const;

const secretaryAccount: Person = { email: 'sekreterare@solvik.example', name: 'Anna Berg' };
const chairAccount: Person = { email: 'namndordforande@solvik.example', name: 'Helena Forsberg' };
/** C; declares a conflict of interest on the item. */
const conflictedAccount: Person = { email: 'ledamot1@solvik.example', name: 'Anders Björk' };
/** M; puts the counter-proposal. */
const proposerAccount: Person = { email: 'ledamot2@solvik.example', name: 'Magnus Engström' };
/** S; reports absence, and the first substitute of S is called in. */
const absentAccount: Person = { email: 'ledamot3@solvik.example', name: 'Daniel Nordin' };
/** V; the adjuster (justerare). */
const adjusterAccount: Person = { email: 'ledamot4@solvik.example', name: 'Linnea Åberg' };
const sdAccount: Person = { email: 'ledamot5@solvik.example', name: 'Stefan Öberg' };
const kdAccount: Person = { email: 'ledamot6@solvik.example', name: 'Johanna Axelsson' };
/** S; the committee's first substitute. */
const substituteAccount: Person = { email: 'ersattare@solvik.example', name: 'Ebba Sjöberg' };

const absenceReason = 'Tjänsteresa till Stockholm';
const conflictReason = 'Ett företag som jag är delägare i berörs av beslutet.';
const counterText = 'Samhällsbyggnadsnämnden avslår förvaltningens förslag.';

/** Where the municipality is: its days are Stockholm's days. */
const stockholm = timeZoneOf('se');
const today = todayIn('se');

/** The day (YYYY-MM-DD) an instant falls on in Solvik. */
function dayInSolvik(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: stockholm }).format(new Date(iso));
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/** Text with its line breaks and runs of spaces as single spaces, as a sentence reads. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether the committee may decide, as the meeting room says it: its seven seats, four needed (KL 6 kap. 27 §). */
function quorumText(counted: number, conflicted: number): string {
  const counts = sv('web.meeting_live.quorum_counts', { counted, needed: 4, seats: 7, conflicted });
  return `${sv('web.meeting_live.quorum_met')} ${counts} (${seRules.quorum.source})`;
}

/** Replaces a text field's content by keyboard. */
async function retype(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field, { max: 40 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  expect(await field.inputValue()).toBe(text);
}

/** The definitions (dd) of a description list part of the page, as text. */
function definitions(scope: Locator | Page): Promise<string[]> {
  return scope.getByRole('definition').allInnerTexts();
}

/** Waits until the region holds a definition that reads exactly `text`. */
async function expectDefinition(scope: Locator | Page, text: string): Promise<void> {
  await poll(() => definitions(scope)).toContain(text);
}

/** The row of a table whose <time> is the meeting's start. */
async function rowStartingAt(table: Locator, startsAt: string): Promise<Locator> {
  await table.getByRole('row').nth(1).waitFor();
  const rows = table.getByRole('row');
  for (let i = 1; i < (await rows.count()); i++) {
    const time = rows.nth(i).getByRole('time');
    if ((await time.count()) === 1 && (await time.getAttribute('datetime')) === startsAt) return rows.nth(i);
  }
  throw new Error(`no row for the meeting at ${startsAt}`);
}

/** The meeting of the journey: its id (known once opened), its start, and its day in Solvik. */
type Meeting = { id: string; startsAt: string; day: string };

/** From any page: My meetings, and the meeting in it; lands on the meeting's page. */
async function openFromMyMeetings(page: Page, meeting: Meeting): Promise<void> {
  await openMyMeetings(page, solvik);
  const table = page.getByRole('table', { name: sv('web.meetings.my.caption'), exact: true });
  const row = await rowStartingAt(table, meeting.startsAt);
  await openMeeting(page, solvik, row, { name: meetingName, id: meeting.id }, { max: 80 });
}

/** A member signs in on their own device and follows the link to the meeting room (as in the notice). */
async function joinMeeting(page: Page, person: Person, meeting: Meeting): Promise<void> {
  await signInAt(page, solvik, person);
  await visitRoom(page, solvik, { name: meetingName, id: meeting.id });
}

/**
 * From the top of the meeting room to the item being handled, by keyboard: the skip link, then
 * the room's own link to that item, which takes focus to the item's heading.
 */
async function goToCurrentItem(page: Page, heading: string): Promise<void> {
  await activate(page, page.getByRole('link', { name: sv('web.skip_link'), exact: true }), { max: 3 });
  const onThisPage = page.getByRole('navigation', { name: sv('web.meeting_live.on_this_page'), exact: true });
  await activate(
    page,
    onThisPage.getByRole('link', { name: sv('web.meeting_live.go_current'), exact: true }),
    {
      max: 10,
    },
  );
  await waitForFocus(page.getByRole('heading', { level: 2, name: heading, exact: true }));
}

/**
 * Votes by keyboard only: Tab (or Shift+Tab) into the ballot's radio group, the arrow keys to the
 * proposal (an arrow key checks the radio it moves to), Enter to vote. Focus lands on the confirmation.
 */
async function voteByKeyboard(
  page: Page,
  ballot: Locator,
  choice: string,
  { backwards = false }: { backwards?: boolean } = {},
): Promise<void> {
  const group = ballot.getByRole('group', { name: sv('web.meeting_live.ballot_legend'), exact: true });
  const radios = group.getByRole('radio');
  await tabTo(page, backwards ? radios.last() : radios.first(), { max: 20, backwards });
  const target = group.getByRole('radio', { name: choice, exact: true });
  const options = await radios.count();
  for (let presses = 0; presses <= options && !(await target.isChecked()); presses++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await target.isChecked()).toBe(true);
  expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await waitForFocus(ballot.getByRole('status').filter({ hasText: sv('web.meeting_live.you_voted') }));
}

test(
  'in Solvik the secretary calls the committee, a member’s substitute is called in, a member declares a conflict of interest, a tied roll call goes the chair’s way, the chair and the adjuster sign the minutes, and the public sees the appeal deadline on the notice board',
  // Ten people, each on their own device, and axe on every page and state they see.
  { timeout: 420_000 },
  async ({ page, newPage }) => {
    const candidate = solvikMeetings.next.candidates?.[0];
    if (!candidate) throw new Error('the demo has no matter ready to add to the committee’s next meeting');
    const leadDays = defaultNoticeDays('se', 'committee');

    // The secretary sets the committee's rules: the chair and one adjuster sign the minutes.
    const secretary = page;
    await signInAt(secretary, solvik, secretaryAccount);
    await activate(
      secretary,
      municipalityNav(secretary, solvik).getByRole('link', {
        name: sv('web.meetings.nav.meetings'),
        exact: true,
      }),
      { backwards: true, max: 40 },
    );
    await arriveAt(secretary, '/m/solvik/meetings', sv('web.meetings.plan.heading'));
    await expectNoAxeViolations(secretary);

    await activate(
      secretary,
      secretary.getByRole('link', { name: `${sv('web.meetings.settings.link')} ${committee}`, exact: true }),
      { max: 120 },
    );
    const rulesHeading = sv('web.meetings.settings.heading', { body: committee });
    await arriveAtMatching(secretary, /^\/m\/solvik\/bodies\/[0-9a-f-]{36}\/meeting-settings$/, rulesHeading);
    const bodyId = new URL(secretary.url()).pathname.split('/')[4] ?? '';
    // A committee's lead time is its reglemente's, which the law leaves to the council.
    expect(await definitions(secretary)).toEqual([
      sv('web.meetings.settings.days', { days: leadDays }),
      sv('web.meetings.settings.minimum_value', { days: 0, source: seRules.committeeNotice.source }),
      sv('web.meetings.no'),
      '2',
    ]);
    await expectNoAxeViolations(secretary);
    const rules = secretary.getByRole('form', { name: sv('web.meetings.settings.change'), exact: true });
    await retype(
      secretary,
      rules.getByRole('spinbutton', { name: sv('web.meetings.settings.signers', se), exact: true }),
      '1',
    );
    await activate(
      secretary,
      rules.getByRole('button', { name: sv('web.meetings.settings.submit'), exact: true }),
    );
    await expectDone(secretary, sv('web.meetings.settings.saved'));
    await expectDefinition(secretary, '1');
    expect(await definitions(secretary)).not.toContain('2');

    // The committee's plan: the first decision meeting still planned, far enough ahead to call it in time.
    await activate(
      secretary,
      secretary.getByRole('link', { name: sv('web.meetings.links.plan', { body: committee }), exact: true }),
      { max: 40 },
    );
    await arriveAt(secretary, `/m/solvik/meetings?body=${bodyId}`, sv('web.meetings.plan.heading'));
    const planned = sv('meeting.state.planned');
    const decisionKind = sv('web.meetings.kind.decision');
    let meeting: Meeting | null = null;
    let row: Locator | null = null;
    for (const year of [Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1]) {
      if (year !== Number(today.slice(0, 4))) {
        // The next year is the next option; the plan follows the filter, and focus stays on it.
        const years = secretary.getByRole('combobox', { name: sv('web.meetings.year'), exact: true });
        await tabTo(secretary, years, { backwards: true, max: 80 });
        await secretary.keyboard.press('ArrowDown');
        await secretary.waitForURL((url) => url.searchParams.get('year') === String(year));
        expect(await chosenOption(years)).toBe(String(year));
        await waitForFocus(years);
      }
      const caption = sv('web.meetings.plan.caption_body', { body: committee, year });
      const table = secretary.getByRole('table', { name: caption, exact: true });
      await table.waitFor();
      const rows = table.getByRole('row');
      for (let i = 1; i < (await rows.count()) && !meeting; i++) {
        const [, , kind, state] = await rows.nth(i).getByRole('cell').allInnerTexts();
        const startsAt = (await rows.nth(i).getByRole('time').getAttribute('datetime')) ?? '';
        const day = dayInSolvik(startsAt);
        if (
          kind === decisionKind &&
          state?.toLowerCase() === planned &&
          lastNoticeDay(day, leadDays) > today
        ) {
          meeting = { id: '', startsAt, day };
          row = rows.nth(i);
        }
      }
      if (meeting) break;
    }
    if (!meeting || !row) throw new Error(`no planned decision meeting of ${committee} far enough ahead`);
    await openMeeting(secretary, solvik, row, { name: meetingName }, { max: 120 });
    meeting.id = new URL(secretary.url()).pathname.split('/').at(-1) ?? '';
    const { day: meetingDay } = meeting;

    // The notice's last day: the meeting day less the committee's lead time.
    const due = sv('web.meetings.notice.due', {
      lastDay: shownDay(lastNoticeDay(meetingDay, leadDays)),
      source: seRules.committeeNotice.source,
    });
    await expectDefinition(secretary, due);
    const noticeSection = secretary.getByRole('region', {
      name: sv('web.meetings.notice.heading'),
      exact: true,
    });
    await noticeSection.getByText(due, { exact: true }).waitFor();
    await expectNoAxeViolations(secretary);

    // She adds the matter that is ready for decision, from the committee's candidates.
    // The demo's texts may name the meeting's year and the next.
    const fill = (text: string) =>
      text
        .replaceAll('{year}', meetingDay.slice(0, 4))
        .replaceAll('{next}', String(Number(meetingDay.slice(0, 4)) + 1));
    const title = fill(candidate.title);
    const addForm = secretary.getByRole('form', { name: sv('web.meetings.add.heading'), exact: true });
    expect(
      await addForm.getByRole('radio', { name: sv('web.meetings.add.kind.matter'), exact: true }).isChecked(),
    ).toBe(true);
    const matterSelect = addForm.getByRole('combobox', { name: sv('web.meetings.add.matter'), exact: true });
    const titled = new RegExp(`^[A-ZÅÄÖ]+ \\d{4}/\\d+ ${escapeRegExp(title)}$`);
    await poll(() => matterSelect.getByRole('option').allInnerTexts()).toEqual([
      sv('web.meetings.choose'),
      expect.stringMatching(titled),
    ]);
    const option = (await matterSelect.getByRole('option').allInnerTexts())[1] ?? '';
    const registryNumber = option.slice(0, -title.length - 1);
    await choose(secretary, matterSelect, option);
    await activate(
      secretary,
      addForm.getByRole('button', { name: sv('web.meetings.add.submit'), exact: true }),
    );
    const agenda = secretary.getByRole('list', { name: sv('web.meetings.agenda.heading'), exact: true });
    const added = agenda
      .getByRole('heading', { level: 3 })
      .filter({ hasText: new RegExp(` ${escapeRegExp(title)}$`) });
    await added.waitFor();
    const itemNumber = (await added.innerText()).replace(` ${title}`, '');
    expect(itemNumber).toMatch(/^§ \d+$/);
    await expectDone(secretary, sv('web.meetings.add.done', { name: `${itemNumber} ${title}` }));
    await agenda
      .getByRole('article', { name: `${itemNumber} ${title}`, exact: true })
      .getByRole('link', { name: registryNumber, exact: true })
      .waitFor();
    // It was the only one: none is left to add.
    await poll(() => matterSelect.getByRole('option').allInnerTexts()).toEqual([sv('web.meetings.choose')]);

    // She sends the notice: the members and substitutes are called.
    await activate(
      secretary,
      noticeSection.getByRole('button', { name: sv('web.meetings.notice.submit'), exact: true }),
      { max: 150 },
    );
    const participants = secretary.getByRole('table', {
      name: sv('web.meetings.participants.caption', { name: meetingName }),
      exact: true,
    });
    const called = participants.getByRole('row').filter({
      has: secretary.getByRole('cell', { name: sv('web.meetings.status.invited'), exact: true }),
    });
    await called.first().waitFor();
    await expectDone(secretary, sv('web.meetings.notice.done', { count: await called.count() }));
    // The seven members are called in their seats; a substitute is called in only for one away.
    const members = [
      chairAccount,
      conflictedAccount,
      proposerAccount,
      absentAccount,
      adjusterAccount,
      sdAccount,
      kdAccount,
    ];
    expect(await called.count()).toBe(members.length);
    for (const member of members) {
      await called
        .filter({ has: secretary.getByRole('rowheader', { name: member.name, exact: true }) })
        .waitFor();
    }
    const substituteCalled = participants.getByRole('row').filter({
      has: secretary.getByRole('rowheader', { name: substituteAccount.name, exact: true }),
    });
    expect(await substituteCalled.getByRole('cell').allInnerTexts()).toEqual([
      'S',
      `${sv('web.meetings.role.substitute', se)} (${sv('web.meetings.participants.order', { order: 1 })})`,
      sv('web.meetings.status.not_called'),
      '',
    ]);
    await expectDefinition(secretary, capitalised(sv('meeting.state.notified')));
    // Sent today, at the time it went.
    const sentToday = sv('web.meetings.notice.published_on', { date: `${shownDay(today)} \u0000` });
    expect(await definitions(secretary)).toContainEqual(
      expect.stringMatching(new RegExp(`^${escapeRegExp(sentToday).replace('\u0000', '\\d{2}:\\d{2}')}$`)),
    );
    await expectNoAxeViolations(secretary);

    // A member reports absence on his own device; the first substitute of his party is called in.
    const absent = await newPage();
    await signInAt(absent, solvik, absentAccount);
    await openFromMyMeetings(absent, meeting);
    const attendance = absent.getByRole('region', {
      name: sv('web.meetings.absence.own_heading'),
      exact: true,
    });
    await attendance
      .getByText(sv('web.meetings.absence.own_status', { status: sv('web.meetings.status.invited') }))
      .waitFor();
    await expectNoAxeViolations(absent);
    await reportAbsence(absent, solvik, attendance, absenceReason);
    const calledIn = sv('web.meetings.absence.own_called_in', { name: substituteAccount.name });
    await expectDone(absent, calledIn);
    await attendance
      .getByText(sv('web.meetings.absence.own_status', { status: sv('web.meetings.status.absent') }))
      .waitFor();
    await attendance.getByText(calledIn, { exact: true }).waitFor();
    const absentParticipants = absent.getByRole('table', {
      name: sv('web.meetings.participants.caption', { name: meetingName }),
      exact: true,
    });
    const substituteRow = absentParticipants.getByRole('row').filter({
      has: absent.getByRole('rowheader', { name: substituteAccount.name, exact: true }),
    });
    await poll(() => substituteRow.getByRole('cell').allInnerTexts()).toContain(
      sv('web.meetings.status.called_in_for', { name: absentAccount.name }),
    );
    expect((await substituteRow.getByRole('cell').allInnerTexts())[0]).toBe('S');
    await expectNoAxeViolations(absent);

    // The members come to the meeting room on their own devices while the chair gets ready.
    const devices = new Map<Person, Page>();
    const attendees = [
      conflictedAccount,
      proposerAccount,
      substituteAccount,
      adjusterAccount,
      sdAccount,
      kdAccount,
    ];
    // One after the other, beside the chair: a busy machine then keeps each page within its step time.
    const joining = (async () => {
      for (const person of attendees) {
        const device = await newPage();
        devices.set(person, device);
        await joinMeeting(device, person, meeting);
      }
    })();
    // Awaited below; a failure meanwhile is not left unhandled.
    joining.catch(() => undefined);
    const device = (person: Person) => {
      const found = devices.get(person);
      if (!found) throw new Error(`${person.name} has no device`);
      return found;
    };

    // The chair opens the meeting in the meeting room.
    const chair = await newPage();
    await signInAt(chair, solvik, chairAccount);
    await openFromMyMeetings(chair, meeting);
    await enterRoom(
      chair,
      solvik,
      { name: meetingName, id: meeting.id },
      chair.getByRole('link', { name: sv('web.meetings.links.open'), exact: true }),
      { max: 80 },
    );
    const openForm = chair.getByRole('region', { name: sv('web.meeting_live.open_heading'), exact: true });
    expect(
      await chosenOption(openForm.getByRole('combobox', { name: sv('web.meeting_live.chair'), exact: true })),
    ).toBe(`${chairAccount.name} (${sv('web.org.role.chair', se)})`);
    await expectNoAxeViolations(chair);
    await activate(chair, openForm.getByRole('button', { name: sv('web.meeting_live.open'), exact: true }));
    await expectDone(chair, sv('web.meeting_live.opened'));

    // Roll call: everyone called is here, the substitute in the absent member's seat among them.
    const roll = chair.getByRole('region', { name: sv('web.meeting_live.attendance_heading'), exact: true });
    await activate(
      chair,
      roll.getByRole('button', { name: sv('web.meeting_live.all_present'), exact: true }),
      {
        max: 120,
      },
    );
    const presentSwitch = (name: string) =>
      roll.getByRole('switch', { name: sv('web.meeting_live.present_name', { name }), exact: true });
    await poll(() => presentSwitch(substituteAccount.name).isChecked()).toBe(true);
    for (const member of [
      chairAccount,
      conflictedAccount,
      proposerAccount,
      adjusterAccount,
      sdAccount,
      kdAccount,
    ]) {
      await poll(() => presentSwitch(member.name).isChecked()).toBe(true);
    }
    expect(await presentSwitch(absentAccount.name).isChecked()).toBe(false);
    const substituteStatus = roll.getByRole('row').filter({
      has: chair.getByRole('rowheader', { name: new RegExp(`^${substituteAccount.name}`) }),
    });
    // She votes in his seat.
    expect(await substituteStatus.getByRole('cell').allInnerTexts()).toEqual([
      sv('web.org.role.substitute', se),
      sv('web.meeting_live.status_called_in', { name: absentAccount.name }),
      expect.stringMatching(new RegExp(`^\\s*${sv('web.meeting_live.yes')}\\s*$`)),
    ]);
    await roll
      .getByText(sv('web.meeting_live.present_count', { present: 7, total: 8 }), { exact: true })
      .waitFor();
    await roll.getByText(quorumText(7, 0), { exact: true }).waitFor();
    await expectNoAxeViolations(chair);

    // One adjuster (justerare) signs the minutes with the chair.
    const adjusters = chair.getByRole('region', {
      name: sv('web.meeting_live.adjusters_heading', se),
      exact: true,
    });
    const adjusterBox = adjusters.getByRole('checkbox', { name: adjusterAccount.name, exact: true });
    await tabTo(chair, adjusterBox, { max: 60 });
    await chair.keyboard.press('Space');
    expect(await adjusterBox.isChecked()).toBe(true);
    await activate(
      chair,
      adjusters.getByRole('button', { name: sv('web.meeting_live.adjusters_save', se), exact: true }),
    );
    await expectDone(chair, sv('web.meeting_live.adjusters_saved', se));
    await adjusters
      .getByText(sv('web.meeting_live.adjusters_now', { ...se, names: adjusterAccount.name }), {
        exact: true,
      })
      .waitFor();

    // The chair takes up the matter.
    await activate(
      chair,
      chair.getByRole('button', { name: sv('web.meeting_live.start', { item: itemNumber }), exact: true }),
      { backwards: true, max: 120 },
    );
    const currentHeading = sv('web.meeting_live.current_heading', { name: `${itemNumber} ${title}` });
    const current = (p: Page) => p.getByRole('region', { name: currentHeading, exact: true });
    await waitForFocus(current(chair).getByRole('heading', { name: currentHeading, exact: true }));
    await current(chair)
      .getByText(sv('web.meeting_live.matter_number', { ...se, number: registryNumber }), { exact: true })
      .waitFor();
    await expectNoAxeViolations(chair);

    // A member declares a conflict of interest (jäv) on the item, with the reason, on his own device.
    await joining;
    const conflicted = device(conflictedAccount);
    const conflicts = current(conflicted).getByRole('region', {
      name: sv('web.meeting_live.conflicts_heading', se),
      exact: true,
    });
    await conflicts.getByText(sv('web.meeting_live.conflicts_none', se), { exact: true }).waitFor();
    await expectNoAxeViolations(conflicted);
    await declareConflict(conflicted, solvik, conflicts, conflictReason, { max: 120 });
    for (const p of [conflicted, chair]) {
      const declared = current(p)
        .getByRole('region', { name: sv('web.meeting_live.conflicts_heading', se), exact: true })
        .getByRole('listitem');
      await poll(async () => (await declared.allInnerTexts()).map(flat)).toEqual([
        `${conflictedAccount.name} ${sv('web.meeting_live.conflict_status.declared', se)} ${conflictReason}`,
      ]);
    }
    // He is left out of the quorum for the item: six of seven seats count, four are needed.
    await current(chair).getByText(quorumText(6, 1), { exact: true }).waitFor();

    // Another member puts a counter-proposal.
    const proposer = device(proposerAccount);
    const proposals = current(proposer).getByRole('region', {
      name: sv('web.meeting_live.proposals_heading'),
      exact: true,
    });
    await putCounterProposal(proposer, solvik, proposals, counterText, { max: 120 });
    const main = `${sv('web.meeting_live.proposal_n', { n: 1 })} (${sv('web.meeting_live.proposal_kind.main', se)})`;
    const counter = sv('web.meeting_live.proposal_name', {
      n: 2,
      kind: sv('web.meeting_live.proposal_kind.counter', se),
      who: proposerAccount.name,
    });

    // The chair opens a roll-call vote between the recommendation and the counter-proposal.
    const voting = current(chair).getByRole('region', {
      name: sv('web.meeting_live.voting_heading'),
      exact: true,
    });
    const openRound = voting.getByRole('form', {
      name: sv('web.meeting_live.round_open_heading'),
      exact: true,
    });
    const roundOptions = openRound.getByRole('group', {
      name: sv('web.meeting_live.round_options'),
      exact: true,
    });
    await poll(() => roundOptions.getByRole('checkbox').count()).toBe(2);
    for (const name of [main, counter]) {
      expect(await roundOptions.getByRole('checkbox', { name, exact: true }).isChecked()).toBe(true);
    }
    expect(
      await openRound
        .getByRole('radio', { name: sv('web.meeting_live.method.roll_call'), exact: true })
        .isChecked(),
    ).toBe(true);
    await expectNoAxeViolations(chair);
    await activate(
      chair,
      openRound.getByRole('button', { name: sv('web.meeting_live.round_open'), exact: true }),
      { max: 120 },
    );
    await expectDone(chair, sv('web.meeting_live.round_opened'));
    const votingHeading = voting.getByRole('heading', {
      level: 3,
      name: sv('web.meeting_live.voting_heading'),
    });
    await waitForFocus(votingHeading);

    // Six vote: the member with a conflict does not. Three and three: a tie.
    const ballotName = sv('web.meeting_live.ballot_heading', { round: 1, item: itemNumber });
    const ballot = (p: Page) => current(p).getByRole('region', { name: ballotName, exact: true });
    await current(conflicted).getByText(sv('web.meeting_live.not_voting'), { exact: true }).waitFor();
    expect(await ballot(conflicted).count()).toBe(0);
    await expectNoAxeViolations(conflicted);

    // The chair votes too: her ballot is just above the rounds.
    await ballot(chair).waitFor();
    await expectNoAxeViolations(chair);
    await voteByKeyboard(chair, ballot(chair), main, { backwards: true });
    // He votes from his proposal, just below the ballot.
    await voteByKeyboard(proposer, ballot(proposer), counter, { backwards: true });
    await expectNoAxeViolations(proposer);
    const voters: Array<{ person: Person; choice: string }> = [
      { person: substituteAccount, choice: main },
      { person: adjusterAccount, choice: main },
      { person: sdAccount, choice: counter },
      { person: kdAccount, choice: counter },
    ];
    for (const { person, choice } of voters) {
      await goToCurrentItem(device(person), currentHeading);
      await voteByKeyboard(device(person), ballot(device(person)), choice);
    }
    const adjuster = device(adjusterAccount);

    // The chair closes the round: a tie, which the chair's own vote decides (KL 6 kap. 33 §).
    const round = voting.getByRole('article', {
      name: sv('web.meeting_live.round_title', { round: 1, method: sv('web.meeting_live.method.roll_call') }),
      exact: true,
    });
    await round
      .getByText(sv('web.meeting_live.round_progress', { voted: 6, eligible: 6 }), { exact: true })
      .waitFor();
    await activate(
      chair,
      round.getByRole('button', { name: sv('web.meeting_live.round_close', { round: 1 }), exact: true }),
      { max: 120 },
    );
    await expectDone(chair, sv('web.meeting_live.round_closed', { round: 1 }));
    await waitForFocus(votingHeading);
    await round
      .getByText(sv('web.meeting_live.round_done', { voted: 6, eligible: 6 }), { exact: true })
      .waitFor();
    expect(await round.getByRole('list').getByRole('listitem').allInnerTexts()).toEqual([
      `${sv('web.meeting_live.count_line', { choice: sv('web.meeting_live.proposal_n', { n: 1 }), votes: 3 })} – ${sv('web.meeting_live.winner')}`,
      sv('web.meeting_live.count_line', { choice: sv('web.meeting_live.proposal_n', { n: 2 }), votes: 3 }),
      sv('web.meeting_live.count_line', { choice: sv('web.meeting_live.abstain_short'), votes: 0 }),
    ]);
    await round
      .getByText(sv('web.meeting_live.tie_chair', { source: seRules.casting.source }), { exact: true })
      .waitFor();
    const rollCall = round.getByRole('table', { name: sv('web.meeting_live.votes_caption', { round: 1 }) });
    const rollCallRows = rollCall.getByRole('row').filter({ has: chair.getByRole('rowheader') });
    await poll(() => rollCallRows.count()).toBe(6);
    const cast = async (person: Person) =>
      rollCallRows
        .filter({ has: chair.getByRole('rowheader', { name: person.name, exact: true }) })
        .getByRole('cell')
        .allInnerTexts();
    expect(await cast(chairAccount)).toEqual(['S', sv('web.meeting_live.proposal_n', { n: 1 })]);
    expect(await cast(substituteAccount)).toEqual(['S', sv('web.meeting_live.proposal_n', { n: 1 })]);
    expect(await cast(proposerAccount)).toEqual(['M', sv('web.meeting_live.proposal_n', { n: 2 })]);
    expect(await rollCall.getByRole('rowheader', { name: conflictedAccount.name }).count()).toBe(0);
    await expectNoAxeViolations(chair);

    // She decides the item as the votes went.
    const decide = current(chair).getByRole('form', {
      name: sv('web.meeting_live.decide_heading'),
      exact: true,
    });
    expect(
      await decide.getByRole('radio', { name: sv('web.meeting_live.decide_vote'), exact: true }).isChecked(),
    ).toBe(true);
    await activate(
      chair,
      decide.getByRole('button', { name: sv('web.meeting_live.decide_submit'), exact: true }),
      { max: 120 },
    );
    await expectDone(chair, sv('web.meeting_live.decided', { item: itemNumber }));
    await waitForFocus(
      chair.getByRole('heading', { level: 2, name: sv('web.meeting_live.agenda_heading'), exact: true }),
    );
    await chair.getByText(sv('web.meeting_live.no_current'), { exact: true }).waitFor();
    await expectNoAxeViolations(chair);

    // In Sweden the losing side may enter a reservation; its written reasons may follow later.
    const record = (p: Page) =>
      p.getByText(sv('web.meeting_live.record_of', { item: itemNumber }), { exact: true });
    await activate(proposer, record(proposer), { max: 120 });
    const statements = proposer.getByRole('region', {
      name: sv('web.meeting_live.statements_heading', se),
      exact: true,
    });
    await activate(proposer, statements.getByText(sv('web.meeting_live.statement_add'), { exact: true }), {
      max: 40,
    });
    const reservation = statements.getByRole('radio', {
      name: sv('web.meeting_live.statement_kind.reservation', se),
      exact: true,
    });
    expect(await reservation.isChecked()).toBe(true);
    await expectNoAxeViolations(proposer);
    await activate(
      proposer,
      statements.getByRole('button', {
        name: sv('web.meeting_live.statement_submit.reservation', se),
        exact: true,
      }),
      { max: 40 },
    );
    await expectDone(proposer, sv('web.meeting_live.statement_added.reservation', se));
    await statements.getByText(sv('web.meeting_live.statement_text_later'), { exact: true }).waitFor();

    // The chair closes the meeting; the draft minutes are written.
    const closing = chair.getByRole('region', { name: sv('web.meeting_live.close_heading'), exact: true });
    await activate(chair, closing.getByRole('button', { name: sv('web.meeting_live.close'), exact: true }), {
      max: 120,
    });
    const confirmClose = chair.getByRole('dialog', {
      name: sv('web.meeting_live.close_confirm_heading'),
      exact: true,
    });
    await confirmClose.waitFor();
    await expectNoAxeViolations(chair);
    await activate(
      chair,
      confirmClose.getByRole('button', { name: sv('web.meeting_live.close'), exact: true }),
    );
    await expectDone(chair, sv('web.meeting_live.closed_done'));
    await chair
      .getByText(
        new RegExp(
          `^${escapeRegExp(sv('web.meeting_live.closed_at', { at: '\u0000' })).replace('\u0000', '.+')}$`,
        ),
      )
      .waitFor();
    await expectNoAxeViolations(chair);

    // The secretary opens the generated minutes and sends them for signing.
    await secretary.reload();
    await pageHeading(secretary, meetingName).waitFor();
    await activate(
      secretary,
      secretary.getByRole('link', { name: sv('web.meetings.links.minutes'), exact: true }),
      { max: 80 },
    );
    const minutesHeading = sv('web.meeting_live.minutes_heading', { ...se, name: meetingName });
    await arriveAt(secretary, `/m/solvik/meetings/${meeting.id}/minutes`, minutesHeading);
    await secretary.getByText(sv('web.meeting_live.minutes_state.draft', se), { exact: true }).waitFor();
    // The draft tells who took part and in whose seat, and the item's conflict, proposals, votes and reservation.
    const preamble = await secretary
      .getByRole('textbox', { name: sv('web.meeting_live.preamble'), exact: true })
      .inputValue();
    const preambleLines = preamble.split('\n');
    expect(preambleLines).toContain(
      `${sv('minutes.substitutes_serving')}: ${substituteAccount.name} (${sv('minutes.for', { name: absentAccount.name })})`,
    );
    expect(preambleLines).toContain(`${sv('minutes.absent')}: ${absentAccount.name}`);
    expect(preambleLines).toContain(`${sv('minutes.adjusters.se')}: ${adjusterAccount.name}`);
    const drafted = (
      await secretary.getByRole('textbox', { name: `${itemNumber} ${title}`, exact: true }).inputValue()
    )
      .split('\n')
      .map((line) => line.trim());
    const proposal2 = sv('minutes.proposal_label', { n: 2 });
    const winner = sv('minutes.proposal_label', { n: 1 });
    for (const line of [
      sv('minutes.conflict.declared', { name: conflictedAccount.name, reason: conflictReason }),
      `${proposal2} (${proposerAccount.name}): ${counterText}`,
      sv('minutes.tie_chair', { winner, source: seRules.casting.source }),
      `${chairAccount.name}: ${winner}`,
      `${substituteAccount.name}: ${winner}`,
      `${proposerAccount.name}: ${proposal2}`,
      // The recommendation won: it is the decision.
      `${sv('minutes.decision')}:`,
      fill(candidate.proposedDecision),
      sv('minutes.statement.reservation', { name: proposerAccount.name }),
    ]) {
      expect(drafted).toContain(line);
    }
    expect(drafted.filter((line) => line.startsWith(`${conflictedAccount.name}:`))).toEqual([]);
    const signing = secretary.getByRole('region', {
      name: sv('web.meeting_live.signing_heading', se),
      exact: true,
    });
    const signerLine = (name: string, role: 'chair' | 'adjuster') =>
      `${name} (${sv(`minutes.role.${role}`)}): ${sv('web.meeting_live.not_signed')}`;
    expect(await signing.getByRole('list').first().getByRole('listitem').allInnerTexts()).toEqual([
      signerLine(chairAccount.name, 'chair'),
      signerLine(adjusterAccount.name, 'adjuster'),
    ]);
    await expectNoAxeViolations(secretary);
    await activate(
      secretary,
      secretary.getByRole('button', { name: sv('web.meeting_live.send_for_signing', se), exact: true }),
      { max: 80 },
    );
    const confirmSend = secretary.getByRole('dialog', {
      name: sv('web.meeting_live.send_heading', se),
      exact: true,
    });
    await confirmSend.waitFor();
    await expectNoAxeViolations(secretary);
    await activate(
      secretary,
      confirmSend.getByRole('button', { name: sv('web.meeting_live.send_for_signing', se), exact: true }),
    );
    await expectDone(secretary, sv('web.meeting_live.sent_for_signing', se));
    await waitForFocus(pageHeading(secretary, minutesHeading));
    await secretary.getByText(sv('web.meeting_live.minutes_state.signing', se), { exact: true }).waitFor();
    await expectNoAxeViolations(secretary);

    // The chair and the adjuster sign, each on their own device.
    for (const signer of [chair, adjuster]) {
      await activate(
        signer,
        signer.getByRole('link', { name: sv('web.meeting_live.minutes_link', se), exact: true }),
        { backwards: true, max: 120 },
      );
      await arriveAt(signer, `/m/solvik/meetings/${meeting.id}/minutes`, minutesHeading);
      const sign = signer.getByRole('button', { name: sv('web.meeting_live.sign', se), exact: true });
      await sign.waitFor();
      if (signer === chair) await expectNoAxeViolations(signer);
      await activate(signer, sign, { max: 80 });
      await expectDone(signer, sv('web.meeting_live.signed_done', se));
    }
    await adjuster.getByText(sv('web.meeting_live.minutes_state.signed', se), { exact: true }).waitFor();
    await adjuster
      .getByText(sv('web.meeting_live.signed_on', { ...se, date: shownDay(today) }), { exact: true })
      .waitFor();
    await expectNoAxeViolations(adjuster);

    // The secretary posts the notice that the minutes are signed; the appeal time runs from today.
    await secretary.reload();
    await pageHeading(secretary, minutesHeading).waitFor();
    const posting = secretary.getByRole('region', {
      name: sv('web.meeting_live.posting_heading', se),
      exact: true,
    });
    const postedOn = posting.getByLabel(sv('web.meeting_live.posted_on'), { exact: true });
    await postedOn.waitFor();
    expect(await postedOn.inputValue()).toBe(today);
    await expectNoAxeViolations(secretary);
    await activate(
      secretary,
      posting.getByRole('button', { name: sv('web.meeting_live.post', se), exact: true }),
      { max: 120 },
    );
    await expectDone(secretary, sv('web.meeting_live.posted_done', se));

    // Three weeks from the posting day, moved on to the next working day (KL 13 kap. 5 §; Lag 1930:173).
    const deadline = appealDeadline('se', { postedOn: today, decidedOn: meetingDay });
    const threeWeeks = addDays(today, 21);
    expect(deadline.deadlineOn >= threeWeeks).toBe(true);
    expect(isWorkingDay('se', deadline.deadlineOn)).toBe(true);
    for (let day = threeWeeks; day < deadline.deadlineOn; day = addDays(day, 1)) {
      expect(isWorkingDay('se', day)).toBe(false);
    }
    const source = `${seRules.appeal.source}; ${seRules.deadlineRollover.source}`;
    await poll(() => definitions(posting)).toEqual([
      shownDay(today),
      `${shownDay(deadline.deadlineOn)} (${source})`,
      sv('notice.kept_at_default'),
      sv('web.meeting_live.yes'),
    ]);
    await expectNoAxeViolations(secretary);

    // The public finds the notice on the notice board, with the last day to appeal and its legal source.
    const visitor = await newPage();
    await visit(visitor, '/m/solvik', municipality);
    await activate(
      visitor,
      municipalityNav(visitor, solvik).getByRole('link', {
        name: sv('web.meetings.nav.notice_board'),
        exact: true,
      }),
      { max: 40 },
    );
    await arriveAt(visitor, '/m/solvik/notice-board', sv('web.public_meetings.board.heading', se));
    const notice = visitor.getByRole('article', {
      name: sv('minutes.title', { body: committee, date: meetingDay }),
      exact: true,
    });
    await notice.waitFor();
    const startsAt = new Intl.DateTimeFormat('sv-SE', { timeStyle: 'short', timeZone: stockholm }).format(
      new Date(meeting.startsAt),
    );
    expect(await definitions(notice)).toEqual([
      committee,
      sv('web.public_meetings.date_at_time', { date: shownDay(meetingDay), time: startsAt }),
      shownDay(today),
      shownDay(today),
      `${shownDay(deadline.deadlineOn)} (${sv('web.public_meetings.notice.days_left', {
        days: daysBetween(today, deadline.deadlineOn),
      })})\n${sv('web.public_meetings.notice.source', { source })}`,
      sv('notice.kept_at_default'),
    ]);
    await notice.getByText(sv('web.public_meetings.notice.appeal_by', se), { exact: true }).waitFor();
    await expectNoAxeViolations(visitor);
  },
);
