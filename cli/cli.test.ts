import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/client.ts';
import { main, type Io } from './main.ts';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'samspel-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    stdin: async () => stdin,
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the samspel command', () => {
  it('explains itself with --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/audit verify/);
    expect((await run(['user', 'add', '--help'])).out).toMatch(/--municipality SLUG/);
  });

  // Loading both demo municipalities with their organisations and registries takes several seconds.
  it('migrates, loads the demo once, and refuses to load it twice', { timeout: 180_000 }, async () => {
    expect((await run(['migrate'])).code).toBe(0);
    const seeded = await run(['seed', 'demo']);
    expect(seeded.code).toBe(0);
    expect(seeded.out).toMatch(/Solvik kommun and Fjordvik kommune/);
    const again = await run(['seed', 'demo']);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/only into an empty database/);
  });

  it('adds a user with roles, reading the password from standard input', async () => {
    const result = await run(
      [
        'user',
        'add',
        '--municipality',
        'solvik',
        '--email',
        'ny@solvik.example',
        '--name',
        'Ny Person',
        '--role',
        'secretary',
        '--role',
        'official',
        '--password-stdin',
      ],
      'ett tillräckligt långt lösenord\n',
    );
    expect(result.code).toBe(0);
    expect(result.out).toBe('Ny Person <ny@solvik.example> holds official, secretary in Solvik kommun');
  });

  it('refuses an unknown role or municipality with a clear message', async () => {
    const badRole = await run([
      'user',
      'add',
      '--municipality',
      'solvik',
      '--email',
      'a@b.example',
      '--name',
      'A',
      '--role',
      'king',
    ]);
    expect(badRole.code).toBe(2);
    expect(badRole.err).toMatch(/Unknown role: king/);
    const badPlace = await run([
      'user',
      'add',
      '--municipality',
      'atlantis',
      '--email',
      'a@b.example',
      '--name',
      'A',
      '--role',
      'citizen',
    ]);
    expect(badPlace.code).toBe(1);
    expect(badPlace.err).toBe('There is no municipality with that address.');
  });

  it('audit verify passes on an intact database and names the first altered entry otherwise', async () => {
    const intact = await run(['audit', 'verify']);
    expect(intact.code).toBe(0);
    expect(intact.out).toMatch(/ok {6}Solvik kommun: \d+ entries intact/);

    const database = await openDatabase({ kind: 'pglite', dataDir });
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_entries disable trigger audit_entries_no_update`);
      await tx.execute(sql`update audit_entries set actor_label = 'nobody'
        where seq = 4 and chain = (select id::text from municipalities where slug = 'solvik')`);
      await tx.execute(sql`alter table audit_entries enable trigger audit_entries_no_update`);
    });
    await database.close();

    const broken = await run(['audit', 'verify', '--municipality', 'solvik']);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(
      /^BROKEN {2}Solvik kommun: entry 4 \(id \d+\): content does not match its hash; 3 entries before it are intact$/,
    );
    const fjordvik = await run(['audit', 'verify', '--municipality', 'fjordvik']);
    expect(fjordvik.code).toBe(0);
  });

  it('imports an organisation file, reporting every bad line and importing nothing until all are valid', async () => {
    const file = path.join(dataDir, 'fjordvik.csv');
    const rows = [
      'body;body_type;election_method;term;person;gender;role;from',
      'Eldrerådet;committee;agreed;2023–2027;Astrid Li;woman;chair;2023-10-20',
      'Eldrerådet;committee;agreed;2023–2027;Odd Aas;man;membr;2023-10-20',
    ];
    writeFileSync(file, rows.join('\n'));
    const bad = await run(['import', 'organisation', file, '--municipality', 'fjordvik']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^line 3, role: “membr” is not valid here/m);
    expect(bad.err).toMatch(/Nothing was imported: 1 problem\(s\) in 2 row\(s\)\./);

    writeFileSync(file, [...rows.slice(0, 2), rows[2]?.replace('membr', 'member')].join('\n'));
    const good = await run(['import', 'organisation', file, '--municipality', 'fjordvik']);
    expect(good.err).toBe('');
    expect(good.code).toBe(0);
    // The demo already has the term 2023–2027, so the file reuses it.
    expect(good.out).toBe(
      'Imported 2 row(s) into Fjordvik kommune: 0 term(s), 1 body(ies), 2 person(s), 2 membership(s).',
    );
  });

  it('a bad configuration stops with every problem listed', async () => {
    const out: string[] = [];
    const code = await main(['migrate'], {
      env: { PORT: 'x', DATABASE_URL: 'nope' },
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code).toBe(78);
    expect(out.join('\n')).toMatch(/PORT="x"[\s\S]*DATABASE_URL="nope"/);
  });
});
