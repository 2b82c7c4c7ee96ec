import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { pickLocale, translate } from '../common/i18n/index.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { registerErrorHandling } from './http/error-handler.ts';
import { SESSION_COOKIE, registerRequestContext } from './http/request-context.ts';
import { registerMetrics } from './http/metrics.ts';
import { API_DOCS_PREFIX, ROUTE_CATALOG, registerRoutePolicies } from './http/route-policies.ts';
import { healthRoutes } from './http/health.routes.ts';
import { accountRoutes } from './modules/accounts/accounts.routes.ts';
import { demoRoutes } from './modules/demo/demo.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { municipalityRoutes } from './modules/municipalities/municipalities.routes.ts';
import { matterRoutes } from './modules/matters/matters.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { organisationRoutes } from './modules/organisation/organisation.routes.ts';
import { meetingRoutes } from './modules/meetings/meetings.routes.ts';
import { LiveHub } from './modules/meetings/live.ts';
import type { Mailer } from './mail/mailer.ts';
import { localFileStore, type FileStore } from './storage/file-store.ts';

/** The file store defaults to the local directory of the configuration. */
export type AppOptions = {
  config: Config;
  database: Database;
  fileStore?: FileStore;
  /** The time now, for dated rules; the system clock unless a test sets another. */
  clock?: () => Date;
  /** Sends e-mail (notices, reminders); none unless SMTP is configured. */
  mailer?: Mailer | null;
};

/**
 * Builds the application: plugins, hooks, every module's routes, the web app. It never listens;
 * `main.ts` does, and tests call `inject`.
 */
export async function buildApp({
  config,
  database,
  fileStore,
  clock,
  mailer,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
    // Malformed or overlong addresses fail in the router, before any hook: answer them in our shape.
    frameworkErrors: (_error, request, reply) => {
      const locale = pickLocale(request.headers['accept-language']) ?? 'sv';
      void (reply as FastifyReply).code(400).send({
        error: { code: 'VALIDATION', message: translate(locale, 'error.BAD_REQUEST'), details: null },
      });
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('db', database.db);
  app.decorate('config', config);
  app.decorate('fileStore', fileStore ?? localFileStore(config.filesDir));
  app.decorate('clock', clock ?? (() => new Date()));
  app.decorate('mailer', mailer ?? null);
  // Live meeting events: this instance's viewers, fed by the database's notifications.
  const liveHub = new LiveHub(database.db);
  await liveHub.start(database);
  app.decorate('liveHub', liveHub);
  app.addHook('onClose', async () => liveHub.stop());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: a cross-site form can then never post to the API without a CORS preflight.
  app.removeContentTypeParser('text/plain');

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Must come before the plugins that read route config (rate limits) in their own onRoute hooks.
  registerRoutePolicies(app, config);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.secureCookies,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyRateLimit, { global: false });

  registerErrorHandling(app);
  registerRequestContext(app, config);
  registerMetrics(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samspel API',
        version: '1',
        description:
          'Political governance for Swedish and Norwegian municipalities. Municipality data lives under ' +
          '`/api/m/{municipality}`. Sign in with a session cookie (send `x-csrf-token` on changes) or a ' +
          'personal API token (`Authorization: Bearer sps_…`). Errors are `{ error: { code, message, details } }` ' +
          'with the message in the request’s language (`?lang=sv|nb|nn|en`).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: API_DOCS_PREFIX,
    // Swagger UI sets inline styles at run time; only this reference page allows them.
    staticCSP:
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
      "font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'",
    theme: { title: 'Samspel API' },
    uiConfig: { docExpansion: 'list', deepLinking: true, layout: 'BaseLayout' },
  });

  await app.register(healthRoutes);
  app.get('/api/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await app.register(authRoutes, { prefix: '/api' });
  await app.register(municipalityRoutes, { prefix: '/api' });
  await app.register(accountRoutes, { prefix: '/api' });
  await app.register(auditRoutes, { prefix: '/api' });
  await app.register(demoRoutes, { prefix: '/api' });
  await app.register(organisationRoutes, { prefix: '/api' });
  await app.register(matterRoutes, { prefix: '/api' });
  await app.register(notificationRoutes, { prefix: '/api' });
  await app.register(meetingRoutes, { prefix: '/api' });

  const webRoot = config.webDistDir;
  const hasWeb = existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false, maxAge: '1h' });
    app.get('/', { config: { policy: 'public' }, schema: { hide: true } }, (_request, reply) =>
      reply.header('cache-control', 'no-cache').sendFile('index.html'),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasWeb;
    if (isPage && request.headers.accept?.includes('text/html')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({
      error: {
        code: 'NOT_FOUND',
        message: request.t('error.route_not_found', {
          method: request.method,
          url: request.url.split('?')[0] ?? '',
        }),
        details: null,
      },
    });
  });

  await app.ready();
  app.log.debug({ routes: ROUTE_CATALOG.get(app)?.length }, 'routes registered');
  return app;
}
