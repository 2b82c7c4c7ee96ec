import { expect } from 'vitest';
import { expectNoAxeViolations } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { activate, tabTo } from './support/keyboard.ts';
import { arriveAt, openMenu, signInWithPassword, visit } from './support/steps.ts';

const test = journey();

test('a person with roles in two municipalities switches from Solvik to Fjordvik by keyboard', async ({
  page,
}) => {
  await visit(page, '/m/solvik', 'Solvik kommun');
  await expectNoAxeViolations(page);
  await activate(page, page.getByRole('main').getByRole('link', { name: 'Logga in i Solvik kommun' }));
  await arriveAt(page, '/sign-in?municipality=solvik', 'Logga in i Solvik kommun');
  await expectNoAxeViolations(page);
  await signInWithPassword(page, { email: 'it-drift@samverkan.example' });
  await arriveAt(page, '/m/solvik/home', 'Din startsida i Solvik kommun');
  await page.getByRole('navigation', { name: 'Sidor i Solvik kommun', exact: true }).waitFor();
  await expectNoAxeViolations(page);

  const fjordvik = page.getByRole('link', { name: 'Fjordvik kommune', exact: true });
  await openMenu(page, page.getByRole('button', { name: 'Kommun: Solvik kommun', exact: true }), fjordvik);
  // The menu lists both, the current one marked as such.
  const solvik = page.getByRole('link', { name: 'Solvik kommun', exact: true });
  expect(await solvik.getAttribute('aria-current')).toBe('true');
  expect(await fjordvik.getAttribute('aria-current')).toBeNull();
  await expectNoAxeViolations(page);

  await tabTo(page, fjordvik);
  await page.keyboard.press('Enter');
  await arriveAt(page, '/m/fjordvik/home', 'Din startsida i Fjordvik kommune');
  await page.getByRole('button', { name: 'Kommun: Fjordvik kommune', exact: true }).waitFor();
  await page.getByRole('navigation', { name: 'Sidor i Fjordvik kommune', exact: true }).waitFor();
  await expectNoAxeViolations(page);
});

test('a person with roles in one municipality sees no municipality switcher', async ({ page }) => {
  await visit(page, '/m/solvik', 'Solvik kommun');
  await activate(page, page.getByRole('main').getByRole('link', { name: 'Logga in i Solvik kommun' }));
  await arriveAt(page, '/sign-in?municipality=solvik', 'Logga in i Solvik kommun');
  await signInWithPassword(page, { email: 'admin@solvik.example' });
  await arriveAt(page, '/m/solvik/home', 'Din startsida i Solvik kommun');

  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Karin Lindqvist' }).waitFor();
  await header.getByRole('button', { name: 'Språk: Svenska', exact: true }).waitFor();
  expect(await header.getByRole('button', { name: /^Kommun:/ }).count()).toBe(0);
});
