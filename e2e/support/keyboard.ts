import type { Locator, Page } from 'playwright-core';

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
