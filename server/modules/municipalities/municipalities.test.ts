import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { anonymous, makeMunicipality, signedInWithRole } from '../../../test/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

describe('municipalities', () => {
  it('lists municipalities publicly without their settings', async () => {
    const m = await makeMunicipality(ctx, { jurisdiction: 'no' });
    const response = await anonymous(ctx).get('/api/municipalities');
    expect(response.statusCode).toBe(200);
    const found = response.json().items.find((i: { id: string }) => i.id === m.id);
    expect(found).toMatchObject({ slug: m.slug, jurisdiction: 'no', defaultLocale: 'nb' });
    expect(found).not.toHaveProperty('settings');
  });

  it('an administrator changes the population and the version moves on', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    const response = await client.patch(`/api/m/${municipality.slug}`, { population: 20_001, version: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ population: 20_001, version: 2 });
  });

  it('a change based on an old version is refused and changes nothing (optimistic locking)', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    expect(
      (await client.patch(`/api/m/${municipality.slug}`, { population: 1, version: 1 })).statusCode,
    ).toBe(200);
    const stale = await client.patch(`/api/m/${municipality.slug}`, { population: 2, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 2 } });
    const current = await anonymous(ctx).get(`/api/m/${municipality.slug}`);
    expect(current.json().population).toBe(1);
  });

  it('a secretary may not change the municipality', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['secretary']);
    const response = await client.patch(`/api/m/${municipality.slug}`, { population: 5, version: 1 });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('FORBIDDEN');
  });

  it('an unknown municipality answers 404 in the language asked for', async () => {
    const response = await anonymous(ctx).get('/api/m/no-such-place?lang=en');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe('There is no municipality with that address.');
  });

  it('the start page shows administrators the numbers of users and audit entries', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    const response = await client.get(`/api/m/${municipality.slug}/overview`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      roles: ['administrator'],
      counts: { users: 1, administrators: 1 },
    });
    expect(response.json().counts.auditEntries).toBeGreaterThanOrEqual(2);
  });

  it('the start page shows a politician their roles but no administrative numbers', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['politician']);
    const response = await client.get(`/api/m/${municipality.slug}/overview`);
    expect(response.json()).toMatchObject({ roles: ['politician'], counts: null });
  });
});
