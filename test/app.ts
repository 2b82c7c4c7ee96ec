import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/app.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { openDatabase, pgliteExtensions, type Database } from '../server/db/client.ts';
import type { Mailer } from '../server/mail/mailer.ts';
import { inject } from 'vitest';
import { SNAPSHOT_FILE } from './snapshot.ts';

export type TestContext = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** The PostgreSQL database's address when the suite runs on PostgreSQL (a second instance can join it). */
  databaseUrl: string | null;
  close: () => Promise<void>;
};

/** The configuration tests run with: quiet, no demo, generous rate limits unless a test lowers them. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      WEB_DIST_DIR: './.test-tmp/no-web',
      FILES_DIR: './.test-tmp/files',
    }),
    rateLimitPublicPerMinute: 1_000_000,
    rateLimitSignInPerMinute: 1_000_000,
    ...overrides,
  };
}

/**
 * A fresh, migrated database for one test file: PGlite restored from the snapshot, or with
 * TEST_DATABASE_URL a new PostgreSQL database copied from the migrated template.
 */
export async function openTestDatabase(): Promise<{
  database: Database;
  url: string | null;
  drop: () => Promise<void>;
}> {
  const url = process.env['TEST_DATABASE_URL'];
  if (url) {
    const name = `samspel_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: dbUrl.toString() });
    return {
      database,
      url: dbUrl.toString(),
      drop: async () => {
        await database.close();
        const cleanup = new pg.Client({ connectionString: url });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  }
  const client = await PGlite.create({
    loadDataDir: new Blob([readFileSync(SNAPSHOT_FILE)]),
    extensions: pgliteExtensions,
  });
  const database = await openDatabase({ kind: 'pglite', client });
  return { database, url: null, drop: () => database.close() };
}

export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { clock?: () => Date; mailer?: Mailer } = {},
): Promise<TestContext> {
  const config = testConfig(overrides);
  const { database, url, drop } = await openTestDatabase();
  const app = await buildApp({ config, database, clock: options.clock, mailer: options.mailer });
  return {
    app,
    database,
    config,
    databaseUrl: url,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}
