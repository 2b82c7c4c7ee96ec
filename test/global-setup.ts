import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { PG_TEMPLATE_DB, SNAPSHOT_FILE } from './snapshot.ts';

/**
 * Migrates once per run: a PGlite snapshot that each test file restores (about 0.3 s), or, with
 * TEST_DATABASE_URL, a PostgreSQL template database each test file copies.
 */
export default async function setup(): Promise<void> {
  const url = process.env['TEST_DATABASE_URL'];
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const dbs = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'samspel_test_%'`,
    );
    for (const { datname } of dbs.rows) {
      await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    await admin.query(`create database ${PG_TEMPLATE_DB}`);
    await admin.end();
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${PG_TEMPLATE_DB}`;
    const database = await openDatabase({ kind: 'postgres', url: templateUrl.toString() });
    await migrate(database);
    await database.close();
    return;
  }
  const client = await PGlite.create();
  const database = await openDatabase({ kind: 'pglite', client });
  await migrate(database);
  const dump = await client.dumpDataDir('gzip');
  mkdirSync(path.dirname(SNAPSHOT_FILE), { recursive: true });
  writeFileSync(SNAPSHOT_FILE, Buffer.from(await dump.arrayBuffer()));
  await client.close();
}
