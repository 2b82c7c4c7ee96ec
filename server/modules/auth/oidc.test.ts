import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../../common/i18n/index.ts';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { makeMunicipality, makeUser } from '../../../test/factories.ts';
import { findFreePort, isAddressInUse } from '../../../test/free-port.ts';
import {
  CookieJar,
  passProviderPages,
  startOidcProvider,
  type OidcAccount,
  type OidcProviderHandle,
} from '../../../test/oidc-provider.ts';
import { systemActor } from '../../http/context.ts';
import type { MunicipalityDto } from '../municipalities/municipalities.contract.ts';
import { sessions } from './auth.schema.ts';
import { addProvider, callbackPath } from './auth.service.ts';

type SessionReply = {
  user: { id: string; name: string; email: string } | null;
  memberships: Array<{ municipalityId: string; roles: string[] }>;
};

const accounts: OidcAccount[] = [];
let ctx: TestContext;
let origin: string;
let provider: OidcProviderHandle;

/** The app must listen at the address in its `publicUrl`: the callback address is built from it. */
async function listenOnFreePort(): Promise<{ ctx: TestContext; origin: string }> {
  for (let attempt = 0; ; attempt++) {
    const port = await findFreePort();
    const url = `http://127.0.0.1:${port}`;
    const test = await createTestApp({ publicUrl: url });
    try {
      await test.app.listen({ port, host: '127.0.0.1' });
      return { ctx: test, origin: url };
    } catch (error) {
      await test.close();
      if (!isAddressInUse(error) || attempt >= 3) throw error;
    }
  }
}

beforeAll(async () => {
  ({ ctx, origin } = await listenOnFreePort());
  provider = await startOidcProvider({ redirectUri: `${origin}${callbackPath}`, accounts });
});
afterAll(async () => {
  await provider?.close();
  await ctx?.close();
});

const unique = () => randomBytes(4).toString('hex');

function addAccount(account: Omit<OidcAccount, 'sub'>): OidcAccount {
  const created = { sub: `person-${unique()}`, ...account };
  accounts.push(created);
  return created;
}

async function municipalityWithEid(
  options: Parameters<typeof makeMunicipality>[1] = {},
): Promise<MunicipalityDto> {
  const municipality = await makeMunicipality(ctx, options);
  await addProvider(ctx.database.db, {
    actor: systemActor(municipality.id, 'test'),
    municipalityId: municipality.id,
    provider: {
      slug: 'e-id',
      displayName: 'Test e-ID',
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
    },
  });
  return municipality;
}

/** Starts sign-in at Samspel; returns the provider's authorization address it redirects to. */
async function startEid(jar: CookieJar, slug: string, returnTo?: string): Promise<string> {
  const query = returnTo === undefined ? '' : `?${new URLSearchParams({ returnTo })}`;
  const start = await jar.fetch(`${origin}/api/m/${slug}/sign-in/e-id${query}`);
  expect(start.status).toBe(302);
  const authorization = start.headers.get('location') ?? '';
  expect(authorization.startsWith(`${provider.issuer}/`)).toBe(true);
  return authorization;
}

/** Goes through the provider's pages; returns the callback address with code and state. */
async function passProvider(jar: CookieJar, authorization: string, login: string): Promise<URL> {
  const callback = await passProviderPages(jar, authorization, login);
  expect(`${callback.origin}${callback.pathname}`).toBe(`${origin}${callbackPath}`);
  return callback;
}

async function passEid(jar: CookieJar, slug: string, login: string, returnTo?: string): Promise<URL> {
  return passProvider(jar, await startEid(jar, slug, returnTo), login);
}

/** The whole sign-in; returns where Samspel sent the browser in the end. */
async function signInWithEid(
  jar: CookieJar,
  slug: string,
  login: string,
  returnTo?: string,
): Promise<string> {
  const callback = await passEid(jar, slug, login, returnTo);
  const response = await jar.fetch(callback);
  expect(response.status).toBe(302);
  return response.headers.get('location') ?? '';
}

async function sessionOf(jar: CookieJar): Promise<SessionReply> {
  const response = await jar.fetch(`${origin}/api/session`);
  expect(response.status).toBe(200);
  return (await response.json()) as SessionReply;
}

