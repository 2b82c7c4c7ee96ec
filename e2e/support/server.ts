import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/client.ts';
import { migrate } from '../../server/db/migrate.ts';
import { systemActor } from '../../server/http/context.ts';
import { addProvider, callbackPath } from '../../server/modules/auth/auth.service.ts';
import { seedDemo } from '../../server/modules/demo/demo.service.ts';
import { getTenantBySlug } from '../../server/modules/municipalities/municipalities.service.ts';
import { findFreePort, isAddressInUse } from '../../test/free-port.ts';
import type { OidcAccount, OidcProviderHandle } from '../../test/oidc-provider.ts';

export type E2eOidcOptions = {
  /** Slug of the demo municipality that offers the sign-in service, e.g. `solvik`. */
  municipality: string;
  accounts: OidcAccount[];
  /** Defaults to `e-id` / `Test e-ID`. */
  slug?: string;
  displayName?: string;
};

export type E2eServerOptions = {
  /** Connect a real local OpenID Connect provider to one municipality. */
  oidc?: E2eOidcOptions;
  /** Configuration a journey needs changed, e.g. lower rate limits; the address is chosen here. */
  config?: Omit<Partial<Config>, 'port' | 'host' | 'publicUrl'>;
};

export type E2eServer = {
  /** Where the app listens, equal to its `publicUrl`, e.g. `http://127.0.0.1:41234`. */
  url: string;
  config: Config;
  database: Database;
  oidc: (OidcProviderHandle & { slug: string; displayName: string }) | null;
  close: () => Promise<void>;
};

const WEB_DIST_DIR = path.resolve('dist/web');

/**
 * Starts Samspel for one spec file the way `server/main.ts` does (a new embedded database,
 * migrations, demo data, the built web app), on a free port on 127.0.0.1.
 */
export async function startServer(options: E2eServerOptions = {}): Promise<E2eServer> {
  if (!existsSync(path.join(WEB_DIST_DIR, 'index.html'))) {
    throw new Error(`${WEB_DIST_DIR}/index.html is missing: build the web app first (npm run build:web)`);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'samspel-e2e-'));
  const cleanups: Array<() => Promise<void>> = [() => rm(dataDir, { recursive: true, force: true })];
  const close = async () => {
    for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) await cleanup();
  };
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    cleanups.push(() => database.close());
    await migrate(database);
    await seedDemo(database.db);

    const { app, config } = await listen(database, dataDir, options.config ?? {});
    cleanups.push(() => app.close());

    let oidc: E2eServer['oidc'] = null;
    if (options.oidc) {
      const { slug = 'e-id', displayName = 'Test e-ID' } = options.oidc;
      // Loaded only when asked for: the provider package is large and warns on import.
      const { startOidcProvider } = await import('../../test/oidc-provider.ts');
      const provider = await startOidcProvider({
        redirectUri: `${config.publicUrl}${callbackPath}`,
        accounts: options.oidc.accounts,
      });
      cleanups.push(() => provider.close());
      const tenant = await getTenantBySlug(database.db, options.oidc.municipality);
      await addProvider(database.db, {
        actor: systemActor(tenant.id, 'e2e'),
        municipalityId: tenant.id,
        provider: {
          slug,
          displayName,
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
        },
      });
      oidc = { ...provider, slug, displayName };
    }
    return { url: config.publicUrl, config, database, oidc, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The app must be reached at its `publicUrl`: OIDC callbacks and cookies are built from it. */
async function listen(
  database: Database,
  dataDir: string,
  overrides: NonNullable<E2eServerOptions['config']>,
): Promise<{ app: FastifyInstance; config: Config }> {
  for (let attempt = 0; ; attempt++) {
    const port = await findFreePort();
    const config: Config = {
      ...loadConfig({
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        WEB_DIST_DIR: WEB_DIST_DIR,
      }),
      ...overrides,
    };
    const app = await buildApp({ config, database });
    try {
      await app.listen({ port: config.port, host: config.host });
      return { app, config };
    } catch (error) {
      await app.close();
      if (!isAddressInUse(error) || attempt >= 3) throw error;
    }
  }
}
