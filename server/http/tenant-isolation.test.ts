import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../common/roles.ts';
import { createTestApp, type TestContext } from '../../test/app.ts';
import { Client, anonymous, makeMunicipality, makeUser, signIn } from '../../test/factories.ts';
import { sampleValue, toJsonSchema } from '../../test/schema-arbitraries.ts';
import type { MunicipalityDto } from '../modules/municipalities/municipalities.contract.ts';
import { selectRows } from '../db/client.ts';
import { ROUTE_CATALOG, type RouteInfo } from './route-policies.ts';

/**
 * Walks every registered route as a person holding every role in municipality A, aimed at
 * municipality B (B's address, B's ids), and proves that nothing of B is read that the public
 * could not read, and nothing of B changes. New modules' routes are covered without changes here.
 */
let ctx: TestContext;
let a: MunicipalityDto;
let b: MunicipalityDto;
let bSecrets: string[];
let bIds: string[];

/** Every row that belongs to B, from every table with a municipality_id, plus B's people. */
async function fingerprintOf(municipalityId: string): Promise<string> {
  const tables = await selectRows<{ table_name: string }>(
    ctx.database.db,
    sql`select table_name from information_schema.columns
        where column_name = 'municipality_id' and table_schema = 'public' order by table_name`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await selectRows<{ row: unknown }>(
      ctx.database.db,
      sql`select to_jsonb(t) as row from ${sql.identifier(table_name)} t where municipality_id = ${municipalityId} order by 1::text`,
    );
    parts.push(`${table_name}:${JSON.stringify(rows.map((r) => JSON.stringify(r.row)).sort())}`);
  }
  const people = await selectRows<{ row: unknown }>(
    ctx.database.db,
    sql`select to_jsonb(u) as row from users u where id in (select user_id from user_roles where municipality_id = ${municipalityId})`,
  );
  parts.push(`users:${JSON.stringify(people.map((r) => JSON.stringify(r.row)).sort())}`);
  return parts.join('\n');
}

/**
 * Ids of the municipality's rows, two from every table that has one (new modules included): every
 * route is tried with each, so the walk grows with routes times tables.
 */
async function idsOf(municipalityId: string): Promise<string[]> {
  const tables = await selectRows<{ table_name: string }>(
    ctx.database.db,
    sql`select c.table_name from information_schema.columns c
        join information_schema.columns i on i.table_name = c.table_name and i.column_name = 'id' and i.table_schema = 'public'
        where c.column_name = 'municipality_id' and c.table_schema = 'public' order by 1`,
  );
  const ids: string[] = [];
  for (const { table_name } of tables) {
    const rows = await selectRows<{ id: string }>(
      ctx.database.db,
      sql`select id::text from ${sql.identifier(table_name)} where municipality_id = ${municipalityId} limit 2`,
    );
    ids.push(...rows.map((r) => r.id));
  }
  const people = await selectRows<{ id: string }>(
    ctx.database.db,
    sql`select user_id::text as id from user_roles where municipality_id = ${municipalityId}`,
  );
  return [...new Set([...ids, ...people.map((r) => r.id)])];
}

function isPage(route: RouteInfo): boolean {
  return !route.url.startsWith('/api/') || route.url.startsWith('/api/docs');
}

/** Concrete requests for a route: every id-like parameter filled with each of B's ids. */
function requestsFor(route: RouteInfo, slug: string): Array<{ url: string; payload: unknown }> {
  const paramNames = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
  const idParams = paramNames.filter((p) => p !== 'municipality');
  const body = route.schema?.body ? toJsonSchema(route.schema.body) : undefined;
  const payload = body
    ? sampleValue(body, (name) => (name === 'roles' ? ['citizen'] : undefined))
    : undefined;
  const fill = (id: string) =>
    route.url.replace(/:(\w+)/g, (_, name: string) => (name === 'municipality' ? slug : id));
  if (idParams.length === 0) return [{ url: fill(''), payload }];
  return bIds.map((id) => ({ url: fill(id), payload }));
}

