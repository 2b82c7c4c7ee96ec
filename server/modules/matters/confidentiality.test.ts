import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { anonymous, type Client } from '../../../test/factories.ts';
import { makeMattersWorld, type MatterJson, type MattersWorld } from '../../../test/matters.ts';

/**
 * A confidential matter shows its public title and never its title, description, documents or
 * files; a confidential document in an open matter shows its public description and no files —
 * in public pages, public search, the internal API for those without the right, and feeds of
 * the timeline.
 */
let ctx: TestContext;
let w: MattersWorld;
let secret: MatterJson;
let openMatter: MatterJson;
let secretDocumentId: string;
let secretFileId: string;
let secretMatterDocumentId: string;
let openFileId: string;
const SECRETS = ['Xylofonaffären', 'Zebrautredning', 'Karl Kvist', 'hemligbilaga', 'Qwertyfallet'];
const pdf = Buffer.from('%PDF-1.7\n% test\n');

beforeAll(async () => {
  ctx = await createTestApp();
  w = await makeMattersWorld(ctx, 'se');
  secret = await w.register({
    title: 'Xylofonaffären: Karl Kvist',
    publicTitle: 'Personalärende',
    description: 'Zebrautredning om en anställd.',
    type: 'administration',
    initiatorName: 'Karl Kvist',
    confidential: true,
    confidentialityGround: 'OSL 39 kap. 3 §',
  });
  const doc = await w.secretary.client.post(w.url(`/matters/${secret.id}/documents`), {
    direction: 'incoming',
    documentDate: '2026-11-01',
    correspondent: 'Karl Kvist',
    description: 'Zebrautredning hemligbilaga',
    publicDescription: 'Skrivelse',
  });
  expect(doc.statusCode, doc.body).toBe(201);
  expect(doc.json()).toMatchObject({ confidential: true, confidentialityGround: 'OSL 39 kap. 3 §' });
  secretMatterDocumentId = doc.json().id;
  secretFileId = (await upload(w.secretary.client, secret.id, secretMatterDocumentId)).id;
  await w.move(w.official.client, secret, 'in_preparation');
  const withdrawn = await w.official.client.get(w.url(`/matters/${secret.id}`));
  await w.move(w.official.client, withdrawn.json(), 'withdrawn', 'Qwertyfallet löstes');

  openMatter = await w.register({ title: 'Motion om fler parkbänkar', description: 'Fler bänkar i parken.' });
  const openDoc = await w.secretary.client.post(w.url(`/matters/${openMatter.id}/documents`), {
    direction: 'incoming',
    documentDate: '2026-11-02',
    correspondent: 'Rut Ledamot',
    description: 'Motionen om parkbänkar',
  });
  openFileId = (await upload(w.secretary.client, openMatter.id, openDoc.json().id)).id;
  const secretDoc = await w.secretary.client.post(w.url(`/matters/${openMatter.id}/documents`), {
    direction: 'incoming',
    documentDate: '2026-11-03',
    correspondent: 'Karl Kvist',
    description: 'Qwertyfallet: läkarintyg',
    publicDescription: 'Intyg',
    confidential: true,
    confidentialityGround: 'OSL 25 kap. 1 §',
  });
  secretDocumentId = secretDoc.json().id;
  await upload(w.secretary.client, openMatter.id, secretDocumentId);
});
afterAll(async () => ctx.close());

