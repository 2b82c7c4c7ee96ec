import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { activate, tabTo, typeInto } from './support/keyboard.ts';
import { arriveAt, signInWithPassword, statusMessage, visit, waitForFocus } from './support/steps.ts';

/*
 * One server for the file, and the tests share what they change: the audit trail test at the end
 * looks for the changes the tests before it made. Vitest runs a file's tests in order.
 */
const test = journey();

const runId = randomUUID().slice(0, 8);
const newcomer = { name: 'Sofie Lund', email: `sofie.lund.${runId}@solvik.example` };
const tokenName = `Export av sammanträdeskalender ${runId}`;

/** Karin Lindqvist, Solvik's administrator, signs in and lands on her start page. */
async function signInAsAdministrator(page: Page): Promise<void> {
  await visit(page, '/sign-in?municipality=solvik', 'Logga in i Solvik kommun');
  await signInWithPassword(page, { email: 'admin@solvik.example' });
  await arriveAt(page, '/m/solvik/home', 'Din startsida i Solvik kommun');
}

/** Follows a link in Solvik's page navigation, above the page's content, by keyboard. */
async function goTo(page: Page, link: string, path: string, heading: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Sidor i Solvik kommun', exact: true });
  await activate(page, nav.getByRole('link', { name: link, exact: true }), { backwards: true });
  await arriveAt(page, path, heading);
}

