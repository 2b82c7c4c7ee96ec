import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DataDirInUseError, openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
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
  const app = await buildApp({ config, database });
  if (config.seedDemo && (await seedDemoIfEmpty(database.db))) {
    app.log.info('loaded the demo municipalities Solvik kommun and Fjordvik kommune');
  }
  // Expired sessions and sign-in flows are removed at start and then every hour.
  const purge = () =>
    purgeExpired(database.db).catch((err: unknown) => app.log.warn({ err }, 'purge failed'));
  await purge();
  const purgeTimer = setInterval(() => void purge(), 3_600_000);
  purgeTimer.unref();
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
