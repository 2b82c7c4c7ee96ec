import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  isLocale,
  pickLocale,
  translate,
  type Locale,
  type MessageKey,
  type MessageValues,
} from '../../common/i18n/index.ts';
import type { Config } from '../config.ts';
import { resolvePrincipal } from '../modules/auth/auth.service.ts';
import { getTenantBySlug } from '../modules/municipalities/municipalities.service.ts';
import type { Actor } from './context.ts';
import { AppError, forbidden, unauthenticated } from './errors.ts';
import { can } from './policy.ts';

const SESSION_COOKIE = 'samspel_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  return header.slice('Bearer '.length).trim() || undefined;
}

/**
 * The language of a request: `?lang=` for this request, else the person's own choice, else the
 * municipality's default, else the browser's Accept-Language, else Swedish.
 */
function resolveLocale(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  const asked = query?.['lang'];
  if (isLocale(asked)) return asked;
  const own = request.principal?.locale;
  if (isLocale(own)) return own;
  if (request.tenant) return request.tenant.defaultLocale;
  return pickLocale(request.headers['accept-language']) ?? 'sv';
}

/**
 * Resolves who is calling and which municipality the request is about, before validation (so
 * that even validation errors come in the right language), then checks CSRF and the route's
 * policy. The tenant comes only from the URL; roles only from the database.
 */
export function registerRequestContext(app: FastifyInstance, config: Config): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('tenant', null);
  app.decorateRequest('locale', 'sv');
  // Set for every request in onRequest below; null only until then.
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('t', function (this: FastifyRequest, key: MessageKey, values?: MessageValues) {
    return translate(this.locale, key, values);
  });

  app.addHook('onRequest', async (request) => {
    const sessionCookie = request.cookies[SESSION_COOKIE];
    const bearer = bearerOf(request);
    if (sessionCookie || bearer) {
      request.principal = await resolvePrincipal(app.db, config, { sessionCookie, bearer });
    }
    // Before the municipality lookup, so that its "not found" is in the right language too.
    request.locale = resolveLocale(request);
    const params = request.params as Record<string, unknown> | undefined;
    const slug = params?.['municipality'];
    if (typeof slug === 'string') {
      request.tenant = await getTenantBySlug(app.db, slug);
    }
    request.locale = resolveLocale(request);
    const principal = request.principal;
    const tenant = request.tenant;
    const actor: Actor = {
      userId: principal?.userId ?? null,
      label: principal?.name ?? 'anonymous',
      municipalityId: tenant?.id ?? null,
      roles: (tenant && principal?.rolesByMunicipality.get(tenant.id)) || [],
      locale: request.locale,
    };
    request.actor = actor;
  });

  app.addHook('preValidation', async (request) => {
    const policy = request.routeOptions.config.policy;
    const principal = request.principal;
    if (
      principal?.via.kind === 'session' &&
      !SAFE_METHODS.has(request.method) &&
      request.headers['x-csrf-token'] !== principal.via.csrfToken
    ) {
      throw new AppError('FORBIDDEN', 'error.csrf');
    }
    if (!policy || policy === 'public') return;
    if (!principal) throw unauthenticated();
    if (policy === 'signed-in') return;
    const tenant = request.tenant;
    if (!tenant || !can(request.actor, policy, { municipalityId: tenant.id })) {
      if (tenant && request.actor.roles.length === 0) {
        throw new AppError('FORBIDDEN', 'error.no_role_here', { municipality: tenant.name });
      }
      throw forbidden();
    }
  });
}

export { SESSION_COOKIE };