beforeAll(async () => {
  ctx = await createTestApp();
  a = await makeMunicipality(ctx, { name: 'Alfa kommun' });
  b = await makeMunicipality(ctx, { name: 'Beta kommun', jurisdiction: 'no' });
  const bAdmin = await makeUser(ctx, b.id, ['administrator'], { email: 'secret-admin@beta.example' });
  await makeUser(ctx, b.id, ['politician', 'security_officer'], { email: 'secret-member@beta.example' });
  const bClient = await signIn(ctx, bAdmin.email);
  const token = (
    await bClient.post(`/api/m/${b.slug}/tokens`, { name: 'beta-integration', role: 'administrator' })
  ).json();
  await bClient.post(`/api/m/${b.slug}/oidc-providers`, {
    slug: 'beta-eid',
    displayName: 'Beta e-ID',
    issuer: 'https://idp.beta.example',
    clientId: 'beta-client-id-secret',
    clientSecret: 'beta-client-secret',
  });
  await bClient.patch(`/api/m/${b.slug}`, { population: 5555, version: 1 });
  const term = (
    await bClient.post(`/api/m/${b.slug}/terms`, {
      name: '2023–2027',
      startsOn: '2023-10-01',
      endsOn: '2027-09-30',
    })
  ).json();
  const committee = (
    await bClient.post(`/api/m/${b.slug}/bodies`, {
      kind: 'committee',
      name: 'Beta oppvekstutvalg',
      electionMethod: 'agreed',
    })
  ).json();
  const member = (
    await bClient.post(`/api/m/${b.slug}/persons`, {
      name: 'Beta Hemmelig',
      gender: 'woman',
      email: 'internal-only@beta.example',
      emailVisibility: 'internal',
    })
  ).json();
  await bClient.put(`/api/m/${b.slug}/bodies/${committee.id}/composition`, {
    termId: term.id,
    startsOn: '2023-10-01',
    members: [{ personId: member.id, role: 'chair' }],
  });
  const bClerk = await signIn(ctx, (await makeUser(ctx, b.id, ['secretary', 'official', 'director'])).email);
  await bClient.patch(`/api/m/${b.slug}/matter-settings`, { numberPrefix: 'BETA', version: 0 });
  const matter = (
    await bClerk.post(`/api/m/${b.slug}/matters`, {
      title: 'Beta hemmelig sakstittel',
      publicTitle: 'Personalsak',
      description: 'Beta hemmelig beskrivelse',
      type: 'citizen_proposal',
      nature: 'operational',
      responsibleBodyId: committee.id,
      confidential: true,
      confidentialityGround: 'offentleglova § 13',
    })
  ).json();
  const document = (
    await bClerk.post(`/api/m/${b.slug}/matters/${matter.id}/documents`, {
      direction: 'incoming',
      documentDate: '2026-11-01',
      correspondent: 'Beta hemmelig avsender',
      description: 'Beta hemmelig dokument',
      publicDescription: 'Brev',
    })
  ).json();
  await bClerk.request({
    method: 'POST',
    url: `/api/m/${b.slug}/matters/${matter.id}/documents/${document.id}/files?name=beta.pdf`,
    headers: { 'content-type': 'application/pdf' },
    payload: Buffer.from('%PDF-1.7 beta'),
  });
  await bClerk.post(`/api/m/${b.slug}/matters/${matter.id}/deadlines`, {
    label: 'Beta frist',
    dueOn: '2026-12-01',
  });
  const open = (
    await bClerk.post(`/api/m/${b.slug}/matters`, {
      title: 'Beta åpen sak',
      type: 'administration',
      nature: 'strategic',
    })
  ).json();
  await bClerk.put(`/api/m/${b.slug}/matters/${open.id}/recommendation`, {
    sections: { background: 'Beta' },
    version: 0,
  });
  const meeting = (
    await bClerk.post(`/api/m/${b.slug}/meetings`, {
      bodyId: committee.id,
      kind: 'decision',
      name: 'Beta utvalgsmøte',
      startsAt: '2027-01-20T16:00:00Z',
      endsAt: '2027-01-20T19:00:00Z',
      location: 'Beta rådhus',
    })
  ).json();
  const withClosed = (
    await bClerk.post(`/api/m/${b.slug}/meetings/${meeting.id}/items`, {
      kind: 'other',
      title: 'Beta hemmelig møtesak',
      public: false,
      closingGround: 'personnel',
    })
  ).json();
  const closedItem = withClosed.items.find((i: { title: string }) => i.title === 'Beta hemmelig møtesak');
  await bClerk.put(`/api/m/${b.slug}/meetings/${meeting.id}/items/${closedItem.id}/note`, {
    text: 'Beta hemmelig notat',
    version: 0,
  });
  await bClerk.post(`/api/m/${b.slug}/meetings/${meeting.id}/notice`, { version: withClosed.version });
  bSecrets = [
    'Beta hemmelig møtesak',
    'Beta hemmelig notat',
    'Beta hemmelig sakstittel',
    'Beta hemmelig beskrivelse',
    'Beta hemmelig avsender',
    'Beta hemmelig dokument',
    'secret-admin@beta.example',
    'secret-member@beta.example',
    token.token.prefix,
    'beta-client-id-secret',
    'beta-client-secret',
  ];
  bIds = await idsOf(b.id);
});
afterAll(async () => ctx.close());

