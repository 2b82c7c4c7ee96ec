import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { anonymous, makeMunicipality, signedInWithRole, type Client } from '../../../test/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

const header =
  'body;body_type;election_method;term;person;gender;birth_year;party;role;list;substitute_order;from';
const goodRows = [
  'Kommunestyret;council;;2023–2027;Kari Nordli;woman;1970;Ap;chair;Ap;;2023-10-15',
  'Kommunestyret;council;;2023–2027;Per Haug;man;1965;H;member;H;;2023-10-15',
  'Kommunestyret;council;;2023–2027;Siri Lund;woman;1988;Sp;member;Sp;;2023-10-15',
  'Oppvekstutvalget;committee;agreed;2023–2027;Ola Berg;man;1975;Ap;chair;Ap;;2023-10-20',
  'Oppvekstutvalget;committee;agreed;2023–2027;Ingrid Moe;woman;1990;H;member;H;;2023-10-20',
  'Oppvekstutvalget;committee;agreed;2023–2027;Anne Vik;woman;1959;Sp;substitute;Sp;1;2023-10-20',
];

async function admin(): Promise<{ client: Client; slug: string }> {
  const m = await makeMunicipality(ctx, { jurisdiction: 'no' });
  const { client } = await signedInWithRole(ctx, ['administrator'], m);
  return { client, slug: m.slug };
}

const importCsv = (client: Client, slug: string, lines: string[], dryRun = false) =>
  client.post(`/api/m/${slug}/organisation/import?lang=en`, {
    format: 'csv',
    content: [header, ...lines].join('\n'),
    dryRun,
  });

