import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { makeMattersWorld, type MattersWorld } from '../../../test/matters.ts';

let ctx: TestContext;
let w: MattersWorld;
let matterId: string;
let documentId: string;
const MAX = 4096;

beforeAll(async () => {
  ctx = await createTestApp({ fileMaxBytes: MAX });
  w = await makeMattersWorld(ctx, 'se');
  matterId = (await w.register()).id;
  const doc = await w.secretary.client.post(w.url(`/matters/${matterId}/documents`), {
    direction: 'outgoing',
    documentDate: '2026-11-05',
    correspondent: 'Trafikverket',
    description: 'Remiss om cykelvägar',
  });
  expect(doc.statusCode, doc.body).toBe(201);
  documentId = doc.json().id;
});
afterAll(async () => ctx.close());

const upload = (contentType: string, payload: Buffer, name = 'fil.pdf', client = w.secretary.client) =>
  client.request({
    method: 'POST',
    url: `/api/m/${w.m.slug}/matters/${matterId}/documents/${documentId}/files?name=${encodeURIComponent(name)}&lang=en`,
    headers: { 'content-type': contentType },
    payload,
  });

const files = async () =>
  ((await w.official.client.get(w.url(`/matters/${matterId}`))).json().documents[0].files as unknown[])
    .length;

const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(16)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(16)]);
const zipHeader = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const docx = Buffer.concat([
  zipHeader,
  Buffer.alloc(26),
  Buffer.from('[Content_Types].xml word/document.xml'),
]);
const odt = Buffer.concat([
  zipHeader,
  Buffer.alloc(26),
  Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text'),
]);

describe('files of a document', () => {
  it.each([
    ['application/pdf', pdf, 'remiss.pdf'],
    ['image/png', png, 'karta.png'],
    ['image/jpeg', jpeg, 'foto.jpg'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx, 'brev.docx'],
    ['application/vnd.oasis.opendocument.text', odt, 'brev.odt'],
  ])('stores a %s with its SHA-256 and gives back the same bytes', async (type, data, name) => {
    const response = await upload(type, data, name);
    expect(response.statusCode, response.body).toBe(201);
    const sha256 = createHash('sha256').update(data).digest('hex');
    expect(response.json()).toMatchObject({ fileName: name, contentType: type, size: data.length, sha256 });
    const download = await w.official.client.get(
      `/api/m/${w.m.slug}/matters/${matterId}/documents/${documentId}/files/${response.json().id}`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(data)).toBe(true);
    expect(download.headers['content-type']).toContain(type);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent(name));
    expect(download.headers['content-security-policy']).toContain('sandbox');
  });

  it('refuses a file type that is not allowed, naming the allowed ones', async () => {
    const before = await files();
    const response = await upload('text/html', Buffer.from('<script>alert(1)</script>'), 'x.html');
    expect(response.statusCode).toBe(415);
    expect(response.json().error.message).toBe(
      'That type of file cannot be added. Allowed: PDF, DOCX, ODT, PNG, JPG.',
    );
    expect(await files()).toBe(before);
  });

  it('refuses content that is not the type it claims', async () => {
    const before = await files();
    const response = await upload('application/pdf', png, 'fake.pdf');
    expect(response.statusCode).toBe(415);
    expect(response.json().error.message).toContain('PDF');
    const zip = await upload('application/vnd.oasis.opendocument.text', docx, 'fake.odt');
    expect(zip.statusCode).toBe(415);
    expect(await files()).toBe(before);
  });

  it('refuses an empty file', async () => {
    const response = await upload('application/pdf', Buffer.alloc(0));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('The file is empty.');
  });

  it('refuses a file over the size limit with 413, and one at the limit is taken', async () => {
    const before = await files();
    const over = await upload('application/pdf', Buffer.concat([pdf, Buffer.alloc(MAX + 1 - pdf.length)]));
    expect(over.statusCode).toBe(413);
    expect(await files()).toBe(before);
    const far = await upload('application/pdf', Buffer.concat([pdf, Buffer.alloc(MAX * 4)]));
    expect(far.statusCode).toBe(413);
    const at = await upload('application/pdf', Buffer.concat([pdf, Buffer.alloc(MAX - pdf.length)]));
    expect(at.statusCode, at.body).toBe(201);
  });

  it('lets only the registry’s roles add files', async () => {
    expect((await upload('application/pdf', pdf, 'x.pdf', w.politician.client)).statusCode).toBe(403);
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: `/api/m/${w.m.slug}/matters/${matterId}/documents/${documentId}/files?name=x.pdf`,
      headers: { 'content-type': 'application/pdf' },
      payload: pdf,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('registers a document only with the facts the registry needs (OSL 5 kap. 2 §)', async () => {
    const noSender = await w.secretary.client.post(w.url(`/matters/${matterId}/documents`), {
      direction: 'incoming',
      documentDate: '2026-11-05',
      description: 'Brev',
    });
    expect(noSender.statusCode).toBe(422);
    expect(noSender.json().error.message).toContain('OSL 5 kap. 2 §');
    const noDate = await w.secretary.client.post(w.url(`/matters/${matterId}/documents`), {
      direction: 'internal',
      description: 'Anteckning',
    });
    expect(noDate.statusCode).toBe(400);
    const internal = await w.secretary.client.post(w.url(`/matters/${matterId}/documents`), {
      direction: 'internal',
      documentDate: '2026-11-05',
      description: 'Tjänsteanteckning',
    });
    expect(internal.json()).toMatchObject({
      number: 2,
      noarkType: 'Organinternt dokument uten oppfølging',
      status: 'registered',
    });
    expect(internal.json().journalNumber).toMatch(/^\d{4}\/\d{6}$/);
  });
});
