import type { Db } from '../../db/client.ts';
import { systemActor } from '../../http/context.ts';
import { ensureUserWithRoles, listUsers } from '../accounts/accounts.service.ts';
import {
  createMunicipality,
  findDemoMunicipalities,
  isDatabaseEmpty,
} from '../municipalities/municipalities.service.ts';
import { DEMO_PASSWORD, demoMunicipalities, sharedPerson } from './demo.data.ts';
import { fjordvikRegistry, solvikRegistry } from './matters.data.ts';
import { seedMatters } from './matters.seed.ts';
import { fjordvikMeetings, solvikMeetings } from './meetings.data.ts';
import { seedMeetings } from './meetings.seed.ts';
import { fjordvikOrganisation, solvikOrganisation } from './organisation.data.ts';
import { seedOrganisation } from './organisation.seed.ts';

/**
 * Loads Solvik kommun and Fjordvik kommune with a person for every role, their organisations, a
 * registry of matters in every state, and their meetings (the plan, meetings held with signed
 * minutes on the notice board, the next ones). Runs through the same service functions as the API,
 * so the demo data is audited like any other change.
 */
export async function seedDemo(db: Db, onProgress?: (done: number, total: number) => void): Promise<void> {
  const total = demoMunicipalities.reduce((n, d) => n + 1 + d.people.length, 0) + 8;
  let done = 0;
  const step = () => onProgress?.(++done, total);
  const ids = new Map<string, string>();
  for (const demo of demoMunicipalities) {
    const municipality = await createMunicipality(db, {
      actor: systemActor(null, 'demo'),
      municipality: demo.municipality,
    });
    ids.set(municipality.slug, municipality.id);
    step();
    for (const person of demo.people) {
      await ensureUserWithRoles(db, {
        actor: systemActor(municipality.id, 'demo'),
        municipalityId: municipality.id,
        ...person,
        password: DEMO_PASSWORD,
      });
      step();
    }
  }
  for (const [slug, roles] of Object.entries(sharedPerson.rolesBySlug)) {
    const municipalityId = ids.get(slug);
    if (!municipalityId) continue;
    await ensureUserWithRoles(db, {
      actor: systemActor(municipalityId, 'demo'),
      municipalityId,
      email: sharedPerson.email,
      name: sharedPerson.name,
      password: DEMO_PASSWORD,
      roles,
    });
    step();
  }
  for (const [organisation, registry, meetings] of [
    [solvikOrganisation, solvikRegistry, solvikMeetings],
    [fjordvikOrganisation, fjordvikRegistry, fjordvikMeetings],
  ] as const) {
    const demo = demoMunicipalities.find((d) => d.municipality.slug === organisation.slug);
    const municipalityId = ids.get(organisation.slug);
    if (!demo || !municipalityId) continue;
    const { jurisdiction, defaultLocale } = demo.municipality;
    const seeded = await seedOrganisation(db, municipalityId, organisation, jurisdiction);
    step();
    await seedMatters(db, {
      municipalityId,
      jurisdiction,
      locale: defaultLocale,
      registry,
      organisation: seeded,
      accounts: demo.people,
    });
    step();
    await seedMeetings(db, {
      municipalityId,
      jurisdiction,
      locale: defaultLocale,
      data: meetings,
      registry,
      organisation: seeded,
      accounts: demo.people,
    });
    step();
  }
}

/** Seeds the demo on first start, when the database has no municipality at all. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  if (!(await isDatabaseEmpty(db))) return false;
  await seedDemo(db);
  return true;
}

export type DemoAccounts = {
  password: string;
  municipalities: Array<{
    slug: string;
    name: string;
    accounts: Array<{ email: string; name: string; roles: string[] }>;
  }>;
};

/** The demo logins, while demo municipalities exist; public so the start page can show them. */
export async function listDemoAccounts(db: Db): Promise<DemoAccounts> {
  const result: DemoAccounts = { password: DEMO_PASSWORD, municipalities: [] };
  for (const municipality of await findDemoMunicipalities(db)) {
    const users = await listUsers(db, {
      actor: systemActor(municipality.id),
      municipalityId: municipality.id,
    });
    result.municipalities.push({
      slug: municipality.slug,
      name: municipality.name,
      accounts: users
        .filter((u) => u.email.endsWith('.example'))
        .map((u) => ({ email: u.email, name: u.name, roles: u.roles })),
    });
  }
  return result;
}
