import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { arriveAt, pageHeading, signInFromHeader, signOut, statusMessage, visit } from './support/steps.ts';

const test = journey();

const person = { name: 'Maria Holm', email: 'kommundirektor@solvik.example' };

async function signInOn(page: Page): Promise<void> {
  await visit(page, '/', 'Samspel');
  await signInFromHeader(page, { email: person.email, slug: 'solvik' });
  await arriveAt(page, '/m/solvik/home', 'Din startsida i Solvik kommun');
}

test('signing out everywhere on one device ends the session on the other', async ({ page, newPage }) => {
  const laptop = page;
  const phone = await newPage();
  await signInOn(laptop);
  await signInOn(phone);

  // Both sessions are live: the laptop is still signed in after a reload.
  await laptop.reload();
  await pageHeading(laptop, 'Din startsida i Solvik kommun').waitFor();
  await laptop.getByRole('banner').getByRole('button', { name: person.name }).waitFor();

  await signOut(phone, { name: person.name, everywhere: true });
  await arriveAt(phone, '/', 'Samspel');
  await statusMessage(phone, 'Klart: Du är utloggad överallt: 2 sessioner avslutades.').waitFor();
  await expectNoAxeViolations(phone);

  await laptop.reload();
  await pageHeading(laptop, 'Du behöver logga in').waitFor();
  await laptop.getByRole('banner').getByRole('link', { name: 'Logga in', exact: true }).waitFor();
  await expectNoAxeViolations(laptop);
});
