import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { intlTags, translate, type Locale } from '../../common/i18n/index.ts';
import type { Jurisdiction } from '../../common/roles.ts';
import { DEMO_PASSWORD } from '../../server/modules/demo/demo.data.ts';
import { activate, tabTo, typeInto } from './keyboard.ts';

/** How long a step waits for the page to settle, as locators do. */
const STEP_TIMEOUT_MS = 10_000;

/** A person with an account, as a journey signs them in and finds them on the pages. */
export type Person = { email: string; name: string };

/**
 * A municipality as a journey visits it: its address (`/m/{slug}`), its name, the language its
 * pages are read in, and the country whose law and clock it keeps.
 */
export type Municipality = { slug: string; name: string; locale: Locale; jurisdiction: Jurisdiction };

/** `text` as part of a regular expression that matches it letter for letter. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Polls until the value matches, as long as a step may wait: the page may take a while to catch
 * up (live events, refetches), longer than the default second.
 */
export function poll<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: STEP_TIMEOUT_MS });
}

/** A day as the pages show it in their language ("1 dec. 2026" in Swedish, "5. jan. 2027" in bokmål). */
export function shownDay(day: string, { locale = 'sv' }: { locale?: Locale } = {}): string {
  return new Intl.DateTimeFormat(intlTags[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The page's one h1, which must read exactly `name`. */
export function pageHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** Waits until `target` is the focused element, as after the app moves focus itself. */
export async function waitForFocus(target: Locator): Promise<void> {
  await expect
    .poll(() => target.evaluate((element) => element === document.activeElement), {
      message: `${target} should get focus`,
      timeout: STEP_TIMEOUT_MS,
    })
    .toBe(true);
}

/**
 * After a link or button took the person to another page: the address is `path`, the
 * page's h1 reads `heading`, and focus is on that h1 so that a screen reader starts there.
 */
export async function arriveAt(page: Page, path: string, heading: string): Promise<void> {
  await page.waitForURL((url) => url.pathname + url.search === path);
  const h1 = pageHeading(page, heading);
  await h1.waitFor({ state: 'visible' });
  await waitForFocus(h1);
}

/** Lands on a page whose address matches `path` (ids unknown beforehand), its h1 focused. */
export async function arriveAtMatching(page: Page, path: RegExp, heading: string): Promise<void> {
  await page.waitForURL((url) => path.test(url.pathname + url.search));
  const h1 = pageHeading(page, heading);
  await h1.waitFor({ state: 'visible' });
  await waitForFocus(h1);
}

/** Opens a page by its address, as when following a bookmark, and waits for its h1. */
export async function visit(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await pageHeading(page, heading).waitFor({ state: 'visible' });
}

/** The message in the page's status region, found by its text (it starts "Klart:" or "Fel:"). */
export function statusMessage(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

/** A message in the page's status region, as the person is told after an action. */
export async function expectDone(
  page: Page,
  message: string,
  { locale = 'sv' }: { locale?: Locale } = {},
): Promise<void> {
  await statusMessage(page, `${translate(locale, 'web.notification.success')} ${message}`).waitFor({
    state: 'visible',
  });
}

/** The municipality's own menu in the header, named after it. */
export function municipalityNav(page: Page, { name, locale }: Municipality): Locator {
  return page.getByRole('navigation', { name: translate(locale, 'web.nav.label', { name }), exact: true });
}

/**
 * Opens a header menu (language, municipality, user) by keyboard and waits for `item` in it.
 * The header is above everything else: from a fresh page Tab goes there first, from anywhere
 * in the page Shift+Tab goes back up to it.
 */
export async function openMenu(page: Page, trigger: Locator, item: Locator): Promise<void> {
  const fresh = await page.evaluate(() => document.activeElement === document.body);
  await tabTo(page, trigger, { backwards: !fresh });
  await page.keyboard.press('Enter');
  await item.waitFor({ state: 'visible' });
  await waitForAnimations(page);
}

/**
 * Waits for running animations to end. Designsystemet's menus fade in even with reduced motion,
 * and a half-faded item would read as low contrast to axe.
 */
export async function waitForAnimations(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
}

/**
 * Fills in the sign-in form on the page it is on, by keyboard, and sends it with Enter on its
 * button. The caller checks where the person lands.
 */
export async function signInWithPassword(
  page: Page,
  { email, password = DEMO_PASSWORD, locale = 'sv' }: { email: string; password?: string; locale?: Locale },
): Promise<void> {
  await typeInto(
    page,
    page.getByRole('textbox', { name: translate(locale, 'web.field.email'), exact: true }),
    email,
  );
  await typeInto(page, page.getByLabel(translate(locale, 'web.field.password'), { exact: true }), password);
  await activate(
    page,
    page.getByRole('button', { name: translate(locale, 'web.sign_in.submit'), exact: true }),
  );
}

/** Signs in on the municipality's sign-in page and lands on the start page. */
export async function signInAt(page: Page, municipality: Municipality, person: Person): Promise<void> {
  const { slug, name, locale } = municipality;
  await visit(
    page,
    `/sign-in?municipality=${slug}`,
    translate(locale, 'web.sign_in.heading_municipality', { name }),
  );
  await signInWithPassword(page, { email: person.email, locale });
  await arriveAt(page, `/m/${slug}/home`, translate(locale, 'web.home.heading', { name }));
  await expectDone(page, translate(locale, 'web.sign_in.success', { name: person.name }), { locale });
}

/** From any page: the header's sign-in link, then the sign-in form; lands on the start page. */
export async function signInFromHeader(
  page: Page,
  { email, slug, locale = 'sv' }: { email: string; slug: string; locale?: Locale },
): Promise<void> {
  const header = page.getByRole('banner');
  await activate(
    page,
    header.getByRole('link', { name: translate(locale, 'web.header.sign_in'), exact: true }),
  );
  await arriveAt(page, '/sign-in', translate(locale, 'web.sign_in.heading'));
  await signInWithPassword(page, { email, locale });
  await page.waitForURL((url) => url.pathname === `/m/${slug}/home`);
}

/** Signs out from the user menu (`everywhere` ends every session of the person). */
export async function signOut(
  page: Page,
  { name, everywhere = false, locale = 'sv' }: { name: string; everywhere?: boolean; locale?: Locale },
): Promise<void> {
  const item = page.getByRole('button', {
    name: translate(locale, everywhere ? 'web.sign_out.everywhere' : 'web.sign_out.here'),
    exact: true,
  });
  await openMenu(page, page.getByRole('banner').getByRole('button', { name }), item);
  await tabTo(page, item);
  await page.keyboard.press('Enter');
}
