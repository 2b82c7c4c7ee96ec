import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testConfig, type TestContext } from '../../test/app.ts';
import { ROUTE_CATALOG, registerRoutePolicies } from './route-policies.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

describe('route policies', () => {
  it('every registered route declares a policy', () => {
    const catalog = ROUTE_CATALOG.get(ctx.app) ?? [];
    expect(catalog.length).toBeGreaterThan(15);
    expect(catalog.filter((route) => !route.policy)).toEqual([]);
  });

  it('a route without a policy stops the app from starting', async () => {
    const app = Fastify();
    registerRoutePolicies(app, testConfig());
    expect(() => app.get('/api/forgotten', async () => 'open')).toThrow(/has no policy/);
    await app.close();
  });

  it('a route naming an action that does not exist stops the app', async () => {
    const app = Fastify();
    registerRoutePolicies(app, testConfig());
    // The type already forbids it; the check also holds for untyped callers.
    const config = { policy: 'nothing.here' } as never;
    expect(() => app.get('/api/m/:municipality/x', { config }, async () => 'x')).toThrow(/unknown action/);
    await app.close();
  });

  it('a route checking a municipal action must carry the municipality in its address', async () => {
    const app = Fastify();
    registerRoutePolicies(app, testConfig());
    const config = { policy: 'user.read' } as never;
    expect(() => app.get('/api/users', { config }, async () => 'x')).toThrow(/no :municipality/);
    await app.close();
  });

  it('public routes are rate limited per client address', async () => {
    const limited = await createTestApp({ rateLimitPublicPerMinute: 3 });
    try {
      for (let i = 0; i < 3; i++)
        expect((await limited.app.inject('/api/municipalities')).statusCode).toBe(200);
      const blocked = await limited.app.inject('/api/municipalities?lang=en');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error).toMatchObject({ code: 'RATE_LIMITED' });
      expect(blocked.json().error.message).toMatch(/^Too many attempts/);
    } finally {
      await limited.close();
    }
  });
});
