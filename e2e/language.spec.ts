import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Locale } from '../common/i18n/index.ts';
import { expectNoAxeViolations } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { tabTo } from './support/keyboard.ts';
import {
  arriveAt,
  openMenu,
  pageHeading,
  signInFromHeader,
  signOut,
  statusMessage,
  visit,
} from './support/steps.ts';

const test = journey();

/** The language menu names each language in itself, whatever the UI language is. */
const languages: Array<{
  locale: Locale;
  name: string;
  switcher: string;
  title: string;
  skipLink: string;
  signIn: string;
}> = [
  {
    locale: 'sv',
    name: 'Svenska',
    switcher: 'Språk: Svenska',
    title: 'Öppen plattform för politisk styrning – Samspel',
    skipLink: 'Hoppa till huvudinnehållet',
    signIn: 'Logga in',
  },
  {
    locale: 'nb',
    name: 'Norsk bokmål',
    switcher: 'Språk: Norsk bokmål',
    title: 'Åpen plattform for politisk styring – Samspel',
    skipLink: 'Hopp til hovedinnhold',
    signIn: 'Logg inn',
  },
  {
    locale: 'nn',
    name: 'Norsk nynorsk',
    switcher: 'Språk: Norsk nynorsk',
    title: 'Open plattform for politisk styring – Samspel',
    skipLink: 'Hopp til hovudinnhaldet',
    signIn: 'Logg inn',
  },
  {
    locale: 'en',
    name: 'English',
    switcher: 'Language: English',
    title: 'Open platform for political governance – Samspel',
    skipLink: 'Skip to main content',
    signIn: 'Sign in',
  },
];

function languageNamed(name: string) {
  const language = languages.find((l) => l.name === name);
  if (!language) throw new Error(`no language named ${name}`);
  return language;
}

/** Opens the language menu from its button `from` and chooses `to`, all by keyboard. */
async function switchLanguage(page: Page, from: string, to: string): Promise<void> {
  const item = page.getByRole('button', { name: to, exact: true });
  await openMenu(page, page.getByRole('button', { name: from, exact: true }), item);
  await tabTo(page, item);
  await page.keyboard.press('Enter');
  const { locale, switcher } = languageNamed(to);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
  // The menu closes and hands focus back to its button, now named in the new language.
  await page.getByRole('button', { name: switcher, exact: true }).waitFor();
}

/** The front page in one language: its `lang`, title, skip link and sign-in link. */
async function expectFrontPageIn(page: Page, name: string): Promise<void> {
  const language = languageNamed(name);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language.locale);
  expect(await page.title()).toBe(language.title);
  // The front page's h1 is the product's name, which is the same in every language.
  await pageHeading(page, 'Samspel').waitFor();
  await page.getByRole('link', { name: language.skipLink, exact: true }).waitFor({ state: 'attached' });
  await page.getByRole('banner').getByRole('link', { name: language.signIn, exact: true }).waitFor();
}

test('a visitor switches the language by keyboard to bokmål, nynorsk and English, and the choice survives a reload', async ({
  page,
}) => {
  await visit(page, '/', 'Samspel');
  await expectFrontPageIn(page, 'Svenska');
  await expectNoAxeViolations(page);

  let current = 'Svenska';
  for (const next of ['Norsk bokmål', 'Norsk nynorsk', 'English']) {
    await switchLanguage(page, languageNamed(current).switcher, next);
    await expectFrontPageIn(page, next);
    await expectNoAxeViolations(page);
    current = next;
  }

  await page.reload();
  await pageHeading(page, 'Samspel').waitFor();
  await expectFrontPageIn(page, 'English');
});

test('a signed-in person’s language is saved to their account and follows them to a fresh browser', async ({
  page,
  newPage,
}) => {
  await visit(page, '/', 'Samspel');
  await signInFromHeader(page, { email: 'sekreterare@solvik.example', slug: 'solvik' });
  await arriveAt(page, '/m/solvik/home', 'Din startsida i Solvik kommun');
  await expectNoAxeViolations(page);

  const saved = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/me' && response.request().method() === 'PATCH',
  );
  await switchLanguage(page, 'Språk: Svenska', 'English');
  expect((await saved).ok()).toBe(true);
  await pageHeading(page, 'Your start page in Solvik kommun').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Your roles here', exact: true }).waitFor();
  await expectNoAxeViolations(page);
  await signOut(page, { name: 'Anna Berg', locale: 'en' });
  await arriveAt(page, '/', 'Samspel');

  // Another browser, in Swedish and with nothing stored: the account's language wins once signed in.
  const elsewhere = await newPage();
  await visit(elsewhere, '/', 'Samspel');
  await expectFrontPageIn(elsewhere, 'Svenska');
  await signInFromHeader(elsewhere, { email: 'sekreterare@solvik.example', slug: 'solvik' });
  await arriveAt(elsewhere, '/m/solvik/home', 'Your start page in Solvik kommun');
  expect(await elsewhere.evaluate(() => document.documentElement.lang)).toBe('en');
  // The welcome comes in the account's language too, not half in the one the form was in.
  await statusMessage(elsewhere, 'Done: You are signed in as Anna Berg.').waitFor();
  await elsewhere.getByRole('button', { name: 'Language: English', exact: true }).waitFor();
  await expectNoAxeViolations(elsewhere);
});
