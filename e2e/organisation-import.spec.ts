import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { translate } from '../common/i18n/index.ts';
import { membershipRoles } from '../common/organisation.ts';
import { expectNoAxeViolations } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { activate, chooseFile } from './support/keyboard.ts';
import { arriveAt, signInWithPassword, statusMessage, visit } from './support/steps.ts';

const test = journey();
const folder = mkdtempSync(path.join(tmpdir(), 'samspel-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const sv = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate('sv', key, values);
const council = 'Tillgänglighetsrådet';

/** The sheet a secretary keeps: one membership a row, Swedish headers. */
async function writeWorkbook(file: string, roles: [string, string]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Organisation');
  sheet.addRow(['Organ', 'Typ', 'Mandatperiod', 'Namn', 'Kön', 'Födelseår', 'Parti', 'Roll', 'Från']);
  sheet.addRow([council, 'nämnd', '2026–2030', 'Vera Lindahl', 'kvinna', 1958, 'S', roles[0], '2026-11-16']);
  sheet.addRow([council, 'nämnd', '2026–2030', 'Sami Qureshi', 'man', 1991, 'M', roles[1], '2026-11-16']);
  const full = path.join(folder, file);
  await workbook.xlsx.writeFile(full);
  return full;
}

/** Chooses the spreadsheet in the import form's file field by keyboard. */
function chooseWorkbook(page: Page, file: string): Promise<void> {
  return chooseFile(page, page.getByLabel(sv('web.org.imp.file'), { exact: true }), file, { max: 60 });
}

test('a secretary imports Solvik’s organisation from a spreadsheet with one bad row, reads the report, fixes it and imports again', async ({
  page,
}) => {
  await visit(page, '/sign-in?municipality=solvik', 'Logga in i Solvik kommun');
  await signInWithPassword(page, { email: 'sekreterare@solvik.example' });
  await arriveAt(page, '/m/solvik/home', 'Din startsida i Solvik kommun');

  const nav = page.getByRole('navigation', { name: 'Sidor i Solvik kommun', exact: true });
  await activate(page, nav.getByRole('link', { name: sv('web.nav.import'), exact: true }), {
    backwards: true,
    max: 40,
  });
  await arriveAt(page, '/m/solvik/admin/import', sv('web.org.imp.heading', { name: 'Solvik kommun' }));
  await expectNoAxeViolations(page);

  const bad = await writeWorkbook('solvik-organisation.xlsx', ['ordförande', 'drottning']);
  await chooseWorkbook(page, bad);
  await activate(page, page.getByRole('button', { name: sv('web.org.imp.import'), exact: true }));

  const problems = page.getByRole('heading', {
    name: sv('web.org.imp.problems_heading', { count: 1 }),
    exact: true,
  });
  await problems.waitFor({ state: 'visible' });
  const message = sv('import.invalid', { value: 'drottning', expected: membershipRoles.join(', ') });
  const row = page.getByRole('row').filter({ hasText: message });
  await expect.poll(() => row.count()).toBe(1);
  expect(await row.innerText()).toMatch(/^3\s/);
  await expectNoAxeViolations(page);

  // Nothing was kept: the public page does not list the new body.
  const nothing = await page.request.get('/api/m/solvik/bodies');
  expect(JSON.stringify(await nothing.json())).not.toContain(council);

  const fixed = await writeWorkbook('solvik-organisation-rattad.xlsx', ['ordförande', 'ledamot']);
  await chooseWorkbook(page, fixed);
  await activate(page, page.getByRole('button', { name: sv('web.org.imp.import'), exact: true }), {
    backwards: true,
    max: 40,
  });
  const done = sv('web.org.imp.ok_import', { rows: 2, bodies: 1, persons: 2, memberships: 2, terms: 0 });
  await expect
    .poll(async () => (await page.getByText(done).count()) + (await statusMessage(page, done).count()))
    .toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  await visit(page, '/m/solvik/organisation', sv('web.org.heading', { name: 'Solvik kommun' }));
  await activate(page, page.getByRole('link', { name: council, exact: true }), { max: 80 });
  await page.getByRole('heading', { level: 1, name: council }).waitFor({ state: 'visible' });
  await expect.poll(() => page.getByRole('link', { name: 'Vera Lindahl', exact: true }).count()).toBe(1);
  await expectNoAxeViolations(page);
});
