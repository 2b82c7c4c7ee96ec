import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Locale } from '../common/i18n/index.ts';
import { expectNoAxeViolations } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { activate } from './support/keyboard.ts';
import { arriveAt, pageHeading, signInWithPassword, signOut, statusMessage, visit } from './support/steps.ts';

const test = journey();

/** What the pages say, per language, exactly as a person reads it. */
const texts = {
  sv: {
    signIn: 'Logga in',
    home: (municipality: string) => `Din startsida i ${municipality}`,
    signedIn: (name: string) => `Klart: Du är inloggad som ${name}.`,
    yourRoles: 'Dina roller här',
    nav: (municipality: string) => `Sidor i ${municipality}`,
    adminLinks: ['Användare', 'Händelselogg', 'Inloggningstjänster'],
    counts: {
      users: 'Personer med roller',
      administrators: 'Administratörer',
      audit: 'Poster i händelseloggen',
    },
    signedOut: 'Klart: Du är utloggad.',
    signInNeeded: 'Du behöver logga in',
  },
  nb: {
    signIn: 'Logg inn',
    home: (municipality: string) => `Startsiden din i ${municipality}`,
    signedIn: (name: string) => `Ferdig: Du er logget inn som ${name}.`,
    yourRoles: 'Rollene dine her',
    nav: (municipality: string) => `Sider i ${municipality}`,
    adminLinks: ['Brukere', 'Hendelseslogg', 'Innloggingstjenester'],
    counts: {
      users: 'Personer med roller',
      administrators: 'Administratorer',
      audit: 'Oppføringer i hendelsesloggen',
    },
    signedOut: 'Ferdig: Du er logget ut.',
    signInNeeded: 'Du må logge inn',
  },
} as const;

type Person = {
  name: string;
  email: string;
  /** The role as the start page names it. */
  role: string;
  administrator: boolean;
  slug: string;
  municipality: string;
  locale: keyof typeof texts & Locale;
  /** How many people hold a role in the municipality's demo. */
  peopleWithRoles: number;
};

// Solvik: seven demo people, a department head, nine members of the council and the children's
// and education committee, and Jonas Ekberg, who administers both municipalities.
const solvik = { slug: 'solvik', municipality: 'Solvik kommun', locale: 'sv', peopleWithRoles: 18 } as const;

const solvikPeople: Person[] = [
  {
    ...solvik,
    name: 'Karin Lindqvist',
    email: 'admin@solvik.example',
    role: 'Administratör',
    administrator: true,
  },
  {
    ...solvik,
    name: 'Anna Berg',
    email: 'sekreterare@solvik.example',
    role: 'Nämndsekreterare',
    administrator: false,
  },
  {
    ...solvik,
    name: 'Erik Johansson',
    email: 'handlaggare@solvik.example',
    role: 'Handläggare',
    administrator: false,
  },
  {
    ...solvik,
    name: 'Maria Holm',
    email: 'kommundirektor@solvik.example',
    role: 'Kommundirektör',
    administrator: false,
  },
  {
    ...solvik,
    name: 'Lars Nyström',
    email: 'ordforande@solvik.example',
    role: 'Förtroendevald',
    administrator: false,
  },
  {
    ...solvik,
    name: 'Sofia Ek',
    email: 'sakerhet@solvik.example',
    role: 'Säkerhetsansvarig',
    administrator: false,
  },
  {
    ...solvik,
    name: 'Oskar Wikström',
    email: 'medborgare@solvik.example',
    role: 'Medborgare',
    administrator: false,
  },
];

const fjordvikAdministrator: Person = {
  name: 'Ingrid Haugen',
  email: 'admin@fjordvik.example',
  role: 'Administrator',
  administrator: true,
  slug: 'fjordvik',
  municipality: 'Fjordvik kommune',
  locale: 'nb',
  // As many as in Solvik before its committees, and the eight of the committee for upbringing.
  peopleWithRoles: 17,
};

/** The start page's facts, term by term, e.g. "Administratörer" → "2". */
async function facts(page: Page): Promise<Map<string, string>> {
  const main = page.getByRole('main');
  const terms = await main.getByRole('term').allInnerTexts();
  const definitions = await main.getByRole('definition').allInnerTexts();
  return new Map(terms.map((term, index) => [term.trim(), (definitions[index] ?? '').trim()]));
}

async function expectStartPage(page: Page, person: Person): Promise<void> {
  const say = texts[person.locale];
  const main = page.getByRole('main');
  await statusMessage(page, say.signedIn(person.name)).waitFor();
  await main.getByRole('heading', { level: 2, name: say.yourRoles, exact: true }).waitFor();
  expect(
    await main
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^${person.role}$`) })
      .count(),
  ).toBe(1);

  const nav = page.getByRole('navigation', { name: say.nav(person.municipality), exact: true });
  for (const link of say.adminLinks) {
    expect(await nav.getByRole('link', { name: link, exact: true }).count()).toBe(
      person.administrator ? 1 : 0,
    );
  }
  if (!person.administrator) {
    // Each role whose tools come later has a section telling what the person will do here.
    await main.getByRole('heading', { level: 2, name: person.role, exact: true }).waitFor();
    expect(await main.getByRole('term').count()).toBe(0);
    return;
  }
  for (const link of say.adminLinks) await main.getByRole('link', { name: link, exact: true }).waitFor();
  const counts = await facts(page);
  expect(counts.get(say.counts.users)).toBe(String(person.peopleWithRoles));
  expect(counts.get(say.counts.administrators)).toBe('2');
  expect(Number(counts.get(say.counts.audit))).toBeGreaterThan(0);
}

async function signInAndOut(page: Page, person: Person): Promise<void> {
  const say = texts[person.locale];
  const home = `/m/${person.slug}/home`;

  await visit(page, '/', 'Samspel');
  await expectNoAxeViolations(page);

  await activate(page, page.getByRole('banner').getByRole('link', { name: say.signIn, exact: true }));
  await arriveAt(page, '/sign-in', say.signIn);
  await expectNoAxeViolations(page);

  await signInWithPassword(page, { email: person.email, locale: person.locale });
  await arriveAt(page, home, say.home(person.municipality));
  await expectStartPage(page, person);
  await expectNoAxeViolations(page);

  await signOut(page, { name: person.name, locale: person.locale });
  await arriveAt(page, '/', 'Samspel');
  await statusMessage(page, say.signedOut).waitFor();
  await page.getByRole('banner').getByRole('link', { name: say.signIn, exact: true }).waitFor();

  await page.goto(home);
  await pageHeading(page, say.signInNeeded).waitFor();
  await page.getByRole('main').getByRole('link', { name: say.signIn, exact: true }).waitFor();
  await expectNoAxeViolations(page);
}

for (const person of solvikPeople) {
  test(`${person.name} signs in to Solvik by keyboard, finds the role ${person.role} on the start page, and signs out`, async ({
    page,
  }) => {
    await signInAndOut(page, person);
  });
}

test('Fjordvik’s administrator, with a Norwegian browser, does the same in bokmål and sees the administration', async ({
  newPage,
}) => {
  await signInAndOut(await newPage({ locale: 'nb-NO' }), fjordvikAdministrator);
});
