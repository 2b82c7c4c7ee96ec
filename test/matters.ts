import { expect } from 'vitest';
import type { Role } from '../common/roles.ts';
import type { TestContext } from './app.ts';
import { makeMunicipality, makeUser, signIn, type Client } from './factories.ts';

/** The value, or a failed test naming what was missing. */
export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing: ${what}`);
  return value;
}

export type MattersWorld = Awaited<ReturnType<typeof makeMattersWorld>>;

/**
 * A municipality ready for matters: a council, an executive board, a committee and a department;
 * a person for each role signed in, the official and the department head linked to people in the
 * organisation (so "mine" and reporting work), and a URL helper in English.
 */
export async function makeMattersWorld(ctx: TestContext, jurisdiction: 'se' | 'no') {
  const m = await makeMunicipality(ctx, { jurisdiction });
  const url = (path: string, query = '') => `/api/m/${m.slug}${path}?lang=en${query ? `&${query}` : ''}`;
  const as = async (roles: Role[]) => {
    const user = await makeUser(ctx, m.id, roles);
    return { user, client: await signIn(ctx, user.email) };
  };
  const admin = await as(['administrator']);
  const secretary = await as(['secretary']);
  const official = await as(['official']);
  const departmentHead = await as(['official']);
  const otherOfficial = await as(['official']);
  const director = await as(['director']);
  const politician = await as(['politician']);
  const citizen = await as(['citizen']);

  const create = async (client: Client, path: string, body: unknown) => {
    const response = await client.post(url(path), body);
    expect(response.statusCode, `${path}: ${response.body}`).toBe(201);
    return response.json() as { id: string; version: number };
  };
  const electionMethod = jurisdiction === 'no' ? 'agreed' : undefined;
  const council = await create(admin.client, '/bodies', { kind: 'council', name: `Fullmäktige ${m.slug}` });
  const board = await create(admin.client, '/bodies', {
    kind: 'executive_board',
    name: `Styrelsen ${m.slug}`,
    electionMethod,
  });
  const committee = await create(admin.client, '/bodies', {
    kind: 'committee',
    name: `Nämnden ${m.slug}`,
    electionMethod,
  });
  const administration = await create(admin.client, '/bodies', {
    kind: 'administration',
    name: `Förvaltningen ${m.slug}`,
  });
  const department = await create(admin.client, '/bodies', {
    kind: 'department',
    name: `Samhällsbyggnad ${m.slug}`,
    parentId: administration.id,
  });
  const officialPerson = await create(admin.client, '/persons', {
    name: 'Erika Handläggare',
    userId: official.user.id,
  });
  const headPerson = await create(admin.client, '/persons', {
    name: 'Hans Avdelningschef',
    userId: departmentHead.user.id,
  });
  const councillor = await create(admin.client, '/persons', { name: 'Rut Ledamot', party: 'Gröna' });
  await create(admin.client, '/positions', {
    personId: headPerson.id,
    kind: 'department_head',
    unitId: department.id,
    title: 'Avdelningschef',
    startsOn: '2020-01-01',
  });
  await create(admin.client, '/positions', {
    personId: officialPerson.id,
    kind: 'case_officer',
    unitId: department.id,
    title: 'Utredare',
    startsOn: '2020-01-01',
  });

  /** Registers a matter as the secretary and returns it. */
  const register = async (fields: Record<string, unknown> = {}) => {
    const response = await secretary.client.post(url('/matters'), {
      title: 'Motion om trygga cykelvägar till skolan',
      type: 'motion',
      nature: 'strategic',
      responsibleBodyId: council.id,
      responsiblePersonId: officialPerson.id,
      initiatorPersonId: councillor.id,
      ...fields,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as MatterJson;
  };

  const allSections = {
    background: 'Bakgrund.',
    assessment: 'Bedömning.',
    financial_consequences: 'Inga.',
    gender_equality: 'Påverkar alla lika.',
    children_rights: 'Barnen får tryggare vägar.',
    climate_environment: 'Mindre bilåkande.',
    legal_basis: 'KL 5 kap. 35 §.',
    proposed_decision: 'Motionen bifalls.',
  };

  /** Moves a matter along, as the given client, and returns it. */
  const move = async (
    client: Client,
    matter: { id: string; version: number },
    to: string,
    reason?: string,
  ) => {
    const response = await client.post(url(`/matters/${matter.id}/transitions`), {
      to,
      version: matter.version,
      ...(reason ? { reason } : {}),
    });
    expect(response.statusCode, `${to}: ${response.body}`).toBe(200);
    return response.json() as MatterJson;
  };

  /** Prepares a matter until its recommendation is ready, meeting each country's preparation rules. */
  const prepareToReady = async (matter: MatterJson) => {
    let current = await move(official.client, matter, 'in_preparation');
    const saved = await official.client.put(url(`/matters/${matter.id}/recommendation`), {
      sections: allSections,
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const preparation = await official.client.patch(url(`/matters/${matter.id}/preparation`), {
      preparingBodyId: board.id,
      preparingPersonId: officialPerson.id,
      version: current.version,
    });
    expect(preparation.statusCode, preparation.body).toBe(200);
    current = preparation.json();
    if (jurisdiction === 'no') {
      const confirmed = await director.client.post(url(`/matters/${matter.id}/investigated`), {
        version: current.version,
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      current = confirmed.json();
    }
    return move(official.client, current, 'recommendation_ready');
  };

  return {
    m,
    url,
    admin,
    secretary,
    official,
    departmentHead,
    otherOfficial,
    director,
    politician,
    citizen,
    bodies: { council, board, committee, administration, department },
    persons: { official: officialPerson, head: headPerson, councillor },
    register,
    move,
    prepareToReady,
    allSections,
  };
}

export type MatterJson = {
  id: string;
  registryNumber: string;
  title: string;
  publicTitle: string;
  state: string;
  version: number;
  restricted: boolean;
  priority: number | null;
  documents: Array<{ id: string; description: string; files: Array<{ id: string }> }>;
  decisions: Array<{ id: string; text: string }>;
  assignments: Array<{
    id: string;
    state: string;
    version: number;
    reportMatterId: string | null;
    canReport: boolean;
  }>;
  deadlines: Array<{
    id: string;
    kind: string;
    label: string;
    source: string | null;
    dueOn: string;
    status: string;
    overdue: boolean;
    dueSoon: boolean;
    version: number;
  }>;
  transitions: Array<{ to: string; allowed: boolean; reasonRequired: boolean; viaDecision: boolean }>;
};
