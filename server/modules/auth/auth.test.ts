import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { selectRows } from '../../db/client.ts';
import { purgeExpired } from './auth.service.ts';
import {
  Client,
  TEST_PASSWORD,
  anonymous,
  makeMunicipality,
  makeUser,
  signIn,
} from '../../../test/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ signInMaxFailures: 3, signInLockoutMinutes: 15 });
});
afterAll(async () => ctx.close());

const signInAttempt = (email: string, password: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/session?lang=en', payload: { email, password } });

describe('signing in with a password', () => {
  it('sets an HttpOnly, SameSite session cookie and returns the roles per municipality', async () => {
    const m = await makeMunicipality(ctx);
    const user = await makeUser(ctx, m.id, ['secretary', 'politician']);
    const response = await signInAttempt(user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'samspel_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const body = response.json();
    expect(body.user.email).toBe(user.email);
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.memberships).toEqual([
      expect.objectContaining({ slug: m.slug, roles: ['politician', 'secretary'] }),
    ]);
  });

  it('refuses a wrong password with a localized message that does not say whether the account exists', async () => {
    const m = await makeMunicipality(ctx);
    const user = await makeUser(ctx, m.id, ['official']);
    const wrong = await signInAttempt(user.email, 'not the password');
    const unknown = await signInAttempt('nobody@test.example', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe('The e-mail address or password is wrong.');
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
  });

  it('locks an address after repeated failures, even for the right password, and says for how long', async () => {
    const m = await makeMunicipality(ctx);
    const user = await makeUser(ctx, m.id, ['official']);
    expect((await signInAttempt(user.email, 'wrong-1')).statusCode).toBe(401);
    expect((await signInAttempt(user.email, 'wrong-2')).statusCode).toBe(401);
    const third = await signInAttempt(user.email, 'wrong-3');
    expect(third.statusCode).toBe(429);
    expect(third.json().error.message).toBe(
      'Too many failed attempts. The account is locked for 15 minutes.',
    );
    const right = await signInAttempt(user.email, TEST_PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(right.headers['retry-after']).toEqual(expect.any(String));
    expect(right.cookies).toHaveLength(0);
  });

  it('a successful sign-in clears earlier failures', async () => {
    const m = await makeMunicipality(ctx);
    const user = await makeUser(ctx, m.id, ['official']);
    await signInAttempt(user.email, 'wrong-1');
    await signInAttempt(user.email, 'wrong-2');
    expect((await signInAttempt(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await signInAttempt(user.email, 'wrong-3')).statusCode).toBe(401);
  });

  it('rate limits sign-in attempts per client address', async () => {
    const limited = await createTestApp({ rateLimitSignInPerMinute: 2 });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { email: 'a@b.example', password: 'x' },
        });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      const third = await attempt();
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});

describe('sessions', () => {
  it('a change made with the session cookie but without the CSRF token is refused', async () => {
    const m = await makeMunicipality(ctx);
    const user = await makeUser(ctx, m.id, ['administrator']);
    const client = await signIn(ctx, user.email);
    const withoutToken = new Client(ctx, client.cookie, null);
    const response = await withoutToken.patch(`/api/m/${m.slug}?lang=en`, { population: 3, version: 1 });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/expired or came from another site/);
    const stillOne = await anonymous(ctx).get(`/api/m/${m.slug}`);
    expect(stillOne.json().version).toBe(1);
  });

  it('signing out ends the session', async () => {
    const m = await makeMunicipality(ctx);
    const user = await makeUser(ctx, m.id, ['politician']);
    const client = await signIn(ctx, user.email);
    expect((await client.delete('/api/session')).statusCode).toBe(204);
    const after = await client.get('/api/session');
    expect(after.json().user).toBeNull();
    expect((await client.get(`/api/m/${m.slug}/overview`)).statusCode).toBe(401);
  });

  it('signing out everywhere ends every session of the person on every device', async () => {
    const m = await makeMunicipality(ctx);
    const user = await makeUser(ctx, m.id, ['politician']);
    const laptop = await signIn(ctx, user.email);
    const phone = await signIn(ctx, user.email);
    const other = await signIn(ctx, (await makeUser(ctx, m.id, ['politician'])).email);
    const response = await laptop.delete('/api/sessions');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ended: 2 });
    expect((await phone.get('/api/session')).json().user).toBeNull();
    expect((await other.get('/api/session')).json().user).not.toBeNull();
  });

  it('a person without roles in a municipality is told so', async () => {
    const home = await makeMunicipality(ctx);
    const elsewhere = await makeMunicipality(ctx, { name: 'Grannby kommun' });
    const user = await makeUser(ctx, home.id, ['administrator']);
    const client = await signIn(ctx, user.email);
    const response = await client.get(`/api/m/${elsewhere.slug}/users?lang=en`);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('You have no role in Grannby kommun.');
  });

  it('signing in as a person preferring nynorsk gives messages in nynorsk', async () => {
    const m = await makeMunicipality(ctx, { jurisdiction: 'no' });
    const user = await makeUser(ctx, m.id, ['secretary']);
    const client = await signIn(ctx, user.email);
    expect((await client.patch('/api/me', { locale: 'nn' })).statusCode).toBe(204);
    const response = await client.get(`/api/m/${m.slug}/users`);
    expect(response.json().error.message).toBe('Du har ikkje tilgang til å gjere dette.');
  });
});

describe('housekeeping', () => {
  it('removes expired sessions and keeps live ones', async () => {
    const m = await makeMunicipality(ctx);
    const user = await makeUser(ctx, m.id, ['politician']);
    const live = await signIn(ctx, user.email);
    const stale = await signIn(ctx, user.email);
    const staleId = createHash('sha256')
      .update((stale.cookie ?? '').replace('samspel_session=', ''))
      .digest('hex');
    await ctx.database.db.execute(
      sql`update sessions set expires_at = now() - interval '1 minute' where id = ${staleId}`,
    );
    await purgeExpired(ctx.database.db);
    const left = await selectRows<{ id: string }>(
      ctx.database.db,
      sql`select id from sessions where id = ${staleId}`,
    );
    expect(left).toEqual([]);
    expect((await live.get('/api/session')).json().user).not.toBeNull();
  });
});
