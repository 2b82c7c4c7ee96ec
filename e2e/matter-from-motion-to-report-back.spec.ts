import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { translate } from '../common/i18n/index.ts';
import type { MatterState, RecommendationSection } from '../common/matters.ts';
import { expectNoAxeViolations } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { activate, choose, chooseFile, tabTo, typeDayInto, typeInto } from './support/keyboard.ts';
import {
  arriveAt,
  expectDone,
  municipalityNav,
  pageHeading,
  shownDay,
  signInAt,
  visit,
  waitForFocus,
  type Municipality,
} from './support/steps.ts';

const test = journey();
const folder = mkdtempSync(path.join(tmpdir(), 'samspel-motion-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
/** The motion as the council member handed it in: a small PDF. */
const motionFile = path.join(folder, 'motion-gangvagar.pdf');
writeFileSync(
  motionFile,
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

const sv = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate('sv', key, values);

const municipality = 'Solvik kommun';
const solvik: Municipality = { slug: 'solvik', name: municipality, locale: 'sv', jurisdiction: 'se' };
const council = 'Kommunfullmäktige';
const board = 'Kommunstyrelsen';
const official = 'Erik Johansson (Handläggare)';
const departmentHead = 'Leif Granath (Samhällsbyggnadschef)';
const title = 'Motion om säkra gångvägar vid förskolor';
const assignmentTitle = 'Kartlägg gångvägarna till förskolorna';
const decisionText = 'Motionen bifalls.';
const reportText = 'Åtta gångvägar behöver belysning.';

/** A day as the API writes it (YYYY-MM-DD), in the browser's time zone as the forms take it. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const today = new Date();
const dueOn = isoDay(new Date(today.getFullYear(), today.getMonth() + 3, 15));

/** Lands on a matter's page: its h1 is the registry number and the title, and it has focus. */
async function arriveAtMatter(page: Page, matterTitle: string): Promise<{ id: string; number: string }> {
  await page.waitForURL(/\/m\/solvik\/matters\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  const h1 = page.getByRole('heading', { level: 1, name: matterTitle });
  await h1.waitFor({ state: 'visible' });
  await waitForFocus(h1);
  const number = (await h1.innerText()).replace(matterTitle, '').trim();
  expect(number).toMatch(new RegExp(`^KS ${today.getFullYear()}/\\d+$`));
  expect(await h1.innerText()).toBe(`${number} ${matterTitle}`);
  return { id, number };
}

/** The matter's state among its facts, as the server names it ("Under beredning"). */
async function expectState(page: Page, state: MatterState): Promise<void> {
  const name = sv(`matter.state.${state}`);
  const label = name.charAt(0).toLocaleUpperCase('sv') + name.slice(1);
  await expect
    .poll(() =>
      page
        .getByRole('definition')
        .filter({ hasText: new RegExp(`^${label}$`) })
        .count(),
    )
    .toBeGreaterThan(0);
}

/** The recommendation's sections but children's rights, which the official forgets at first. */
const sections: Array<[RecommendationSection, string]> = [
  ['background', 'En motion om gångvägar.'],
  ['assessment', 'Flera saknar belysning.'],
  ['financial_consequences', 'Ryms i budgeten.'],
  ['gender_equality', 'Gynnar alla.'],
  ['climate_environment', 'Fler kan gå.'],
  ['legal_basis', 'KL 5 kap. 1 §.'],
  ['proposed_decision', 'Bifall.'],
];

test(
  'an official registers and prepares a council member’s motion, the council’s decision gives the department head an assignment, his report back is ready for the council, and the public finds the motion by an inflected word',
  // Four people in turn, and axe on each page they see.
  { timeout: 180_000 },
  async ({ page, newPage }) => {
    // The official registers the motion; the law gives the council a year to decide it.
    await signInAt(page, solvik, { email: 'handlaggare@solvik.example', name: 'Erik Johansson' });
    await activate(
      page,
      municipalityNav(page, solvik).getByRole('link', { name: sv('web.matters.nav.registry'), exact: true }),
      { backwards: true, max: 40 },
    );
    const registry = sv('web.matters.registry.heading', { jurisdiction: 'se' });
    await arriveAt(page, '/m/solvik/matters', registry);
    await expectNoAxeViolations(page);
    // A filter narrows the registry in place: the address follows, and focus stays on the filter as
    // the arrows move through it (WCAG 3.2.2).
    const typeFilter = page.getByRole('combobox', { name: sv('web.matters.type'), exact: true });
    await choose(page, typeFilter, sv('matter.type.motion'));
    await page.waitForURL((url) => url.searchParams.get('type') === 'motion');
    await waitForFocus(typeFilter);

    await activate(page, page.getByRole('link', { name: sv('web.matters.register.button'), exact: true }), {
      backwards: true,
    });
    await arriveAt(page, '/m/solvik/matters/new', sv('web.matters.register.heading'));
    await expectNoAxeViolations(page);
    const form = page.getByRole('form', { name: sv('web.matters.register.heading'), exact: true });
    await typeInto(page, form.getByRole('textbox', { name: sv('web.matters.title'), exact: true }), title);
    await choose(
      page,
      form.getByRole('combobox', { name: sv('web.matters.type'), exact: true }),
      sv('matter.type.motion'),
    );
    await choose(
      page,
      form.getByRole('combobox', { name: sv('web.matters.responsible_body'), exact: true }),
      council,
    );
    await choose(
      page,
      form.getByRole('combobox', { name: sv('web.matters.responsible_official'), exact: true }),
      official,
    );
    await typeInto(
      page,
      form.getByRole('textbox', { name: sv('web.matters.initiator'), exact: true }),
      'Lena Ström (C)',
    );
    expect(await form.getByLabel(sv('web.matters.received_on'), { exact: true }).inputValue()).toBe(
      isoDay(today),
    );
    await activate(page, form.getByRole('button', { name: sv('web.matters.register.submit'), exact: true }));

    const motion = await arriveAtMatter(page, title);
    await expectDone(page, sv('web.matters.register.done', { number: motion.number }));
    await expectState(page, 'registered');
    const legal = page.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: sv('matter.deadline.motion') }),
    });
    await expect.poll(() => legal.count()).toBe(1);
    const [source, due, status] = await legal.getByRole('cell').allInnerTexts();
    expect(source).toBe('KL 5 kap. 35 §');
    expect(due).toBe(shownDay(isoDay(new Date(today.getFullYear() + 1, today.getMonth(), today.getDate()))));
    expect(status).toBe(sv('web.matters.deadline_state', { status: 'open' }));
    await expectNoAxeViolations(page);

    // He registers the motion itself as an incoming document from the member, with its file.
    const addDocument = page.getByRole('form', { name: sv('web.matters.document_add'), exact: true });
    expect(await addDocument.getByLabel(sv('web.matters.document_date'), { exact: true }).inputValue()).toBe(
      isoDay(today),
    );
    await typeInto(
      page,
      addDocument.getByRole('textbox', { name: sv('web.matters.sender'), exact: true }),
      'Lena Ström (C)',
    );
    await typeInto(
      page,
      addDocument.getByRole('textbox', { name: sv('web.matters.document_description'), exact: true }),
      'Motionen',
    );
    await activate(
      page,
      addDocument.getByRole('button', { name: sv('web.matters.document_add_submit'), exact: true }),
    );
    await expectDone(page, sv('web.matters.document_registered', { number: 1 }));
    const addFile = page.getByRole('form', { name: sv('web.matters.file_heading'), exact: true });
    const fileField = addFile.getByLabel(sv('web.matters.file_choose'), { exact: true });
    await chooseFile(page, fileField, motionFile, { max: 80, backwards: true });
    await activate(page, addFile.getByRole('button', { name: sv('web.matters.file_upload'), exact: true }));
    await expectDone(page, sv('web.matters.file_added', { name: 'motion-gangvagar.pdf' }));
    await page.getByRole('link', { name: 'motion-gangvagar.pdf', exact: true }).waitFor();
    await expectNoAxeViolations(page);

    // He starts the preparation; the executive board prepares it, so no statement of its own is needed.
    await activate(
      page,
      page.getByRole('button', {
        name: sv('web.matters.transition', { state: 'in_preparation', name: '' }),
        exact: true,
      }),
    );
    await expectDone(page, sv('web.matters.state_changed', { state: sv('matter.state.in_preparation') }));
    await expectState(page, 'in_preparation');
    await waitForFocus(page.getByRole('heading', { name: sv('web.matters.next_steps'), exact: true }));
    const preparation = page.getByRole('form', { name: sv('web.matters.preparation_edit'), exact: true });
    await choose(
      page,
      preparation.getByRole('combobox', { name: sv('web.matters.preparing_body'), exact: true }),
      board,
    );
    await choose(
      page,
      preparation.getByRole('combobox', { name: sv('web.matters.preparing_official'), exact: true }),
      official,
    );
    const savePreparation = preparation.getByRole('button', {
      name: sv('web.matters.preparation_save'),
      exact: true,
    });
    await activate(page, savePreparation);
    await expectDone(page, sv('web.matters.preparation_saved'));
    await waitForFocus(savePreparation);
    const prepared = page.getByRole('region', { name: sv('web.matters.preparation'), exact: true });
    await expect
      .poll(() =>
        prepared
          .getByRole('definition')
          .filter({ hasText: new RegExp(`^${board}$`) })
          .count(),
      )
      .toBe(1);

    // He writes the recommendation but one section, and cannot mark it ready.
    await activate(
      page,
      page.getByRole('link', {
        name: sv('web.matters.recommendation.link', { jurisdiction: 'se' }),
        exact: true,
      }),
      { backwards: true, max: 80 },
    );
    await arriveAt(
      page,
      `/m/solvik/matters/${motion.id}/recommendation`,
      sv('web.matters.recommendation.heading', { jurisdiction: 'se', number: motion.number }),
    );
    await expectNoAxeViolations(page);
    for (const [section, text] of sections) {
      await typeInto(
        page,
        page.getByRole('textbox', { name: sv(`matter.section.${section}`), exact: true }),
        text,
      );
    }
    const markReady = page.getByRole('button', {
      name: sv('web.matters.recommendation.mark_ready'),
      exact: true,
    });
    await activate(page, markReady);
    const forgotten = sv('matter.section.children_rights');
    const summary = page.getByRole('group', { name: sv('web.form.error_summary'), exact: true });
    await waitForFocus(summary);
    // The server's refusal, then the section it names, each linked to the empty text box.
    const refusal = sv('error.recommendation_incomplete', { count: 1, sections: forgotten });
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      refusal,
      sv('web.matters.recommendation.section_empty', { section: forgotten }),
    ]);
    await expectNoAxeViolations(page);

    // The summary takes him to the empty section; he fills it in and marks the recommendation ready.
    await activate(page, summary.getByRole('link', { name: refusal, exact: true }));
    await waitForFocus(page.getByRole('textbox', { name: forgotten, exact: true }));
    await page.keyboard.type('Tryggare väg till förskolan.');
    await activate(page, markReady);
    await expectDone(page, sv('web.matters.recommendation.ready_done'));
    await waitForFocus(page.getByText(sv('web.matters.recommendation.read_only'), { exact: true }));
    await expectNoAxeViolations(page);

    // The secretary finds the matter in the registry and records the council's decision with an
    // assignment to the department head, who is to report back.
    const secretary = await newPage();
    await signInAt(secretary, solvik, { email: 'sekreterare@solvik.example', name: 'Anna Berg' });
    await activate(
      secretary,
      municipalityNav(secretary, solvik).getByRole('link', {
        name: sv('web.matters.nav.registry'),
        exact: true,
      }),
      { backwards: true, max: 40 },
    );
    await arriveAt(secretary, '/m/solvik/matters', registry);
    await typeInto(
      secretary,
      secretary.getByRole('searchbox', { name: sv('web.matters.search.label'), exact: true }),
      'gångvägar',
    );
    await secretary.keyboard.press('Enter');
    const hit = secretary.getByRole('link', { name: `${motion.number} ${title}`, exact: true });
    await hit.waitFor({ state: 'visible' });
    await expectNoAxeViolations(secretary);
    await activate(secretary, hit, { max: 40 });
    await arriveAtMatter(secretary, title);
    await expectState(secretary, 'recommendation_ready');
    await expectNoAxeViolations(secretary);

    await activate(
      secretary,
      secretary.getByRole('link', { name: sv('web.matters.decision.link'), exact: true }),
      { max: 80 },
    );
    const decisionHeading = sv('web.matters.decision.heading', { number: motion.number });
    await arriveAt(secretary, `/m/solvik/matters/${motion.id}/decision`, decisionHeading);
    const decision = secretary.getByRole('form', { name: decisionHeading, exact: true });
    const decidingBody = decision.getByRole('combobox', {
      name: sv('web.matters.decision.body'),
      exact: true,
    });
    expect(
      await decidingBody.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).toBe(council);
    expect(await decision.getByLabel(sv('web.matters.decided_on'), { exact: true }).inputValue()).toBe(
      isoDay(today),
    );
    await typeInto(
      secretary,
      decision.getByRole('textbox', { name: sv('web.matters.decision.text'), exact: true }),
      decisionText,
    );
    await activate(
      secretary,
      decision.getByRole('button', { name: sv('web.matters.decision.add_assignment'), exact: true }),
    );
    const assignment = decision.getByRole('group', {
      name: sv('web.matters.decision.assignment_n', { n: 1 }),
      exact: true,
    });
    await waitForFocus(assignment.getByRole('textbox', { name: sv('web.matters.title'), exact: true }));
    await secretary.keyboard.type(assignmentTitle);
    await choose(
      secretary,
      assignment.getByRole('combobox', { name: sv('web.matters.assignee'), exact: true }),
      departmentHead,
    );
    await typeDayInto(secretary, assignment.getByLabel(sv('web.matters.due_on'), { exact: true }), dueOn);
    expect(
      await assignment
        .getByRole('checkbox', { name: sv('web.matters.decision.report_back'), exact: true })
        .isChecked(),
    ).toBe(true);
    await expectNoAxeViolations(secretary);
    await activate(
      secretary,
      decision.getByRole('button', { name: sv('web.matters.decision.submit'), exact: true }),
    );

    await arriveAtMatter(secretary, title);
    await expectDone(secretary, sv('web.matters.decision.done'));
    await expectState(secretary, 'in_implementation');
    const recorded = secretary.getByRole('article', {
      name: sv('web.matters.decision_by', { body: council, date: shownDay(isoDay(today)) }),
      exact: true,
    });
    await expect.poll(() => recorded.getByText(decisionText, { exact: true }).count()).toBe(1);
    const given = secretary.getByRole('row').filter({
      has: secretary.getByRole('rowheader', { name: assignmentTitle, exact: true }),
    });
    await expect.poll(() => given.count()).toBe(1);
    expect(await given.getByRole('cell').allInnerTexts()).toEqual([
      `${sv('web.matters.commissioner.body')}, ${council}`,
      'Leif Granath',
      shownDay(dueOn),
      sv('web.matters.assignment_state.open'),
    ]);
    await expectNoAxeViolations(secretary);

    // The department head finds the assignment among his own and reports on it.
    const head = await newPage();
    await signInAt(head, solvik, { email: 'avdelningschef@solvik.example', name: 'Leif Granath' });
    await activate(
      head,
      municipalityNav(head, solvik).getByRole('link', {
        name: sv('web.matters.nav.assignments'),
        exact: true,
      }),
      { backwards: true, max: 40 },
    );
    await arriveAt(head, '/m/solvik/assignments', sv('web.matters.assignments_heading'));
    const mine = head.getByRole('checkbox', { name: sv('web.matters.only_mine'), exact: true });
    await tabTo(head, mine, { max: 40 });
    await head.keyboard.press('Space');
    expect(await mine.isChecked()).toBe(true);
    const reportButton = head.getByRole('button', {
      name: `${sv('web.matters.report_button')} ${assignmentTitle}`,
      exact: true,
    });
    await reportButton.waitFor({ state: 'visible' });
    await expectNoAxeViolations(head);
    await activate(head, reportButton, { max: 80 });
    await waitForFocus(
      head.getByRole('heading', {
        name: sv('web.matters.report_heading', { title: assignmentTitle }),
        exact: true,
      }),
    );
    await typeInto(
      head,
      head.getByRole('textbox', { name: sv('web.matters.report'), exact: true }),
      reportText,
    );
    await expectNoAxeViolations(head);
    await activate(head, head.getByRole('button', { name: sv('web.matters.report_submit'), exact: true }));
    await expectDone(head, sv('web.matters.reported_done', { title: assignmentTitle }));
    await waitForFocus(
      head.getByRole('heading', { level: 2, name: sv('web.matters.assignments'), exact: true }),
    );
    const created = head.getByText(sv('web.matters.reported_matter', { title: assignmentTitle }));
    await created.waitFor({ state: 'visible' });
    await expectNoAxeViolations(head);

    // The report back is a matter of its own, ready for the council's next agenda.
    await activate(
      head,
      head
        .getByRole('paragraph')
        .filter({ has: created })
        .getByRole('link', {
          name: sv('web.matters.report_matter'),
          exact: true,
        }),
      { max: 10 },
    );
    const reportBackTitle = sv('matter.report_back_title', { title: assignmentTitle });
    const reportBack = await arriveAtMatter(head, reportBackTitle);
    expect(reportBack.number).not.toBe(motion.number);
    await expectState(head, 'recommendation_ready');
    await expect
      .poll(() =>
        head
          .getByRole('definition')
          .filter({ hasText: new RegExp(`^${sv('matter.type.report_back')}$`) })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => head.getByText(reportText, { exact: true }).count()).toBe(1);
    await expect.poll(() => head.getByRole('link', { name: motion.number, exact: true }).count()).toBe(1);
    await expectNoAxeViolations(head);

    await activate(
      head,
      head.getByRole('link', { name: sv('web.matters.priorities.link', { body: council }), exact: true }),
      { max: 80 },
    );
    await head.waitForURL(/\/m\/solvik\/bodies\/[0-9a-f-]{36}\/priorities$/);
    await waitForFocus(pageHeading(head, sv('web.matters.priorities.heading', { body: council })));
    const ready = head.getByRole('list', { name: sv('web.matters.priorities.ready'), exact: true });
    await expect
      .poll(() => ready.getByRole('link', { name: reportBack.number, exact: true }).count())
      .toBe(1);
    expect(await ready.getByRole('listitem').filter({ hasText: reportBack.number }).innerText()).toBe(
      `${reportBack.number} ${reportBackTitle}`,
    );
    await expectNoAxeViolations(head);

    // Anyone finds the motion by another form of a word in its title, and reads what was decided.
    const visitor = await newPage();
    await visit(visitor, '/m/solvik', municipality);
    await activate(
      visitor,
      municipalityNav(visitor, solvik).getByRole('link', { name: sv('web.public_matters.nav'), exact: true }),
      { max: 40 },
    );
    await arriveAt(visitor, '/m/solvik/search', sv('web.public_matters.heading'));
    await typeInto(
      visitor,
      visitor.getByRole('searchbox', { name: sv('web.public_matters.query'), exact: true }),
      'gångvägarna',
    );
    await activate(
      visitor,
      visitor.getByRole('button', { name: sv('web.public_matters.submit'), exact: true }),
    );
    await visitor.waitForURL((url) => url.searchParams.get('q') === 'gångvägarna');
    const publicTitle = sv('web.public_matters.numbered_title', { number: motion.number, title });
    const found = visitor.getByRole('link', { name: publicTitle, exact: true });
    await found.waitFor({ state: 'visible' });
    await expectNoAxeViolations(visitor);
    await activate(visitor, found, { max: 40 });
    await arriveAt(visitor, `/m/solvik/public/matters/${motion.id}`, publicTitle);
    await expectState(visitor, 'reported_back');
    await expect.poll(() => visitor.getByText(decisionText, { exact: true }).count()).toBe(1);
    const download = visitor.getByRole('link', { name: /motion-gangvagar\.pdf/ });
    await download.waitFor();
    expect(await download.getAttribute('href')).toMatch(/^\/api\/m\/solvik\/public\/files\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(visitor);
  },
);
