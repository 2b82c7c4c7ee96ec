import { expect } from 'vitest';
import { expectNoAxeViolations } from './support/browser.ts';
import { journey } from './support/journey.ts';

const test = journey();

test('the start page shows its heading and meets WCAG 2.1 AA', async ({ page }) => {
  await page.goto('/');

  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor({ state: 'visible' });
  expect((await heading.textContent())?.trim()).toBeTruthy();
  await expectNoAxeViolations(page);
});
