import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { cronEvery, pgBossRunner } from './runner.ts';

const url = process.env['TEST_DATABASE_URL'];

describe('background jobs', () => {
  it('schedule every N minutes as cron, at most hourly', () => {
    expect(cronEvery(5)).toBe('*/5 * * * *');
    expect(cronEvery(60)).toBe('0 * * * *');
    expect(cronEvery(600)).toBe('0 * * * *');
  });

  // pg-boss needs a PostgreSQL server; the suite runs against one when TEST_DATABASE_URL is set.
  it.runIf(url)('run on PostgreSQL through pg-boss, starting without waiting for the schedule', async () => {
    const name = `samspel_test_${randomBytes(6).toString('hex')}_jobs`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const dbUrl = new URL(url ?? '');
    dbUrl.pathname = `/${name}`;
    const errors: string[] = [];
    const runner = pgBossRunner(dbUrl.toString(), (job) => errors.push(job));
    try {
      let runs = 0;
      await runner.start([{ name: 'reminders-test', everyMinutes: 60, run: async () => void runs++ }]);
      const until = Date.now() + 20_000;
      while (runs === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(runs).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await runner.stop();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