async function countSessions(): Promise<number> {
  const [row] = await ctx.database.db.select({ n: count() }).from(sessions);
  return row?.n ?? 0;
}

describe('sign-in with an OpenID Connect provider', () => {
  it('a resident unknown to the municipality signs in with e-ID and becomes a citizen there', async () => {
    const municipality = await municipalityWithEid();
    const resident = addAccount({
      email: `resident-${unique()}@folk.example`,
      emailVerified: true,
      name: 'Astrid Lind',
    });
    const jar = new CookieJar();

    const landing = await signInWithEid(jar, municipality.slug, resident.sub);

    expect(landing).toBe(`/m/${municipality.slug}`);
    expect(jar.get(origin, 'samspel_session')).toBeTruthy();
    const session = await sessionOf(jar);
    expect(session.user).toMatchObject({ name: 'Astrid Lind', email: resident.email });
    expect(session.memberships).toEqual([
      expect.objectContaining({ municipalityId: municipality.id, roles: ['citizen'] }),
    ]);
  });

  it('a secretary whose verified e-mail address the provider releases gets their own account', async () => {
    const municipality = await municipalityWithEid();
    const secretary = await makeUser(ctx, municipality.id, ['secretary'], { password: null });
    const account = addAccount({ email: secretary.email, emailVerified: true, name: 'Sekreterare' });

    await signInWithEid(new CookieJar(), municipality.slug, account.sub);
    // The second time the address is gone: only the identity at the provider can find them.
    account.email = `changed-${unique()}@folk.example`;
    const jar = new CookieJar();
    await signInWithEid(jar, municipality.slug, account.sub);

    const session = await sessionOf(jar);
    expect(session.user).toMatchObject({ id: secretary.id, email: secretary.email });
    expect(session.memberships).toEqual([
      expect.objectContaining({ municipalityId: municipality.id, roles: ['secretary'] }),
    ]);
  });

  it('an unverified e-mail address never opens the account that holds it', async () => {
    const municipality = await municipalityWithEid();
    const secretary = await makeUser(ctx, municipality.id, ['secretary'], { password: null });
    const impostor = addAccount({ email: secretary.email, emailVerified: false, name: 'Impostor' });
    const jar = new CookieJar();

    await signInWithEid(jar, municipality.slug, impostor.sub);

    const session = await sessionOf(jar);
    expect(session.user?.id).not.toBe(secretary.id);
    expect(session.user?.name).toBe('Impostor');
    expect(session.memberships).toEqual([
      expect.objectContaining({ municipalityId: municipality.id, roles: ['citizen'] }),
    ]);
  });

  it('a person known in a neighbouring municipality becomes a citizen here and keeps their roles there', async () => {
    const neighbour = await makeMunicipality(ctx);
    const here = await municipalityWithEid();
    const official = await makeUser(ctx, neighbour.id, ['official'], { password: null });
    const account = addAccount({ email: official.email, emailVerified: true, name: 'Pendlare' });
    const jar = new CookieJar();

    await signInWithEid(jar, here.slug, account.sub);

    const session = await sessionOf(jar);
    expect(session.user?.id).toBe(official.id);
    expect(session.memberships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ municipalityId: here.id, roles: ['citizen'] }),
        expect.objectContaining({ municipalityId: neighbour.id, roles: ['official'] }),
      ]),
    );
  });

  it('an e-mail address the provider does not say is verified never opens the account that holds it', async () => {
    const municipality = await municipalityWithEid();
    const secretary = await makeUser(ctx, municipality.id, ['secretary'], { password: null });
    const unknownStatus = addAccount({ email: secretary.email, name: 'Okänd status' });
    const jar = new CookieJar();

    await signInWithEid(jar, municipality.slug, unknownStatus.sub);

    expect((await sessionOf(jar)).user?.id).not.toBe(secretary.id);
  });

  it('a callback with a state Samspel never issued is refused and starts no session', async () => {
    const municipality = await municipalityWithEid();
    const resident = addAccount({ email: `forged-${unique()}@folk.example`, emailVerified: true });
    const jar = new CookieJar();
    const callback = await passEid(jar, municipality.slug, resident.sub);
    callback.searchParams.set('state', randomBytes(32).toString('base64url'));
    const before = await countSessions();

    const response = await jar.fetch(callback);

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/sign-in?error=oidc_failed');
    expect(jar.get(origin, 'samspel_session')).toBeUndefined();
    expect(await countSessions()).toBe(before);
    expect((await sessionOf(jar)).user).toBeNull();
  });

  it('a state already used is refused even with a fresh code from the provider, and starts no session', async () => {
    const municipality = await municipalityWithEid();
    const resident = addAccount({ email: `replay-${unique()}@folk.example`, emailVerified: true });
    const jar = new CookieJar();
    const authorization = await startEid(jar, municipality.slug);
    const first = await passProvider(jar, authorization, resident.sub);
    const second = await passProvider(jar, authorization, resident.sub);
    expect(second.searchParams.get('state')).toBe(first.searchParams.get('state'));
    expect(second.searchParams.get('code')).not.toBe(first.searchParams.get('code'));
    expect((await new CookieJar().fetch(first)).headers.get('location')).toBe(`/m/${municipality.slug}`);
    const before = await countSessions();
    const attacker = new CookieJar();

    const reuse = await attacker.fetch(second);

    expect(reuse.status).toBe(302);
    expect(reuse.headers.get('location')).toBe('/sign-in?error=oidc_failed');
    expect(attacker.get(origin, 'samspel_session')).toBeUndefined();
    expect(await countSessions()).toBe(before);
  });

  it('an unknown sign-in service answers 404 in the language asked for, else the municipality’s', async () => {
    const municipality = await municipalityWithEid({ jurisdiction: 'no' });
    const url = `${origin}/api/m/${municipality.slug}/sign-in/no-such-service`;

    const inEnglish = await fetch(`${url}?lang=en`, { redirect: 'manual' });
    const inNorwegian = await fetch(url, { redirect: 'manual' });

    expect(inEnglish.status).toBe(404);
    expect(inNorwegian.status).toBe(404);
    const english = (await inEnglish.json()) as { error: { code: string; message: string } };
    const norwegian = (await inNorwegian.json()) as { error: { code: string; message: string } };
    expect(english.error).toEqual(
      expect.objectContaining({ code: 'NOT_FOUND', message: translate('en', 'error.oidc_no_provider') }),
    );
    expect(norwegian.error.message).toBe(translate('nb', 'error.oidc_no_provider'));
    expect(norwegian.error.message).not.toBe(english.error.message);
  });

  it('a provider that cannot be reached sends the browser back to the sign-in page with an error', async () => {
    const municipality = await makeMunicipality(ctx);
    const closedPort = await findFreePort();
    await addProvider(ctx.database.db, {
      actor: systemActor(municipality.id, 'test'),
      municipalityId: municipality.id,
      provider: {
        slug: 'down',
        displayName: 'Nere',
        issuer: `http://127.0.0.1:${closedPort}`,
        clientId: 'x',
        clientSecret: 'y',
      },
    });

    const response = await fetch(`${origin}/api/m/${municipality.slug}/sign-in/down`, { redirect: 'manual' });

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(
      `/sign-in?municipality=${municipality.slug}&error=oidc_failed`,
    );
  });

  it('a returnTo on this site is where the person lands after signing in', async () => {
    const municipality = await municipalityWithEid();
    const resident = addAccount({ email: `return-${unique()}@folk.example`, emailVerified: true });
    const page = `/m/${municipality.slug}/meetings?from=sign-in`;

    expect(await signInWithEid(new CookieJar(), municipality.slug, resident.sub, page)).toBe(page);
  });

  it.each(['//evil.example', 'https://evil.example', '/\\evil.example'])(
    'a returnTo of %s is replaced by the municipality’s own page',
    async (returnTo) => {
      const municipality = await municipalityWithEid();
      const resident = addAccount({ email: `offsite-${unique()}@folk.example`, emailVerified: true });

      const landing = await signInWithEid(new CookieJar(), municipality.slug, resident.sub, returnTo);

      expect(landing).toBe(`/m/${municipality.slug}`);
    },
  );
});