async function upload(client: Client, matterId: string, documentId: string) {
  const response = await client.request({
    method: 'POST',
    url: `/api/m/${w.m.slug}/matters/${matterId}/documents/${documentId}/files?name=bilaga.pdf`,
    headers: { 'content-type': 'application/pdf' },
    payload: pdf,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

function expectNoSecret(body: string, where: string) {
  for (const word of SECRETS) expect(body, `${where} reveals ${word}`).not.toContain(word);
}

describe('a confidential matter', () => {
  it('shows the public only its public title on its public page, without documents, files, reasons or names', async () => {
    const page = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/matters/${secret.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      title: 'Personalärende',
      confidential: true,
      description: '',
      documents: [],
    });
    expect(page.json().timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'registered',
      'state_changed',
      'state_changed',
    ]);
    expectNoSecret(page.body, 'public page');
  });

  it('is found by public search only by its public title', async () => {
    for (const q of ['Xylofonaffären', 'Zebrautredning', 'Karl Kvist', 'hemligbilaga', 'Xylofonaffär']) {
      const hits = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/search?q=${encodeURIComponent(q)}`);
      expect(hits.statusCode).toBe(200);
      expect(hits.json().items, q).toEqual([]);
    }
    const byPublic = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/search?q=Personalärende`);
    expect(byPublic.json().items).toHaveLength(1);
    expect(byPublic.json().items[0].matter).toMatchObject({ id: secret.id, title: 'Personalärende' });
    expectNoSecret(byPublic.body, 'public search');
  });

  it('never gives its files to the public or to those without the right, and says only "not found"', async () => {
    const publicFile = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/files/${secretFileId}`);
    expect(publicFile.statusCode).toBe(404);
    expectNoSecret(publicFile.body, 'public file');
    const politician = await w.politician.client.get(
      w.url(`/matters/${secret.id}/documents/any/files/${secretFileId}`),
    );
    expect(politician.statusCode).toBe(400);
    const path = `/api/m/${w.m.slug}/matters/${secret.id}/documents/${secretMatterDocumentId}/files/${secretFileId}`;
    const internal = await w.politician.client.get(path);
    expect(internal.statusCode).toBe(404);
    expectNoSecret(internal.body, 'internal file');
    const entitled = await w.official.client.get(path);
    expect(entitled.statusCode).toBe(200);
    expect(entitled.rawPayload.equals(pdf)).toBe(true);
    const wrongDocument = await w.official.client.get(
      `/api/m/${w.m.slug}/matters/${secret.id}/documents/${secretDocumentId}/files/${secretFileId}`,
    );
    expect(wrongDocument.statusCode).toBe(404);
  });

  it('shows a politician (without the right) only its public face in the registry, its page, search, timeline and assignments', async () => {
    const list = await w.politician.client.get(w.url('/matters'));
    expect(list.json().items.find((i: { id: string }) => i.id === secret.id)).toMatchObject({
      title: 'Personalärende',
      confidential: true,
    });
    expectNoSecret(list.body, 'registry list');
    const page = await w.politician.client.get(w.url(`/matters/${secret.id}`));
    expect(page.json()).toMatchObject({
      restricted: true,
      title: 'Personalärende',
      description: '',
      documents: [],
      initiatorName: null,
    });
    expectNoSecret(page.body, 'internal page');
    const timeline = await w.politician.client.get(w.url(`/matters/${secret.id}/timeline`));
    expect(timeline.json().items.every((e: { reason: string | null }) => e.reason === null)).toBe(true);
    expectNoSecret(timeline.body, 'timeline');
    for (const q of ['Xylofonaffären', 'Zebrautredning', 'Qwertyfallet']) {
      const search = await w.politician.client.get(w.url('/matters/search', `q=${encodeURIComponent(q)}`));
      expect(search.json().items, q).toEqual([]);
    }
    expect((await w.politician.client.get(w.url(`/matters/${secret.id}/recommendation`))).statusCode).toBe(
      403,
    );
    const deadlines = await w.politician.client.get(w.url('/deadlines'));
    expectNoSecret(deadlines.body, 'deadlines');
  });

  it('shows those entitled everything, and they find it by its title', async () => {
    const page = await w.official.client.get(w.url(`/matters/${secret.id}`));
    expect(page.json()).toMatchObject({ restricted: false, title: 'Xylofonaffären: Karl Kvist' });
    expect(page.json().documents).toHaveLength(1);
    const search = await w.official.client.get(w.url('/matters/search', 'q=Zebrautredning'));
    expect(search.json().items.map((i: { matter: { id: string } }) => i.matter.id)).toContain(secret.id);
  });
});

describe('a confidential document in an open matter', () => {
  it('shows its public description and no files or correspondent on the public page', async () => {
    const page = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/matters/${openMatter.id}`);
    const documents = page.json().documents as Array<{
      id: string;
      description: string;
      confidential: boolean;
      files: unknown[];
      correspondent: string | null;
    }>;
    expect(documents).toHaveLength(2);
    expect(documents.find((d) => d.id === secretDocumentId)).toMatchObject({
      description: 'Intyg',
      confidential: true,
      files: [],
      correspondent: null,
    });
    expect(documents.find((d) => d.id !== secretDocumentId)?.files).toHaveLength(1);
    expectNoSecret(page.body, 'public page of an open matter');
    const file = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/files/${openFileId}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('is not found by public search by its content', async () => {
    const hits = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/search?q=Qwertyfallet`);
    expect(hits.json().items).toEqual([]);
    const open = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/search?q=parkbänkarna`);
    expect(open.json().items.map((i: { matter: { id: string } }) => i.matter.id)).toContain(openMatter.id);
    expectNoSecret(open.body, 'public search of an open matter');
  });

  it('cannot become confidential without its legal ground', async () => {
    const response = await w.secretary.client.post(w.url(`/matters/${openMatter.id}/documents`), {
      direction: 'internal',
      documentDate: '2026-11-03',
      description: 'Anteckning',
      confidential: true,
      publicDescription: 'Anteckning',
    });
    expect(response.statusCode).toBe(400);
  });
});
