import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DataDirInUseError, openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { inProcessRunner, pgBossRunner } from './jobs/runner.ts';
import { createMailer } from './mail/mailer.ts';
import { sendDueReminders } from './modules/matters/reminders.service.ts';
import { purgeExpired } from './modules/auth/auth.service.ts';
import { seedDemoIfEmpty } from './modules/demo/demo.service.ts';

/** config → db → migrate → (demo on first start) → listen; and a graceful shutdown. */
export async function serve(): Promise<void> {
  const started = performance.now();
  let config;
  let database;
  try {
    config = loadConfig();
    database = await openDatabase(
      config.databaseUrl
        ? { kind: 'postgres', url: config.databaseUrl }
        : { kind: 'pglite', dataDir: config.dataDir },
    );
  } catch (error) {
    // Exit codes from sysexits.h: 78 configuration error, 75 temporary failure (try again later).
    const exitCode = error instanceof ConfigError ? 78 : error instanceof DataDirInUseError ? 75 : undefined;
    if (exitCode === undefined) throw error;
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(exitCode);
  }
  await migrate(database);
  const mailer = createMailer(config.smtpUrl, config.mailFrom);
  const app = await buildApp({ config, database, mailer });
  if (config.seedDemo && (await seedDemoIfEmpty(database.db))) {
    app.log.info('loaded the demo municipalities Solvik kommun and Fjordvik kommune');
  }
  // Expired sessions and sign-in flows are removed at start and then every hour.
  const purge = () =>
    purgeExpired(database.db).catch((err: unknown) => app.log.warn({ err }, 'purge failed'));
  await purge();
  const purgeTimer = setInterval(() => void purge(), 3_600_000);
  purgeTimer.unref();
  // Reminders of deadlines and assignments: pg-boss on PostgreSQL (one instance runs each turn),
  // an in-process timer on the embedded database.
  const onJobError = (job: string, err: unknown) => app.log.warn({ err, job }, 'background job failed');
  const jobs = config.databaseUrl
    ? pgBossRunner(config.databaseUrl, onJobError)
    : inProcessRunner(onJobError);
  await jobs.start([
    {
      name: 'matter-reminders',
      everyMinutes: config.reminderIntervalMinutes,
      run: async () => {
        const { notified } = await sendDueReminders(database.db, { mailer, publicUrl: config.publicUrl });
        if (notified > 0) app.log.info({ notified }, 'sent reminders');
      },
    },
  ]);
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { database: database.kind, readyInMs: Math.round(performance.now() - started) },
    `Samspel is ready at ${config.publicUrl}`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    clearInterval(purgeTimer);
    await jobs.stop();
    mailer?.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serve();
}