/** The table row whose header cell (the first column) reads `name`. */
function rowOf(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** The roles a users-table row lists, in alphabetical order. */
async function rolesIn(row: Locator): Promise<string[]> {
  const [, roles = ''] = await cellsOf(row);
  return roles.split(', ').sort((a, b) => a.localeCompare(b, 'sv'));
}

/** A row's data cells as text, in column order (its header cell not included). */
async function cellsOf(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** The group of role checkboxes for one person; its name goes on with the group's description. */
function rolesOf(page: Page, person: string): Locator {
  return page.getByRole('group', { name: new RegExp(`^Roller för ${person} `) });
}

/** How long a table may take to show a change after its message: it is reloaded from the server. */
const settled = { timeout: 10_000 };

const roleNames = [
  'Administratör',
  'Nämndsekreterare',
  'Handläggare',
  'Kommundirektör',
  'Förtroendevald',
  'Säkerhetsansvarig',
  'Medborgare',
];

/** Sets the role checkboxes in `group` to exactly `wanted`, pressing Space on those that differ. */
async function checkExactly(page: Page, group: Locator, wanted: string[]): Promise<void> {
  for (const name of roleNames) {
    const box = group.getByRole('checkbox', { name, exact: true });
    if (wanted.includes(name) === (await box.isChecked())) continue;
    await tabTo(page, box);
    await page.keyboard.press('Space');
    expect(await box.isChecked(), name).toBe(wanted.includes(name));
  }
}

test('an administrator adds a person with a role, then changes that person’s roles', async ({ page }) => {
  await signInAsAdministrator(page);
  await goTo(page, 'Användare', '/m/solvik/admin/users', 'Användare i Solvik kommun');
  await expectNoAxeViolations(page);

  await typeInto(page, page.getByRole('textbox', { name: 'E-postadress', exact: true }), newcomer.email);
  await typeInto(page, page.getByRole('textbox', { name: 'Namn', exact: true }), newcomer.name);
  const roles = page.getByRole('group', { name: 'Roller', exact: true });
  await tabTo(page, roles.getByRole('checkbox', { name: 'Handläggare', exact: true }));
  await page.keyboard.press('Space');
  await activate(page, page.getByRole('button', { name: 'Lägg till person', exact: true }));

  await statusMessage(page, `Klart: ${newcomer.name} har nu en roll i Solvik kommun.`).waitFor();
  const row = rowOf(page, newcomer.name);
  await row.waitFor();
  expect(await cellsOf(row)).toEqual([
    newcomer.email,
    'Handläggare',
    'Endast e-legitimation',
    `Ändra roller för ${newcomer.name}`,
  ]);
  await expectNoAxeViolations(page);

  const edit = page.getByRole('button', { name: `Ändra roller för ${newcomer.name}`, exact: true });
  await activate(page, edit, { backwards: true, max: 40 });
  await waitForFocus(page.getByRole('heading', { name: `Ändra roller för ${newcomer.name}`, exact: true }));
  const editing = rolesOf(page, newcomer.name);
  await checkExactly(page, editing, ['Nämndsekreterare', 'Handläggare']);
  await expectNoAxeViolations(page);
  await activate(page, page.getByRole('button', { name: 'Spara roller', exact: true }));

  await statusMessage(page, `Klart: Rollerna för ${newcomer.name} är sparade.`).waitFor();
  // The editor closes and hands focus back to the row's button.
  await waitForFocus(edit);
  await expect.poll(() => rolesIn(row), settled).toEqual(['Handläggare', 'Nämndsekreterare']);
});

test('Solvik’s last administrator cannot take away their own administrator role', async ({ page }) => {
  await signInAsAdministrator(page);
  await goTo(page, 'Användare', '/m/solvik/admin/users', 'Användare i Solvik kommun');

  // Jonas Ekberg administers Solvik too; once he is an official only, Karin is the last administrator.
  await activate(page, page.getByRole('button', { name: 'Ändra roller för Jonas Ekberg', exact: true }));
  await checkExactly(page, rolesOf(page, 'Jonas Ekberg'), ['Handläggare']);
  await activate(page, page.getByRole('button', { name: 'Spara roller', exact: true }));
  await statusMessage(page, 'Klart: Rollerna för Jonas Ekberg är sparade.').waitFor();
  await expect.poll(() => rolesIn(rowOf(page, 'Jonas Ekberg')), settled).toEqual(['Handläggare']);

  // Focus is back on Jonas's button; Karin's row is the next one.
  await activate(page, page.getByRole('button', { name: 'Ändra roller för Karin Lindqvist', exact: true }));
  await checkExactly(page, rolesOf(page, 'Karin Lindqvist'), ['Medborgare']);
  await activate(page, page.getByRole('button', { name: 'Spara roller', exact: true }));

  await statusMessage(page, 'Fel: Kommunen måste ha kvar minst en administratör.').waitFor();
  expect(await rolesIn(rowOf(page, 'Karin Lindqvist'))).toEqual(['Administratör']);
  await expectNoAxeViolations(page);
  await activate(page, page.getByRole('button', { name: 'Avbryt', exact: true }));
  await rolesOf(page, 'Karin Lindqvist').waitFor({ state: 'detached' });
});

test('an administrator creates an API token, sees its secret once, and revokes it', async ({
  page,
  server,
}) => {
  await signInAsAdministrator(page);
  await goTo(page, 'API-nycklar', '/m/solvik/tokens', 'API-nycklar i Solvik kommun');
  await expectNoAxeViolations(page);

  await typeInto(page, page.getByRole('textbox', { name: 'Namn', exact: true }), tokenName);
  // Karin has one role here, so it is already chosen; she checks it on her way past.
  const role = page.getByRole('combobox', { name: 'Roll', exact: true });
  await tabTo(page, role);
  expect(await role.inputValue()).toBe('administrator');
  await typeInto(
    page,
    page.getByRole('spinbutton', { name: 'Giltig i antal dagar (valfritt)', exact: true }),
    '30',
  );
  await activate(page, page.getByRole('button', { name: 'Skapa nyckel', exact: true }));

  await waitForFocus(page.getByRole('heading', { name: `Din nya nyckel ”${tokenName}”`, exact: true }));
  const secret = await page.getByRole('textbox', { name: 'Ny API-nyckel', exact: true }).inputValue();
  const row = rowOf(page, tokenName);
  await row.waitFor();
  const [roleCell = '', prefix = '', , , , status] = await cellsOf(row);
  expect(roleCell).toBe('Administratör');
  expect(secret.startsWith(prefix.replace(/…$/, ''))).toBe(true);
  expect(secret.length).toBeGreaterThan(prefix.length + 20);
  expect(status).toBe('Aktiv');
  await expectNoAxeViolations(page);

  const overview = `${server.url}/api/m/solvik/overview`;
  const withToken = { headers: { authorization: `Bearer ${secret}` } };
  expect((await fetch(overview, withToken)).status).toBe(200);

  // Shown once: after a reload the page only knows the token's prefix.
  await page.reload();
  await row.waitFor();
  expect(await page.getByRole('textbox', { name: 'Ny API-nyckel', exact: true }).count()).toBe(0);
  expect(await page.content()).not.toContain(secret);

  await activate(page, page.getByRole('button', { name: `Återkalla ${tokenName}`, exact: true }));
  const dialog = page.getByRole('dialog', { name: `Återkalla ”${tokenName}”?`, exact: true });
  await dialog.waitFor();
  await expectNoAxeViolations(page);
  await activate(page, dialog.getByRole('button', { name: 'Återkalla nyckeln', exact: true }));

  await statusMessage(page, `Klart: Nyckeln ”${tokenName}” är återkallad.`).waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(async () => (await cellsOf(row))[5], settled).toBe('Återkallad');
  expect(await page.getByRole('button', { name: `Återkalla ${tokenName}` }).count()).toBe(0);
  expect((await fetch(overview, withToken)).status).toBe(401);
});

test('the audit trail lists the changes just made and its chain checks out intact', async ({ page }) => {
  await signInAsAdministrator(page);
  await goTo(page, 'Händelselogg', '/m/solvik/admin/audit', 'Händelselogg för Solvik kommun');
  await page.getByRole('table').waitFor();
  await expectNoAxeViolations(page);

  const byKarin = page.getByRole('row').filter({ hasText: 'Karin Lindqvist' });
  for (const action of ['Person tillagd', 'Roller ändrade', 'API-nyckel skapad', 'API-nyckel återkallad']) {
    expect(await byKarin.filter({ hasText: action }).count(), action).toBeGreaterThan(0);
  }

  await activate(page, page.getByRole('button', { name: 'Kontrollera kedjan', exact: true }));
  const verdict = page.getByRole('status').filter({ hasText: 'Kedjan är obruten.' });
  await verdict.waitFor();
  expect(await verdict.innerText()).toMatch(/^Kedjan är obruten\. \d+ poster kontrollerade\.$/);
  await expectNoAxeViolations(page);
});
