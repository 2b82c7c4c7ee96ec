import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { intlTags, translate, type MessageKey, type MessageValues } from '../../common/i18n/index.ts';
import { timeZoneOf, zonedTime } from '../../common/time.ts';
import { expectNoAxeViolations } from './browser.ts';
import { activate, typeInto, type TabToOptions } from './keyboard.ts';
import {
  arriveAt,
  arriveAtMatching,
  escapeRegExp,
  expectDone,
  municipalityNav,
  poll,
  visit,
  type Municipality,
} from './steps.ts';

/** A meeting as its pages name it, and its id where it is known. */
export type MeetingRef = { name: string; id: string };

/** Messages in the municipality's language, as its pages show them. */
function wordsOf({ locale }: Municipality) {
  return (key: MessageKey, values?: MessageValues) => translate(locale, key, values);
}

/**
 * A meeting's time as the meeting pages show it, on the municipality's clock
 * ("tir. 12. jan. 2027, 09:00–13:00" in bokmål).
 */
export function shownSpan(
  day: string,
  start: string,
  hours: number,
  { locale, jurisdiction }: Municipality,
): string {
  const timeZone = timeZoneOf(jurisdiction);
  const startsAt = zonedTime(timeZone, day, start);
  return new Intl.DateTimeFormat(intlTags[locale], {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).formatRange(startsAt, new Date(startsAt.getTime() + hours * 3_600_000));
}

/** Whole days from one day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A list of facts (dt/dd) in `scope`, as term → definition. */
export async function factsOf(scope: Locator): Promise<Record<string, string>> {
  const terms = await scope.getByRole('term').allInnerTexts();
  const definitions = await scope.getByRole('definition').allInnerTexts();
  expect(definitions).toHaveLength(terms.length);
  return Object.fromEntries(terms.map((term, index) => [term.trim(), (definitions[index] ?? '').trim()]));
}

/** Waits until a fact in `scope` reads `value`. */
export async function expectFact(scope: Locator, term: string, value: string | RegExp): Promise<void> {
  await poll(async () => (await factsOf(scope))[term]).toMatch(
    typeof value === 'string' ? new RegExp(`^${escapeRegExp(value)}$`) : value,
  );
}

/** A table row by its row header. */
export function rowOf(scope: Locator, header: string): Locator {
  return scope
    .getByRole('row')
    .filter({ has: scope.page().getByRole('rowheader', { name: header, exact: true }) });
}

/** From any page: "My meetings" in the municipality's menu; lands on the person's own meetings. */
export async function openMyMeetings(page: Page, municipality: Municipality): Promise<void> {
  const t = wordsOf(municipality);
  await activate(
    page,
    municipalityNav(page, municipality).getByRole('link', {
      name: t('web.meetings.nav.my_meetings'),
      exact: true,
    }),
    { backwards: true, max: 40 },
  );
  await arriveAt(page, `/m/${municipality.slug}/my/meetings`, t('web.meetings.my.heading'));
}

/**
 * Follows the meeting's link in a row of a list of meetings, and lands on the meeting's page: its
 * own where its id is known, any meeting's where it is not yet.
 */
export async function openMeeting(
  page: Page,
  { slug }: Municipality,
  row: Locator,
  meeting: { name: string; id?: string },
  options: TabToOptions,
): Promise<void> {
  await activate(page, row.getByRole('link', { name: meeting.name, exact: true }), options);
  if (meeting.id) await arriveAt(page, `/m/${slug}/meetings/${meeting.id}`, meeting.name);
  else await arriveAtMatching(page, new RegExp(`^/m/${slug}/meetings/[0-9a-f-]{36}$`), meeting.name);
}

/** The meeting room's h1. */
function roomHeading(municipality: Municipality, meeting: MeetingRef): string {
  return wordsOf(municipality)('web.meeting_live.heading', { name: meeting.name });
}

/** The meeting room says, in words, that it follows the meeting live. */
export async function waitForLive(page: Page, municipality: Municipality): Promise<void> {
  await page
    .getByRole('status')
    .getByText(wordsOf(municipality)('web.meeting_live.connection.connected'), { exact: true })
    .waitFor();
}

/** From the meeting's page into the meeting room, by `link`, the link the page offers. */
export async function enterRoom(
  page: Page,
  municipality: Municipality,
  meeting: MeetingRef,
  link: Locator,
  options?: TabToOptions,
): Promise<void> {
  await activate(page, link, options);
  await arriveAt(
    page,
    `/m/${municipality.slug}/meetings/${meeting.id}/live`,
    roomHeading(municipality, meeting),
  );
  await waitForLive(page, municipality);
}

/** A member follows the link to the meeting room (as in the notice), and the room follows the meeting live. */
export async function visitRoom(page: Page, municipality: Municipality, meeting: MeetingRef): Promise<void> {
  await visit(
    page,
    `/m/${municipality.slug}/meetings/${meeting.id}/live`,
    roomHeading(municipality, meeting),
  );
  await waitForLive(page, municipality);
}

/** A member reports their own absence from the meeting's page, with the reason, by keyboard. */
export async function reportAbsence(
  page: Page,
  municipality: Municipality,
  attendance: Locator,
  reason: string,
): Promise<void> {
  const t = wordsOf(municipality);
  await typeInto(
    page,
    attendance.getByRole('textbox', { name: t('web.meetings.absence.reason'), exact: true }),
    reason,
    { max: 40 },
  );
  await activate(
    page,
    attendance.getByRole('button', { name: t('web.meetings.absence.own_submit'), exact: true }),
  );
}

/**
 * A member declares a conflict of interest on the item being handled, with the reason, by keyboard,
 * from the item's conflicts section; `options` tell how far the link to declare is from the focus.
 */
export async function declareConflict(
  page: Page,
  municipality: Municipality,
  conflicts: Locator,
  reason: string,
  options: TabToOptions,
): Promise<void> {
  const t = wordsOf(municipality);
  const law = { jurisdiction: municipality.jurisdiction };
  await activate(
    page,
    conflicts.getByText(t('web.meeting_live.conflict_declare', law), { exact: true }),
    options,
  );
  await typeInto(
    page,
    conflicts.getByRole('textbox', { name: t('web.meeting_live.conflict_reason'), exact: true }),
    reason,
  );
  await activate(
    page,
    conflicts.getByRole('button', { name: t('web.meeting_live.conflict_submit'), exact: true }),
  );
  await expectDone(page, t('web.meeting_live.conflict_recorded', law), municipality);
}

/**
 * A member puts a counter-proposal on the item being handled, by keyboard, from the item's proposals
 * section, where a new proposal is a counter-proposal unless told; `options` tell how far the link to
 * propose is from the focus. Axe checks the filled-in form before it is sent.
 */
export async function putCounterProposal(
  page: Page,
  municipality: Municipality,
  proposals: Locator,
  text: string,
  options: TabToOptions,
): Promise<void> {
  const t = wordsOf(municipality);
  const law = { jurisdiction: municipality.jurisdiction };
  await activate(page, proposals.getByText(t('web.meeting_live.propose'), { exact: true }), options);
  const counter = proposals.getByRole('radio', {
    name: t('web.meeting_live.proposal_kind.counter', law),
    exact: true,
  });
  expect(await counter.isChecked()).toBe(true);
  await typeInto(
    page,
    proposals.getByRole('textbox', { name: t('web.meeting_live.proposal_text'), exact: true }),
    text,
  );
  await expectNoAxeViolations(page);
  await activate(
    page,
    proposals.getByRole('button', { name: t('web.meeting_live.proposal_submit'), exact: true }),
  );
  await expectDone(page, t('web.meeting_live.proposal_added'), municipality);
}
