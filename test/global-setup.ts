import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, pgliteExtensions } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import type { TestProject } from 'vitest/node';
import { SNAPSHOT_FILE } from './snapshot.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}

/**
 * Migrates once per run: a PGlite snapshot that each test file restores (about 0.3 s), or, with
 * TEST_DATABASE_URL, a PostgreSQL template database each test file copies.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const url = process.env['TEST_DATABASE_URL'];
  if (url) {
    const template = `samspel_test_${randomBytes(6).toString('hex')}_template`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${template}`);
    await admin.end();
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    const database = await openDatabase({ kind: 'postgres', url: templateUrl.toString() });
    await migrate(database);
    await database.close();
    project.provide('pgTemplate', template);
    return async () => {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${template} with (force)`);
      await cleanup.end();
    };
  }
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const database = await openDatabase({ kind: 'pglite', client });
  await migrate(database);
  const dump = await client.dumpDataDir('gzip');
  mkdirSync(path.dirname(SNAPSHOT_FILE), { recursive: true });
  writeFileSync(SNAPSHOT_FILE, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  return undefined;
}
