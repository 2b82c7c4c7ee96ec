import { expect } from 'vitest';
import { expectNoAxeViolations } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { activate, tabTo } from './support/keyboard.ts';
import { pageHeading, visit } from './support/steps.ts';

const resident = {
  sub: 'solvik-resident-19850412',
  email: 'astrid.nilsson@example.se',
  emailVerified: true,
  name: 'Astrid Nilsson',
};

const test = journey({ oidc: { municipality: 'solvik', accounts: [resident] } });

test('a resident signs in to Solvik with e-ID by keyboard and comes back as a citizen', async ({
  page,
  server,
}) => {
  if (!server.oidc) throw new Error('the journey needs its OpenID Connect provider');
  const { issuer, displayName } = server.oidc;

  await visit(page, '/sign-in?municipality=solvik', 'Logga in i Solvik kommun');
  await expectNoAxeViolations(page);
  await activate(page, page.getByRole('link', { name: `Logga in med ${displayName}`, exact: true }));

  // The provider's own development pages: not Samspel's, so neither its names nor axe apply.
  await page.waitForURL((url) => url.origin === issuer);
  const login = page.locator('input[name="login"]');
  await tabTo(page, login);
  await page.keyboard.type(resident.sub);
  await tabTo(page, page.locator('input[name="password"]'));
  await page.keyboard.type('any password will do');
  await page.keyboard.press('Enter');
  const consent = page.locator('button[type="submit"]', { hasText: 'Continue' });
  await tabTo(page, consent);
  await page.keyboard.press('Enter');

  await page.waitForURL((url) => url.origin === server.url && url.pathname === '/m/solvik/home');
  await pageHeading(page, 'Din startsida i Solvik kommun').waitFor();
  const main = page.getByRole('main');
  await main.getByRole('heading', { level: 2, name: 'Dina roller här', exact: true }).waitFor();
  expect(
    await main
      .getByRole('listitem')
      .filter({ hasText: /^Medborgare$/ })
      .count(),
  ).toBe(1);
  await main.getByRole('heading', { level: 2, name: 'Medborgare', exact: true }).waitFor();
  await page.getByRole('banner').getByRole('button', { name: resident.name }).waitFor();
  await expectNoAxeViolations(page);
});

test('a sign-in that comes back with a forged state lands on the sign-in page with a localized error', async ({
  page,
}) => {
  await page.goto('/api/auth/oidc/callback?state=forged&code=x');
  await page.waitForURL(
    (url) => url.pathname === '/sign-in' && url.searchParams.get('error') === 'oidc_failed',
  );
  await pageHeading(page, 'Logga in').waitFor();
  await page
    .getByText(
      'Fel: Inloggningen med e-legitimation misslyckades. Försök igen eller logga in på annat sätt.',
      {
        exact: true,
      },
    )
    .waitFor();
  // Still signed out: no user menu, and the password form is there to try another way.
  await page.getByRole('textbox', { name: 'E-postadress', exact: true }).waitFor();
  expect(
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Användarmeny/ })
      .count(),
  ).toBe(0);
  await expectNoAxeViolations(page);
});
