import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { translate } from '../common/i18n/index.ts';
import { expectNoAxeViolations } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { activate, tabTo, typeInto } from './support/keyboard.ts';
import { arriveAt, signInWithPassword, visit } from './support/steps.ts';

const test = journey();

const nb = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate('nb', key, values);
const committee = 'Eldrerådet';

type Person = { id: string; name: string; party: string | null; gender: string | null };

/** The row of the composition form, a group named "Rad N". */
function row(page: Page, n: number): Locator {
  return page.getByRole('group', { name: new RegExp(`^${nb('web.org.comp.row', { row: n })}\\b`) });
}

/** Picks a person in a row's list with the arrow keys, as a keyboard user does in a select. */
async function choosePerson(page: Page, n: number, person: Person): Promise<void> {
  const select = row(page, n).getByRole('combobox', { name: nb('web.org.comp.person'), exact: true });
  await tabTo(page, select, { max: 60 });
  const value = () => select.evaluate((el) => (el as HTMLSelectElement).value);
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 400 && (await value()) !== person.id; presses++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await value()).toBe(person.id);
}

test('a Fjordvik administrator elects a committee of seven by agreement, is stopped by kommuneloven § 7-6 with five men and two women, fixes it, and the public page shows the committee', async ({
  newPage,
}) => {
  const page = await newPage({ locale: 'nb-NO' });
  await visit(
    page,
    '/sign-in?municipality=fjordvik',
    nb('web.sign_in.heading_municipality', { name: 'Fjordvik kommune' }),
  );
  await signInWithPassword(page, { email: 'admin@fjordvik.example', locale: 'nb' });
  await arriveAt(page, '/m/fjordvik/home', nb('web.home.heading', { name: 'Fjordvik kommune' }));

  // The people to appoint: five men and two women who are not on other lists here.
  const all = ((await (await page.request.get('/api/m/fjordvik/persons')).json()) as { items: Person[] })
    .items;
  const men = all.filter((p) => p.gender === 'man').slice(0, 6);
  const women = all.filter((p) => p.gender === 'woman').slice(0, 2);
  expect(men).toHaveLength(6);
  expect(women).toHaveLength(2);

  const nav = page.getByRole('navigation', {
    name: nb('web.nav.label', { name: 'Fjordvik kommune' }),
    exact: true,
  });
  await activate(page, nav.getByRole('link', { name: nb('web.nav.organisation_admin'), exact: true }), {
    backwards: true,
    max: 40,
  });
  await arriveAt(
    page,
    '/m/fjordvik/admin/organisation',
    nb('web.org.admin.heading', { name: 'Fjordvik kommune' }),
  );
  await expectNoAxeViolations(page);

  // Create the committee: a committee (utvalg) elected by agreement (avtalevalg).
  const form = page
    .getByRole('form', { name: nb('web.org.bform.add_heading') })
    .or(
      page
        .locator('form')
        .filter({ has: page.getByRole('heading', { name: nb('web.org.bform.add_heading') }) }),
    );
  const kind = form.getByRole('combobox', { name: nb('web.org.kind'), exact: true });
  await tabTo(page, kind, { max: 120 });
  await page.keyboard.type(nb('web.org.kind.committee', { jurisdiction: 'no' }));
  await typeInto(page, form.getByRole('textbox', { name: nb('web.field.name'), exact: true }), committee);
  const agreed = form.getByRole('radio', { name: nb('web.org.method.agreed'), exact: true });
  await tabTo(page, form.getByRole('radio').first());
  while (!(await agreed.isChecked())) await page.keyboard.press('ArrowDown');
  await activate(page, form.getByRole('button', { name: nb('web.org.bform.create'), exact: true }));
  await expect
    .poll(() => page.getByText(nb('web.org.bform.created', { name: committee })).count())
    .toBeGreaterThan(0);

  const appoint = page.getByRole('link', {
    name: `${nb('web.org.admin.appoint')} ${committee}`,
    exact: true,
  });
  await activate(page, appoint, { backwards: true, max: 200 });
  await page
    .getByRole('heading', { level: 1, name: nb('web.org.comp.page_heading', { body: committee }) })
    .waitFor({ state: 'visible' });
  await expectNoAxeViolations(page);

  const chosen = [...men.slice(0, 5), ...women];
  for (let i = 0; i < chosen.length; i++) {
    if (i > 0)
      await activate(page, page.getByRole('button', { name: nb('web.org.comp.add_row'), exact: true }), {
        max: 80,
      });
    const person = chosen[i];
    if (person) await choosePerson(page, i + 1, person);
  }
  await activate(page, page.getByRole('button', { name: nb('web.org.comp.save'), exact: true }), { max: 80 });

  const refusal = translate('nb', 'error.gender_balance', {
    required: 3,
    seats: 7,
    women: 2,
    men: 5,
    list: 'none',
    source: 'kommuneloven § 7-6',
  });
  await expect.poll(() => page.getByText(refusal).count()).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  // Fix it: the fifth man gives his seat to a third woman.
  const third = all.filter((p) => p.gender === 'woman')[2];
  expect(third).toBeDefined();
  if (third) await choosePerson(page, 5, third);
  await activate(page, page.getByRole('button', { name: nb('web.org.comp.save'), exact: true }), { max: 80 });
  await expect
    .poll(() => page.getByText(nb('web.org.comp.saved', { body: committee, count: 7 })).count())
    .toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  // The public page lists the committee and its seven members, and says the rule is met.
  await visit(page, '/m/fjordvik/organisation', nb('web.org.heading', { name: 'Fjordvik kommune' }));
  await activate(page, page.getByRole('link', { name: committee, exact: true }), { max: 120 });
  await page.getByRole('heading', { level: 1, name: committee }).waitFor({ state: 'visible' });
  for (const person of [...men.slice(0, 4), ...women, third]) {
    if (person)
      await expect.poll(() => page.getByRole('link', { name: person.name, exact: true }).count()).toBe(1);
  }
  await expect.poll(() => page.getByText(nb('web.org.balance.ok')).count()).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});
