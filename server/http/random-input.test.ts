import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app.ts';
import { signedInWithRole, type Client } from '../../test/factories.ts';
import { arbitraryFor, toJsonSchema } from '../../test/schema-arbitraries.ts';
import { ROUTE_CATALOG, type RouteInfo } from './route-policies.ts';

/**
 * Sends malformed and random input to every route, as an administrator (so requests get past the
 * policy to validation and the services) and anonymously, and fails on any 5xx or on an error
 * reply that is not `{ error: { code, message, details } }` with a message.
 */
let ctx: TestContext;
let admin: Client;
let slug: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const signedIn = await signedInWithRole(ctx, ['administrator', 'citizen']);
  admin = signedIn.client;
  slug = signedIn.municipality.slug;
});
afterAll(async () => ctx.close());

const paramValue = fc.oneof(
  { weight: 8, arbitrary: fc.constant('VALID') },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom('..', '%00', '%2e%2e%2f', 'ö', '-', 'a'.repeat(300)) },
);

function urlFor(route: RouteInfo, params: string[]): string {
  let i = 0;
  return route.url.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[i++] ?? 'x';
    if (value === 'VALID') return name === 'municipality' ? slug : '00000000-0000-4000-8000-000000000000';
    return encodeURIComponent(value);
  });
}

const bodyKinds = fc.oneof(
  { weight: 8, arbitrary: fc.constant('schema' as const) },
  { weight: 1, arbitrary: fc.constantFrom('json-junk' as const, 'raw-text' as const, 'none' as const) },
);

function checkErrorShape(status: number, body: string, where: string) {
  expect(status, `${where} answered ${status}: ${body.slice(0, 300)}`).toBeLessThan(500);
  if (status >= 400) {
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    expect(parsed.error, where).toBeDefined();
    expect(typeof parsed.error?.code, where).toBe('string');
    expect(typeof parsed.error?.message, where).toBe('string');
    expect(String(parsed.error?.message).length, where).toBeGreaterThan(0);
    expect(parsed.error && 'details' in parsed.error, where).toBe(true);
  }
}

describe('random input to every route', () => {
  it('never answers 5xx and always answers errors in the one shape', async () => {
    const catalog = (ROUTE_CATALOG.get(ctx.app) ?? []).filter(
      // Event streams stay open by design; live-events.test.ts covers them.
      (r) =>
        r.url.startsWith('/api/') &&
        !r.url.startsWith('/api/docs') &&
        !r.url.startsWith('/api/session') &&
        !r.stream,
    );
    expect(catalog.length).toBeGreaterThan(10);
    for (const route of catalog) {
      const paramCount = [...route.url.matchAll(/:(\w+)/g)].length;
      const bodySchema = route.schema?.body ? toJsonSchema(route.schema.body) : undefined;
      const querySchema = route.schema?.querystring ? toJsonSchema(route.schema.querystring) : undefined;
      await fc.assert(
        fc.asyncProperty(
          fc.array(paramValue, { minLength: paramCount, maxLength: paramCount }),
          arbitraryFor(querySchema),
          bodyKinds,
          arbitraryFor(bodySchema),
          fc.string({ maxLength: 50 }),
          fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
          async (params, query, bodyKind, body, raw, asAdmin) => {
            const url = urlFor(route, params);
            const queryObject =
              query && typeof query === 'object' && !Array.isArray(query)
                ? Object.fromEntries(
                    Object.entries(query).map(([k, v]) => [
                      k,
                      typeof v === 'string' ? v : (JSON.stringify(v) ?? ''),
                    ]),
                  )
                : {};
            const method = route.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
            const hasBody = method !== 'GET' && method !== 'DELETE' && bodyKind !== 'none';
            const request = {
              method,
              url,
              query: queryObject,
              ...(hasBody
                ? bodyKind === 'raw-text'
                  ? { payload: raw, headers: { 'content-type': 'application/json' } }
                  : {
                      payload: JSON.stringify(bodyKind === 'schema' ? body : { junk: body }),
                      headers: { 'content-type': 'application/json' },
                    }
                : {}),
            };
            const response = asAdmin ? await admin.request(request) : await ctx.app.inject(request);
            checkErrorShape(response.statusCode, response.body, `${method} ${url}`);
          },
        ),
        { numRuns: 40, seed: 20261122 },
      );
    }
    // Every route, sixty times: minutes of work on two cores, not a hang.
  }, 300_000);

  it('a body that is not JSON, or too large, gets a 4xx in the one shape', async () => {
    const url = `/api/m/${slug}`;
    const asForm = await admin.request({
      method: 'PATCH',
      url,
      payload: 'a=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    checkErrorShape(asForm.statusCode, asForm.body, 'form');
    expect(asForm.statusCode).toBe(415);
    const asText = await admin.request({
      method: 'PATCH',
      url,
      payload: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(asText.statusCode).toBe(415);
    const broken = await admin.request({
      method: 'PATCH',
      url,
      payload: '{"version":',
      headers: { 'content-type': 'application/json' },
    });
    checkErrorShape(broken.statusCode, broken.body, 'broken json');
    expect(broken.statusCode).toBe(400);
    const huge = await admin.request({
      method: 'PATCH',
      url,
      payload: JSON.stringify({ name: 'x'.repeat(ctx.config.bodyLimitBytes + 10), version: 1 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.statusCode).toBe(413);
    checkErrorShape(huge.statusCode, huge.body, 'huge');
  });
});