describe('tenant isolation across every route', () => {
  it('the route catalog covers the modules (sanity check of the walk itself)', () => {
    const catalog = ROUTE_CATALOG.get(ctx.app) ?? [];
    expect(catalog.filter((r) => r.url.includes(':municipality')).length).toBeGreaterThanOrEqual(10);
    expect(bIds.length).toBeGreaterThanOrEqual(8);
  });

  for (const via of ['session', 'token'] as const) {
    it(`a person with every role in A, signed in by ${via}, neither reads nor changes B through any route`, async () => {
      const aUser = await makeUser(ctx, a.id, [...roles]);
      let client = await signIn(ctx, aUser.email);
      if (via === 'token') {
        const { secret } = (
          await client.post(`/api/m/${a.slug}/tokens`, { name: 'sweep', role: 'administrator' })
        ).json();
        client = new Client(ctx, null, null, secret);
      }
      const before = await fingerprintOf(b.id);
      // Event streams stay open by design; live-events.test.ts proves they carry no closed item.
      const catalog = (ROUTE_CATALOG.get(ctx.app) ?? []).filter((r) => !isPage(r) && !r.stream);
      // Routes that end the caller's own session run last.
      catalog.sort(
        (x, y) => Number(x.url.startsWith('/api/session')) - Number(y.url.startsWith('/api/session')),
      );
      const leaks: string[] = [];
      let tried = 0;
      for (const route of catalog) {
        for (const slug of [b.slug, a.slug]) {
          for (const { url, payload } of requestsFor(route, slug)) {
            const method = route.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
            const response = await client.request({
              method,
              url,
              ...(payload === undefined ? {} : { payload: payload as object }),
            });
            tried += 1;
            const asPublic = await anonymous(ctx).request({ method: 'GET', url });
            for (const secret of bSecrets) {
              if (response.body.includes(secret) && !(method === 'GET' && asPublic.body.includes(secret))) {
                leaks.push(`${method} ${url} revealed ${secret}`);
              }
            }
            if (
              slug === b.slug &&
              route.policy !== 'public' &&
              route.policy !== 'signed-in' &&
              response.statusCode < 400
            ) {
              leaks.push(`${method} ${url} answered ${response.statusCode} for B`);
            }
          }
        }
      }
      expect(leaks).toEqual([]);
      expect(tried).toBeGreaterThan(catalog.length);
      expect(await fingerprintOf(b.id)).toBe(before);
    }, 300_000);
  }

  it('the walk does see a change when one is made through B’s own administrator (the check can fail)', async () => {
    const before = await fingerprintOf(b.id);
    await makeUser(ctx, b.id, ['citizen']);
    expect(await fingerprintOf(b.id)).not.toBe(before);
  });
});
