import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { anonymous } from '../../../test/factories.ts';
import { makeMattersWorld, type MattersWorld } from '../../../test/matters.ts';

let ctx: TestContext;
let se: MattersWorld;
let no: MattersWorld;
const ids: Record<string, string> = {};

type Hit = {
  kind: string;
  matter: { id: string; title: string; state: string };
  document: { id: string } | null;
  snippet: Array<{ text: string; match: boolean }>;
};
const search = async (w: MattersWorld, query: string) =>
  (await w.official.client.get(w.url('/matters/search', query))).json().items as Hit[];
const found = (hits: Hit[]) => hits.map((h) => h.matter.id);

beforeAll(async () => {
  ctx = await createTestApp();
  se = await makeMattersWorld(ctx, 'se');
  no = await makeMattersWorld(ctx, 'no');
  ids.cycle = (
    await se.register({
      title: 'Motion om trygga cykelvägar till skolan',
      description: 'Barnen cyklar längs landsvägen.',
    })
  ).id;
  ids.snow = (
    await se.register({
      title: 'Snöröjning av gång- och cykelbanor',
      type: 'question',
      responsibleBodyId: se.bodies.committee.id,
    })
  ).id;
  ids.school = (
    await se.register({ title: 'Ny förskola i Norrby', type: 'administration', nature: 'operational' })
  ).id;
  const doc = await se.secretary.client.post(se.url(`/matters/${ids.school}/documents`), {
    direction: 'incoming',
    documentDate: '2026-11-01',
    correspondent: 'Föräldraföreningen',
    description: 'Synpunkter på lekplatsernas placering',
  });
  ids.schoolDoc = doc.json().id;
  ids.kindergarten = (
    await no.register({ title: 'Innbyggerforslag om flere barnehageplasser', type: 'citizen_proposal' })
  ).id;
});
afterAll(async () => ctx.close());

describe('full-text search', () => {
  it('finds a Swedish title by an inflected form, with the words found highlighted', async () => {
    const hits = await search(se, 'q=cykelvägarna');
    expect(found(hits)[0]).toBe(ids.cycle);
    expect(hits[0]?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['cykelvägar']);
    expect(hits[0]?.snippet.map((p) => p.text).join('')).toContain('Motion om trygga cykelvägar');
  });

  it('finds a Norwegian title by another inflection, with Norwegian stemming', async () => {
    expect(found(await search(no, 'q=barnehageplassene'))).toEqual([ids.kindergarten]);
    expect(found(await search(se, 'q=barnehageplassene'))).toEqual([]);
  });

  it('finds documents by their content and sender, pointing to the matter', async () => {
    const hits = await search(se, 'q=lekplatser');
    expect(hits[0]).toMatchObject({
      kind: 'document',
      matter: { id: ids.school },
      document: { id: ids.schoolDoc },
    });
    expect(found(await search(se, 'q=Föräldraföreningen'))).toContain(ids.school);
  });

  it('tolerates a typo in a title word', async () => {
    expect(found(await search(se, 'q=snöröjnig'))).toContain(ids.snow);
    expect(found(await search(se, 'q=cykelvgar'))).toContain(ids.cycle);
  });

  it('ranks a title match above a description match, and filters by type, state, body and year', async () => {
    const hits = await search(se, 'q=cykel OR cyklar');
    expect(found(hits)).toContain(ids.cycle);
    expect(found(await search(se, `q=snöröjning&type=motion`))).toEqual([]);
    expect(found(await search(se, `q=snöröjning&type=question`))).toEqual([ids.snow]);
    expect(found(await search(se, `q=snöröjning&bodyId=${se.bodies.committee.id}`))).toEqual([ids.snow]);
    expect(found(await search(se, `q=snöröjning&bodyId=${se.bodies.council.id}`))).toEqual([]);
    expect(found(await search(se, `q=snöröjning&state=registered&year=2026`))).toEqual([ids.snow]);
    expect(found(await search(se, `q=snöröjning&year=2025`))).toEqual([]);
    const withdrawn = await se.move(
      se.secretary.client,
      await se.register({ title: 'Snöröjning i hamnen' }),
      'withdrawn',
      'Dubblett',
    );
    expect(found(await search(se, 'q=snöröjning'))).toContain(withdrawn.id);
    const openHits = await search(se, 'q=snöröjning&open=true');
    expect(
      found(openHits),
      JSON.stringify(openHits.map((h) => [h.kind, h.matter.title, h.matter.state])),
    ).toEqual([ids.snow]);
  });

  it('pages through hits and says when there are more', async () => {
    const first = (
      await se.official.client.get(se.url('/matters/search', 'q=motion OR förskola OR snöröjning&limit=1'))
    ).json();
    expect(first.items).toHaveLength(1);
    expect(first.hasMore).toBe(true);
    const second = (
      await se.official.client.get(
        se.url('/matters/search', 'q=motion OR förskola OR snöröjning&limit=1&offset=1'),
      )
    ).json();
    expect(second.items[0].matter.id).not.toBe(first.items[0].matter.id);
  });

  it('keeps each municipality’s matters to itself, publicly too', async () => {
    expect(found(await search(no, 'q=cykelvägar'))).toEqual([]);
    const publicHits = (await anonymous(ctx).get(`/api/m/${no.m.slug}/public/search?q=cykelvägar`)).json()
      .items;
    expect(publicHits).toEqual([]);
  });

  it('refuses an empty or overlong query with a clear message', async () => {
    const empty = await se.official.client.get(se.url('/matters/search', 'q='));
    expect(empty.statusCode).toBe(400);
    const long = await anonymous(ctx).get(`/api/m/${se.m.slug}/public/search?q=${'a'.repeat(201)}`);
    expect(long.statusCode).toBe(400);
    const odd = await anonymous(ctx).get(
      `/api/m/${se.m.slug}/public/search?q=${encodeURIComponent('"( & ! :* <->')}`,
    );
    expect(odd.statusCode).toBe(200);
  });
});
