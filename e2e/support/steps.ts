import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { translate, type Locale } from '../../common/i18n/index.ts';
import { DEMO_PASSWORD } from '../../server/modules/demo/demo.data.ts';
import { activate, tabTo, typeInto } from './keyboard.ts';

/** How long a step waits for the page to settle, as locators do. */
const STEP_TIMEOUT_MS = 10_000;

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

/** Opens a page by its address, as when following a bookmark, and waits for its h1. */
export async function visit(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await pageHeading(page, heading).waitFor({ state: 'visible' });
}

/** The message in the page's status region, found by its text (it starts "Klart:" or "Fel:"). */
export function statusMessage(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
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
