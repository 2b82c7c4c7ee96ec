import { randomBytes } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../common/roles.ts';
import { systemActor } from '../server/http/context.ts';
import { ensureUserWithRoles } from '../server/modules/accounts/accounts.service.ts';
import type { MunicipalityDto } from '../server/modules/municipalities/municipalities.contract.ts';
import { createMunicipality } from '../server/modules/municipalities/municipalities.service.ts';
import type { TestContext } from './app.ts';

export const TEST_PASSWORD = 'correct horse battery';

let counter = 0;
const unique = () => `${++counter}${randomBytes(3).toString('hex')}`;

/** A municipality with unique slug and code; never assumes an empty database. */
export async function makeMunicipality(
  ctx: TestContext,
  overrides: Partial<{
    jurisdiction: 'se' | 'no';
    population: number;
    name: string;
    defaultLocale: 'sv' | 'nb' | 'nn' | 'en';
  }> = {},
): Promise<MunicipalityDto> {
  const jurisdiction = overrides.jurisdiction ?? 'se';
  for (let attempt = 0; ; attempt++) {
    const code = String(1000 + Math.floor(Math.random() * 9000));
    try {
      return await createMunicipality(ctx.database.db, {
        actor: systemActor(null, 'test'),
        municipality: {
          slug: `m-${unique()}`,
          name: overrides.name ?? `Testkommun ${unique()}`,
          jurisdiction,
          code,
          population: overrides.population ?? 12_000,
          defaultLocale: overrides.defaultLocale ?? (jurisdiction === 'se' ? 'sv' : 'nb'),
        },
      });
    } catch (error) {
      if (attempt > 5) throw error;
    }
  }
}

export type TestUser = { id: string; email: string; name: string };

export async function makeUser(
  ctx: TestContext,
  municipalityId: string,
  roles: Role[],
  options: { email?: string; password?: string | null } = {},
): Promise<TestUser> {
  const email = options.email ?? `user-${unique()}@test.example`;
  const user = await ensureUserWithRoles(ctx.database.db, {
    actor: systemActor(municipalityId, 'test'),
    municipalityId,
    email,
    name: `Test Person ${unique()}`,
    password: options.password === null ? undefined : (options.password ?? TEST_PASSWORD),
    roles,
  });
  return { id: user.id, email: user.email, name: user.name };
}

/** Sends requests as a signed-in person: the session cookie, and the CSRF token on changes. */
export class Client {
  constructor(
    private readonly ctx: TestContext,
    readonly cookie: string | null,
    readonly csrfToken: string | null,
    readonly bearer: string | null = null,
  ) {}

  request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (this.cookie) headers['cookie'] = this.cookie;
    if (this.bearer) headers['authorization'] = `Bearer ${this.bearer}`;
    if (this.csrfToken && options.method && !['GET', 'HEAD'].includes(options.method)) {
      headers['x-csrf-token'] ??= this.csrfToken;
    }
    return this.ctx.app.inject({ ...options, headers });
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] });
  }
  patch(url: string, payload?: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });
  }
  put(url: string, payload?: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}

export function anonymous(ctx: TestContext): Client {
  return new Client(ctx, null, null);
}

export async function signIn(ctx: TestContext, email: string, password = TEST_PASSWORD): Promise<Client> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'samspel_session');
  if (!cookie) throw new Error('no session cookie');
  const body = response.json<{ csrfToken: string }>();
  return new Client(ctx, `samspel_session=${cookie.value}`, body.csrfToken);
}

/** A municipality with a signed-in person holding the given roles there. */
export async function signedInWithRole(ctx: TestContext, roles: Role[], municipality?: MunicipalityDto) {
  const m = municipality ?? (await makeMunicipality(ctx));
  const user = await makeUser(ctx, m.id, roles);
  return { municipality: m, user, client: await signIn(ctx, user.email) };
}