describe('importing the organisation', () => {
  it('creates the terms, bodies, people and memberships of a valid file', async () => {
    const { client, slug } = await admin();
    const response = await importCsv(client, slug, goodRows);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      ok: true,
      rows: 6,
      created: { terms: 1, bodies: 2, persons: 6, memberships: 6 },
      errors: [],
    });
    const bodies = (await anonymous(ctx).get(`/api/m/${slug}/bodies`)).json().items;
    const committee = bodies.find((b: { name: string }) => b.name === 'Oppvekstutvalget');
    const detail = (await anonymous(ctx).get(`/api/m/${slug}/bodies/${committee.id}`)).json();
    expect(detail.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Ola Berg', 'chair'],
      ['Ingrid Moe', 'member'],
      ['Anne Vik', 'substitute'],
    ]);
    expect(detail.term).toMatchObject({ name: '2023–2027', startsOn: '2023-10-01', endsOn: '2027-09-30' });
  });

  it('imports nothing when one line is bad, and reports line, column and problem for each', async () => {
    const { client, slug } = await admin();
    const bad = [...goodRows];
    bad[2] = 'Kommunestyret;council;;2023–2027;Siri Lund;woman;19x8;Sp;queen;Sp;;2023-13-15';
    const response = await importCsv(client, slug, bad);
    expect(response.json()).toMatchObject({
      ok: false,
      created: { terms: 0, bodies: 0, persons: 0, memberships: 0 },
    });
    expect(response.json().errors).toEqual([
      { line: 4, column: 'birth_year', message: '“19x8” is not valid here: 1900–2100.' },
      {
        line: 4,
        column: 'role',
        message: expect.stringMatching(/^“queen” is not valid here: chair, first_vice_chair/),
      },
      { line: 4, column: 'from', message: '“2023-13-15” is not valid here: YYYY-MM-DD.' },
    ]);
    expect((await anonymous(ctx).get(`/api/m/${slug}/bodies`)).json().items).toEqual([]);
    expect((await client.get(`/api/m/${slug}/persons`)).json().items).toEqual([]);
  });

  it('rolls back everything when a row breaks a rule of law, citing it at that line', async () => {
    const { client, slug } = await admin();
    const unbalanced = goodRows.map((row) => row.replace(';woman;1990;H;member', ';man;1990;H;member'));
    const response = await importCsv(client, slug, unbalanced);
    expect(response.json().ok).toBe(false);
    expect(response.json().errors).toEqual([
      { line: 5, column: 'role', message: expect.stringContaining('(kommuneloven § 7-6)') },
    ]);
    expect((await anonymous(ctx).get(`/api/m/${slug}/terms`)).json().items).toEqual([]);
  });

  it('a dry run checks everything and keeps nothing', async () => {
    const { client, slug } = await admin();
    const response = await importCsv(client, slug, goodRows, true);
    expect(response.json()).toMatchObject({ ok: true, dryRun: true, created: { memberships: 6 } });
    expect((await anonymous(ctx).get(`/api/m/${slug}/bodies`)).json().items).toEqual([]);
  });

  it('reads Swedish headers and values, and comma-separated files', async () => {
    const m = await makeMunicipality(ctx, { jurisdiction: 'se' });
    const { client } = await signedInWithRole(ctx, ['secretary'], m);
    const content = [
      'Organ,Typ,Mandatperiod,Namn,Kön,Roll,Från',
      'Kommunfullmäktige,kommunfullmäktige,2022–2026,Eva Ek,kvinna,ordförande,2022-10-15',
    ].join('\n');
    const response = await client.post(`/api/m/${m.slug}/organisation/import`, { format: 'csv', content });
    expect(response.json()).toMatchObject({
      ok: true,
      created: { terms: 1, bodies: 1, persons: 1, memberships: 1 },
    });
    const term = (await anonymous(ctx).get(`/api/m/${m.slug}/terms`)).json().items[0];
    expect(term).toMatchObject({ startsOn: '2022-10-15', endsOn: '2026-10-14' });
  });

  it('reads XLSX, and exports what it imported in both formats', async () => {
    const { client, slug } = await admin();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ark1');
    for (const line of [header, ...goodRows]) sheet.addRow(line.split(';').map((c) => (c === '' ? null : c)));
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const imported = await client.post(`/api/m/${slug}/organisation/import`, { format: 'xlsx', content });
    expect(imported.json()).toMatchObject({ ok: true, created: { memberships: 6 } });

    const csv = await client.get(`/api/m/${slug}/organisation/export?format=csv`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="${slug}-organisation.csv"`);
    expect(csv.body.replace(/^\uFEFF/, '').split('\n')[0]).toBe(
      'body;body_type;parent_body;election_method;term;person;gender;birth_year;party;email;role;list;substitute_order;voting_right;from;to',
    );
    expect(csv.body).toContain(
      'Oppvekstutvalget;committee;;agreed;2023–2027;Anne Vik;woman;1959;Sp;;substitute;Sp;1;false;2023-10-20;2027-09-30',
    );

    const xlsx = await client.get(`/api/m/${slug}/organisation/export?format=xlsx`);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(back.worksheets[0]?.rowCount).toBe(7);

    const reimported = await client.post(`/api/m/${slug}/organisation/import?lang=en`, {
      format: 'csv',
      content: csv.body,
      dryRun: true,
    });
    expect(reimported.json().errors[0]?.message).toMatch(/already has members in this term|overlaps/);
  });

  it('an unreadable file gets a clear report, not an error page', async () => {
    const { client, slug } = await admin();
    const response = await client.post(`/api/m/${slug}/organisation/import?lang=en`, {
      format: 'xlsx',
      content: 'bm90IGEgemlw',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      ok: false,
      errors: [{ line: 1, message: 'The file could not be read as XLSX.' }],
    });
  });

  it('only the secretary or administrator may import or export', async () => {
    const m = await makeMunicipality(ctx);
    const { client } = await signedInWithRole(ctx, ['official'], m);
    expect(
      (await client.post(`/api/m/${m.slug}/organisation/import`, { format: 'csv', content: header }))
        .statusCode,
    ).toBe(403);
    expect((await client.get(`/api/m/${m.slug}/organisation/export`)).statusCode).toBe(403);
  });
});
