import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export type TabToOptions = {
  /** Most key presses before giving up; a page whose target lies further away has a focus problem. */
  max?: number;
  /** Shift+Tab instead of Tab, for a target above the current focus. */
  backwards?: boolean;
};

/** What has focus now, as a person using a screen reader would roughly hear it. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '(nothing: the page body)';
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    const label =
      element.getAttribute('aria-label') ??
      (element instanceof HTMLInputElement && element.labels?.[0]
        ? element.labels[0].textContent
        : element.textContent);
    const text = (label ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    return text ? `${role} "${text}"` : role;
  });
}

async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, the way a keyboard user gets there.
 * Waits first for the target to be visible. Fails naming every element focus passed through.
 */
export async function tabTo(page: Page, target: Locator, { max = 60, backwards = false }: TabToOptions = {}) {
  await target.waitFor({ state: 'visible' });
  const passed: string[] = [];
  for (let presses = 0; presses < max; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    passed.push(await describeFocus(page));
  }
  if (await hasFocus(target)) return;
  throw new Error(
    `${target} did not get focus within ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; ` +
      `focus went to:\n${passed.map((step, index) => `  ${index + 1}. ${step}`).join('\n')}`,
  );
}

/** Tabs to a link or button and presses Enter on it. */
export async function activate(page: Page, target: Locator, options?: TabToOptions): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press('Enter');
}

/** Tabs to a text field, and types into it. */
export async function typeInto(page: Page, field: Locator, text: string, options?: TabToOptions) {
  await tabTo(page, field, options);
  await page.keyboard.type(text);
}

/** Chooses a file the way a keyboard user does: tab to the file field, press Space, pick the file. */
export async function chooseFile(page: Page, field: Locator, file: string, options?: TabToOptions) {
  await tabTo(page, field, options);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file);
}

/** The value a select shows. */
export function chosenOption(select: Locator): Promise<string | null | undefined> {
  return select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
}

/** Picks an option in a select with the arrow keys, as a keyboard user does. */
export async function choose(
  page: Page,
  select: Locator,
  option: string | RegExp,
  options: TabToOptions = {},
): Promise<void> {
  const matches = (text: string | null | undefined) =>
    typeof option === 'string' ? text === option : option.test(text ?? '');
  await tabTo(page, select, { max: 80, ...options });
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 60 && !matches(await chosenOption(select)); presses++) {
    await page.keyboard.press('ArrowDown');
  }
  const chosen = await chosenOption(select);
  if (typeof option === 'string') expect(chosen).toBe(option);
  else expect(chosen).toMatch(option);
}

type DayPart = 'year' | 'month' | 'date';

/**
 * Types a day into a date field, or into the date part of a date-and-time field keeping its time,
 * by keyboard. The order of the parts follows the browser's own language, not the page's, so the
 * parts are found first.
 */
export async function typeDayInto(page: Page, field: Locator, day: string): Promise<void> {
  await tabTo(page, field, { max: 80 });
  const [before = '', time = ''] = (await field.inputValue()).split('T');
  const parts = before ? await dayPartsByChange(page, field) : await dayPartsByCount(page, field);
  expect(parts.toSorted()).toEqual(['date', 'month', 'year']);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const [year = '', month = '', date = ''] = day.split('-');
  const typed = { year, month, date };
  for (const [index, part] of parts.entries()) {
    await page.keyboard.type(typed[part]);

    // A year could have more digits, so it does not move on by itself as a month or a day does.
    if (part === 'year' && index < 2) await page.keyboard.press('ArrowRight');
  }
  expect(await field.inputValue()).toBe(time ? `${day}T${time}` : day);
}

/**
 * The parts of an empty date field, in order: the up arrow sets the first part once, the second
 * twice and the third three times, and the value tells which part is which. Focus ends on the third.
 */
async function dayPartsByCount(page: Page, field: Locator): Promise<DayPart[]> {
  for (const [part, presses] of [1, 2, 3].entries()) {
    if (part > 0) await page.keyboard.press('ArrowRight');
    for (let n = 0; n < presses; n++) await page.keyboard.press('ArrowUp');
  }
  const [, month, date] = (await field.inputValue()).split('-').map(Number);
  const parts: DayPart[] = ['year', 'year', 'year'];
  parts[(month ?? 0) - 1] = 'month';
  parts[(date ?? 0) - 1] = 'date';
  return parts;
}

/**
 * The date parts of a filled field, in order: the up arrow on each part tells which it is, and the
 * down arrow puts it back. Focus ends on the third.
 */
async function dayPartsByChange(page: Page, field: Locator): Promise<DayPart[]> {
  const read = async () => {
    const [date = ''] = (await field.inputValue()).split('T');
    const [year = '', month = '', dayOfMonth = ''] = date.split('-');
    return { year, month, date: dayOfMonth };
  };
  const parts: DayPart[] = [];
  for (let index = 0; index < 3; index++) {
    if (index > 0) await page.keyboard.press('ArrowRight');
    const was = await read();
    await page.keyboard.press('ArrowUp');
    const now = await read();
    const changed = (['year', 'month', 'date'] as const).find((part) => now[part] !== was[part]);
    expect(changed).toBeDefined();
    if (changed) parts.push(changed);
    await page.keyboard.press('ArrowDown');
  }
  return parts;
}
