import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import {
  Client,
  anonymous,
  makeMunicipality,
  makeUser,
  signIn,
  signedInWithRole,
} from '../../../test/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

describe('people and roles', () => {
  it('an administrator adds a person who can then sign in with the roles given', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    const response = await client.post(`/api/m/${municipality.slug}/users`, {
      email: 'ny.handlaggare@test.example',
      name: 'Ny Handläggare',
      password: 'ett långt lösenord',
      roles: ['official', 'secretary'],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ roles: ['official', 'secretary'], hasPassword: true });
    const newcomer = await signIn(ctx, 'ny.handlaggare@test.example', 'ett långt lösenord');
    const session = (await newcomer.get('/api/session')).json();
    expect(session.memberships[0].roles).toEqual(['official', 'secretary']);
  });

  it('a password shorter than ten characters is refused and no account is made', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    const response = await client.post(`/api/m/${municipality.slug}/users?lang=en`, {
      email: 'short@test.example',
      name: 'Short',
      password: 'short',
      roles: ['official'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'VALIDATION',
      message: 'The input is not valid: 1 problem.',
    });
    expect(response.json().error.details.issues[0].path).toBe('body.password');
    const list = (await client.get(`/api/m/${municipality.slug}/users`)).json();
    expect(list.items.map((u: { email: string }) => u.email)).not.toContain('short@test.example');
  });

  it('a person known from another municipality keeps one account and gains roles here', async () => {
    const other = await makeMunicipality(ctx);
    const shared = await makeUser(ctx, other.id, ['official']);
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    const response = await client.post(`/api/m/${municipality.slug}/users`, {
      email: shared.email,
      name: 'Ignored Name',
      roles: ['secretary'],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ id: shared.id, roles: ['secretary'] });
    const again = await client.post(`/api/m/${municipality.slug}/users`, {
      email: shared.email,
      name: 'x',
      roles: ['secretary'],
    });
    expect(again.statusCode).toBe(409);
  });

  it('the last administrator cannot remove their own administrator role', async () => {
    const { municipality, user, client } = await signedInWithRole(ctx, ['administrator']);
    const response = await client.put(`/api/m/${municipality.slug}/users/${user.id}/roles?lang=en`, {
      roles: ['official'],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe('The municipality must keep at least one administrator.');
    const list = (await client.get(`/api/m/${municipality.slug}/users`)).json();
    expect(list.items[0].roles).toEqual(['administrator']);
  });

  it('setting roles replaces them exactly, and an empty list removes the person from the municipality', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    const person = await makeUser(ctx, municipality.id, ['official']);
    const set = await client.put(`/api/m/${municipality.slug}/users/${person.id}/roles`, {
      roles: ['director', 'politician'],
    });
    expect(set.json().roles).toEqual(['director', 'politician']);
    expect(
      (await client.put(`/api/m/${municipality.slug}/users/${person.id}/roles`, { roles: [] })).statusCode,
    ).toBe(200);
    const again = await client.put(`/api/m/${municipality.slug}/users/${person.id}/roles`, {
      roles: ['official'],
    });
    expect(again.statusCode).toBe(404);
  });

  it('nobody but an administrator sees the list of people', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['director']);
    expect((await client.get(`/api/m/${municipality.slug}/users`)).statusCode).toBe(403);
    expect((await anonymous(ctx).get(`/api/m/${municipality.slug}/users`)).statusCode).toBe(401);
  });
});

describe('personal API tokens', () => {
  it('a token is shown once, stored hashed, and acts with exactly its one role', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator', 'politician']);
    const created = await client.post(`/api/m/${municipality.slug}/tokens`, {
      name: 'Integration',
      role: 'politician',
    });
    expect(created.statusCode).toBe(201);
    const { secret, token } = created.json();
    expect(secret).toMatch(/^sps_/);
    expect(token.prefix).toBe(secret.slice(0, 10));
    const listed = (await client.get(`/api/m/${municipality.slug}/tokens`)).json();
    expect(JSON.stringify(listed)).not.toContain(secret);
    const stored = await ctx.database.db.execute(
      `select token_hash from api_tokens where id = '${token.id}'`,
    );
    expect(JSON.stringify(stored)).not.toContain(secret);

    const integration = new Client(ctx, null, null, secret);
    expect((await integration.get(`/api/m/${municipality.slug}/overview`)).json().roles).toEqual([
      'politician',
    ]);
    expect((await integration.get(`/api/m/${municipality.slug}/users`)).statusCode).toBe(403);
  });

  it('a token cannot be given a role its owner does not hold', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['citizen']);
    const response = await client.post(`/api/m/${municipality.slug}/tokens?lang=en`, {
      name: 'x',
      role: 'administrator',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('You can only give a token a role you hold yourself.');
  });

  it('a revoked token no longer signs anyone in', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['secretary']);
    const { secret, token } = (
      await client.post(`/api/m/${municipality.slug}/tokens`, { name: 'x', role: 'secretary' })
    ).json();
    const integration = new Client(ctx, null, null, secret);
    expect((await integration.get(`/api/m/${municipality.slug}/overview`)).statusCode).toBe(200);
    expect(
      (await client.delete(`/api/m/${municipality.slug}/tokens/${token.id}`)).json().revokedAt,
    ).not.toBeNull();
    expect((await integration.get(`/api/m/${municipality.slug}/overview`)).statusCode).toBe(401);
  });

  it('a token stops working when its owner loses the role it carries', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    const person = await makeUser(ctx, municipality.id, ['official', 'politician']);
    const personClient = await signIn(ctx, person.email);
    const { secret } = (
      await personClient.post(`/api/m/${municipality.slug}/tokens`, { name: 'x', role: 'official' })
    ).json();
    await client.put(`/api/m/${municipality.slug}/users/${person.id}/roles`, { roles: ['politician'] });
    const integration = new Client(ctx, null, null, secret);
    expect((await integration.get(`/api/m/${municipality.slug}/overview`)).statusCode).toBe(403);
  });

  it('a token needs no CSRF token, since it is not sent by the browser on its own', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    const { secret } = (
      await client.post(`/api/m/${municipality.slug}/tokens`, { name: 'x', role: 'administrator' })
    ).json();
    const integration = new Client(ctx, null, null, secret);
    const response = await integration.patch(`/api/m/${municipality.slug}`, { population: 77, version: 1 });
    expect(response.statusCode).toBe(200);
  });
});
