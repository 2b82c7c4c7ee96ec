import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

describe('operations endpoints', () => {
  it('/health and /ready answer ok when the database answers', async () => {
    expect((await ctx.app.inject('/health')).json()).toEqual({ status: 'ok' });
    expect((await ctx.app.inject('/ready')).json()).toEqual({ status: 'ok' });
  });

  it('/metrics exposes request durations in Prometheus format', async () => {
    await ctx.app.inject('/api/municipalities');
    const metrics = await ctx.app.inject('/metrics');
    expect(metrics.headers['content-type']).toMatch(/text\/plain/);
    expect(metrics.body).toMatch(
      /samspel_http_request_duration_seconds_count\{method="GET",route="\/api\/municipalities",status="200"\}/,
    );
  });

  it('every answer carries a request id, and a caller’s own id is kept', async () => {
    const generated = await ctx.app.inject('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await ctx.app.inject({ url: '/health', headers: { 'x-request-id': 'trace-12345678' } });
    expect(given.headers['x-request-id']).toBe('trace-12345678');
  });

  it('sends a strict content security policy and other security headers', async () => {
    const response = await ctx.app.inject('/api/municipalities');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('an unknown API address answers 404 in the one error shape', async () => {
    const response = await ctx.app.inject('/api/nothing-here?lang=en');
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toEqual({
      code: 'NOT_FOUND',
      message: 'There is no such address: GET /api/nothing-here.',
      details: null,
    });
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas, and a reference page', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(
      doc.paths['/api/m/{municipality}/users'].post.requestBody.content['application/json'].schema,
    ).toBeDefined();
    expect(Object.keys(doc.paths).length).toBeGreaterThan(10);
    const page = await ctx.app.inject('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
  });
});
