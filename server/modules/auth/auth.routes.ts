import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../http/request-context.ts';
import { AppError, unauthenticated } from '../../http/errors.ts';
import { errors, noContent } from '../../http/openapi.ts';
import { requireTenant } from '../../http/tenant.ts';
import { slugParam } from '../municipalities/municipalities.contract.ts';
import {
  callbackQuery,
  createProviderBody,
  providerDto,
  providerIdParams,
  providerList,
  providerParams,
  publicProviderList,
  sessionDto,
  signInBody,
  signedOutEverywhereDto,
  startQuery,
} from './auth.contract.ts';
import * as service from './auth.service.ts';

const tags = ['session'];

export async function authRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { config } = app;

  const setSessionCookie = (reply: FastifyReply, session: service.NewSession) =>
    reply.setCookie(SESSION_COOKIE, session.cookieValue, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      expires: session.expiresAt,
    });
  const clearSessionCookie = (reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
    });

  app.get(
    '/session',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'Who you are signed in as, your roles, and the CSRF token',
        response: { 200: sessionDto },
      },
    },
    async (request) => service.describeSession(app.db, request.principal),
  );

  app.post(
    '/session',
    {
      config: { policy: 'public', rateLimit: { max: config.rateLimitSignInPerMinute, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Sign in with e-mail address and password',
        body: signInBody,
        response: { 200: sessionDto, ...errors(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const session = await service.signIn(app.db, config, {
        ...request.body,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, session);
      const principal = await service.resolvePrincipal(app.db, config, {
        sessionCookie: session.cookieValue,
      });
      return service.describeSession(app.db, principal);
    },
  );

  app.delete(
    '/session',
    {
      config: { policy: 'signed-in' },
      schema: { tags, summary: 'Sign out', response: { 204: noContent, ...errors(401, 403) } },
    },
    async (request, reply) => {
      if (!request.principal) throw unauthenticated();
      await service.signOut(app.db, request.principal);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/sessions',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Sign out everywhere: end every session of yours on every device',
        response: { 200: signedOutEverywhereDto, ...errors(401, 403) },
      },
    },
    async (request, reply) => {
      if (!request.principal) throw unauthenticated();
      const ended = await service.signOutEverywhere(app.db, request.principal);
      clearSessionCookie(reply);
      return { ended };
    },
  );

  app.get(
    '/m/:municipality/sign-in-providers',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'The e-ID and other sign-in services this municipality offers',
        params: slugParam,
        response: { 200: publicProviderList, ...errors(404) },
      },
    },
    async (request) => ({ items: await service.listPublicProviders(app.db, requireTenant(request).id) }),
  );

  app.get(
    '/m/:municipality/sign-in/:provider',
    {
      config: { policy: 'public', rateLimit: { max: config.rateLimitSignInPerMinute, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Start sign-in with an OpenID Connect provider (redirects)',
        params: providerParams,
        querystring: startQuery,
        response: { 302: z.null(), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const tenant = requireTenant(request);
      try {
        const url = await service.startOidcSignIn(app.db, config, {
          municipalityId: tenant.id,
          providerSlug: request.params.provider,
          returnTo: service.safeReturnTo(request.query.returnTo, `/m/${tenant.slug}`),
        });
        return await reply.redirect(url, 302);
      } catch (error) {
        // The provider could not be reached: the person is in a browser, so show the sign-in page.
        if (!(error instanceof AppError) || error.messageKey !== 'error.oidc_failed') throw error;
        request.log.warn({ err: error }, 'OpenID Connect provider unreachable');
        return reply.redirect(
          `/sign-in?municipality=${encodeURIComponent(tenant.slug)}&error=oidc_failed`,
          302,
        );
      }
    },
  );

  app.get(
    service.callbackPath.replace(/^\/api/, ''),
    {
      config: { policy: 'public', rateLimit: { max: config.rateLimitSignInPerMinute, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Where the OpenID Connect provider sends the browser back (redirects)',
        querystring: callbackQuery,
        response: { 302: z.null() },
      },
    },
    async (request, reply) => {
      try {
        const callbackUrl = new URL(request.url, config.publicUrl);
        const result = await service.finishOidcSignIn(app.db, config, {
          callbackUrl,
          userAgent: request.headers['user-agent'],
        });
        setSessionCookie(reply, result);
        return reply.redirect(result.returnTo, 302);
      } catch (error) {
        // The browser is mid-redirect: whatever went wrong, send it to a page that can say so.
        if (error instanceof AppError) request.log.warn({ err: error }, 'OpenID Connect sign-in refused');
        else request.log.error({ err: error }, 'OpenID Connect sign-in failed');
        return reply.redirect('/sign-in?error=oidc_failed', 302);
      }
    },
  );

  app.get(
    '/m/:municipality/oidc-providers',
    {
      config: { policy: 'oidc-provider.manage' },
      schema: {
        tags: ['administration'],
        summary: 'Connected OpenID Connect providers (without their secrets)',
        params: slugParam,
        response: { 200: providerList, ...errors(401, 403, 404) },
      },
    },
    async (request) => ({
      items: await service.listProviders(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
      }),
    }),
  );

  app.post(
    '/m/:municipality/oidc-providers',
    {
      config: { policy: 'oidc-provider.manage' },
      schema: {
        tags: ['administration'],
        summary: 'Connect an OpenID Connect provider (e.g. an e-ID broker for BankID or ID-porten)',
        params: slugParam,
        body: createProviderBody,
        response: { 201: providerDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const provider = await service.addProvider(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        provider: request.body,
      });
      return reply.code(201).send(provider);
    },
  );

  app.delete(
    '/m/:municipality/oidc-providers/:providerId',
    {
      config: { policy: 'oidc-provider.manage' },
      schema: {
        tags: ['administration'],
        summary: 'Disconnect an OpenID Connect provider',
        params: providerIdParams,
        response: { 204: noContent, ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.removeProvider(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        providerId: request.params.providerId,
      });
      return reply.code(204).send(null);
    },
  );
}
