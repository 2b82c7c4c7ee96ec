import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { makeUser, signedInWithRole } from '../../../test/factories.ts';
import { verifyChain } from './audit.service.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

/** Changes a stored entry behind the application's back, as someone with database access could. */
async function tamper(statement: ReturnType<typeof sql>) {
  await ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_entries disable trigger audit_entries_no_update`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_entries enable trigger audit_entries_no_update`);
  });
}

describe('the audit trail', () => {
  it('records who changed what, with the state before and after', async () => {
    const { municipality, user, client } = await signedInWithRole(ctx, ['administrator']);
    await client.patch(`/api/m/${municipality.slug}`, { population: 4242, version: 1 });
    const entries = (await client.get(`/api/m/${municipality.slug}/audit`)).json().items;
    expect(entries[0]).toMatchObject({
      action: 'municipality.update',
      actor: user.name,
      entityId: municipality.id,
      before: { population: municipality.population },
      after: { population: 4242, version: 2 },
    });
    expect(entries.map((e: { seq: number }) => e.seq)).toEqual([3, 2, 1]);
  });

  it('never contains a password hash', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    await client.post(`/api/m/${municipality.slug}/users`, {
      email: 'hashless@test.example',
      name: 'H',
      password: 'a long enough password',
      roles: ['official'],
    });
    const body = (await client.get(`/api/m/${municipality.slug}/audit`)).body;
    expect(body).toContain('hashless@test.example');
    expect(body).not.toContain('argon2');
  });

  it('refuses ordinary updates and deletes of entries', async () => {
    const { municipality } = await signedInWithRole(ctx, ['administrator']);
    await expect(
      ctx.database.db.execute(sql`update audit_entries set action = 'x' where chain = ${municipality.id}`),
    ).rejects.toSatisfy((e: unknown) =>
      String((e as { cause?: unknown }).cause ?? e).includes('append-only'),
    );
    await expect(
      ctx.database.db.execute(sql`delete from audit_entries where chain = ${municipality.id}`),
    ).rejects.toSatisfy((e: unknown) =>
      String((e as { cause?: unknown }).cause ?? e).includes('append-only'),
    );
  });

  it('verification passes for an untouched chain', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    await makeUser(ctx, municipality.id, ['official']);
    const result = (await client.get(`/api/m/${municipality.slug}/audit/verify`)).json();
    expect(result).toEqual({ ok: true, chain: municipality.id, checked: 3 });
  });

  it('verification names the first entry whose content was altered in the database', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['administrator']);
    await makeUser(ctx, municipality.id, ['official']);
    await makeUser(ctx, municipality.id, ['secretary']);
    await tamper(
      sql`update audit_entries set after = '{"roles":["administrator"]}' where chain = ${municipality.id} and seq = 3`,
    );
    const result = (await client.get(`/api/m/${municipality.slug}/audit/verify`)).json();
    expect(result).toMatchObject({
      ok: false,
      checked: 2,
      brokenAt: { seq: 3, reason: 'content does not match its hash' },
    });
  });

  it('verification notices a deleted entry', async () => {
    const { municipality } = await signedInWithRole(ctx, ['administrator']);
    await makeUser(ctx, municipality.id, ['official']);
    await tamper(sql`delete from audit_entries where chain = ${municipality.id} and seq = 2`);
    const result = await verifyChain(ctx.database.db, municipality.id);
    expect(result).toMatchObject({ ok: false, brokenAt: { seq: 3, reason: 'entry 2 is missing' } });
  });

  it('verification notices an entry rewritten together with its own hash', async () => {
    const { municipality } = await signedInWithRole(ctx, ['administrator']);
    await makeUser(ctx, municipality.id, ['official']);
    await tamper(
      sql`update audit_entries set actor_label = 'someone else', hash = repeat('a', 64) where chain = ${municipality.id} and seq = 2`,
    );
    const result = await verifyChain(ctx.database.db, municipality.id);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ brokenAt: { seq: 2 } });
  });

  it('only administrators read the trail', async () => {
    const { municipality, client } = await signedInWithRole(ctx, ['security_officer']);
    expect((await client.get(`/api/m/${municipality.slug}/audit`)).statusCode).toBe(403);
  });
});
